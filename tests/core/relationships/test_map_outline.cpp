// The text outline: the tree by reporting line, and what the customer-safe form leaves out.
#include "core/relationships/map_outline.h"

#include "map_fixture.h"

#include <catch2/catch.hpp>

using namespace kam;
using kam::test::MapFixture;

static MapFixture small_map() {
    MapFixture m;
    m.account.name = "Nordhavn";
    m.person("asa", "Åsa Öberg");
    Contact& ceo = m.contact("ceo", "Mette Sørensen", 5, BuyingRole::DecisionMaker, ChessPiece::King, 1);
    ceo.title = "CEO", ceo.department = "Board", ceo.location = "Copenhagen";
    ceo.notes = "Owns the 2030 plan.\nMeets us twice a year.";
    Contact& md = m.contact("md", "Klaus Brandt", 3, BuyingRole::Influencer, ChessPiece::Knight, -2);
    md.title = "MD Germany";
    m.contact("eng", "Anja Hoffmann", 2, BuyingRole::Specifier, ChessPiece::Pawn, 0);
    m.contact("free", "Freelancer", 1);
    m.link("md", "ceo").link("eng", "md").link("md", "eng", LinkKind::Conflict).link("eng", "ceo", LinkKind::Influence);
    m.cover("asa", "ceo", 3, "2026-09-12").cover("asa", "eng", 1);
    return m;
}

TEST_CASE("the outline is a tree by reporting line with roles and coverage") {
    MapFixture m = small_map();
    const std::string text = map_outline(m.account, m.ws);
    REQUIRE(text ==
            "Nordhavn: relationship map\n"
            "4 contacts, 2 covered by our team.\n"
            "\n"
            "Reporting lines\n"
            "- Mette Sørensen, CEO (Board, Copenhagen)\n"
            "  Decision maker, King, power 5, attitude +1 (supporter)\n"
            "  Covered by: Åsa Öberg (strong, last contact 2026-09-12)\n"
            "  Notes: Owns the 2030 plan. Meets us twice a year.\n"
            "  - Klaus Brandt, MD Germany\n"
            "    Influencer, Knight, power 3, attitude -2 (opponent)\n"
            "    Not covered by our team\n"
            "    - Anja Hoffmann\n"
            "      Specifier, Pawn, power 2, attitude 0 (neutral)\n"
            "      Covered by: Åsa Öberg (weak)\n"
            "      Influences: Mette Sørensen\n"
            "\n"
            "Without reporting lines\n"
            "- Freelancer\n"
            "  power 1, attitude 0 (neutral)\n"
            "  Not covered by our team\n"
            "\n"
            "Conflict lines\n"
            "- Klaus Brandt does not want us to talk to Anja Hoffmann\n");
}

TEST_CASE("the customer-safe outline leaves out attitude, pieces, conflict lines and notes") {
    MapFixture m = small_map();
    const std::string text = map_outline(m.account, m.ws, OutlineOptions{true});
    REQUIRE(text.find("Customer-safe view") != std::string::npos);
    const std::string body = text.substr(text.find("\n\n"));   // after the header that names what is left out
    for (const char* hidden : {"attitude", "opponent", "King", "Knight", "Pawn", "Conflict", "does not want", "Notes", "2030 plan"})
        REQUIRE(body.find(hidden) == std::string::npos);
    REQUIRE(text.find("  Decision maker, power 5\n") != std::string::npos);
    REQUIRE(text.find("Covered by: Åsa Öberg (strong, last contact 2026-09-12)") != std::string::npos);
    REQUIRE(text.find("    - Anja Hoffmann\n") != std::string::npos);
}

TEST_CASE("labels clamp out-of-range numbers instead of reading past their tables") {
    REQUIRE(attitude_label(-2) == "opponent");
    REQUIRE(attitude_label(9) == "champion");
    REQUIRE(coverage_label(0) == "no relationship yet");
    REQUIRE(coverage_label(-5) == "no relationship yet");
    REQUIRE(coverage_label(3) == "strong");
}
