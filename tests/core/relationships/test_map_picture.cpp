#include "core/map_picture.h"

#include "map_fixture.h"

#include <catch2/catch.hpp>

using namespace kam;

static size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) n++;
    return n;
}

TEST_CASE("the map as a picture: a card per contact where the map has it, and its lines", "[relationships][picture]") {
    test::MapFixture f;
    Contact& ceo = f.contact("ceo", "Åsa <Berg>", 5, BuyingRole::DecisionMaker, ChessPiece::King, 2);
    ceo.x = 100, ceo.y = 50;
    ceo.title = "Chief executive officer of the whole Nordhavn group";
    Contact& cfo = f.contact("cfo", "Jonas Lind", 4, BuyingRole::None, ChessPiece::None, -2);
    cfo.x = 400, cfo.y = 300;
    f.link("cfo", "ceo").link("cfo", "ceo", LinkKind::Conflict).link("cfo", "gone");

    const std::string svg = map_svg(f.account);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(svg.find("viewBox=\"80 30 530 394\"") != std::string::npos);   // the cards and a margin of 20
    CHECK(count(svg, "<rect") == 2);
    CHECK(count(svg, "<polyline") == 1);                                  // the reporting line, in corners as the map draws it
    CHECK(count(svg, "<line") == 1);                                      // the conflict; the dangling link is left out
    CHECK(svg.find("<rect x=\"100\" y=\"50\"") != std::string::npos);
    CHECK(svg.find("\xC3\x85sa &lt;Berg&gt;") != std::string::npos);     // escaped, UTF-8 kept
    CHECK(svg.find("Chief executive officer o\xE2\x80\xA6") != std::string::npos);   // cut to the card, with an ellipsis
    CHECK(svg.find("stroke=\"#0072b2\"") != std::string::npos);          // champion
    CHECK(svg.find("Opponent") != std::string::npos);

    const std::string safe = map_svg(f.account, true);
    CHECK(count(safe, "<line") == 0);   // no conflict line
    CHECK(count(safe, "<polyline") == 1);
    CHECK(safe.find("#0072b2") == std::string::npos);
    CHECK(safe.find("Opponent") == std::string::npos);

    CHECK(map_svg(Account{}).empty());
}
