// Tests of the scoring grid's CSV export (core/tiering/scoring_csv.h).
#include "core/sample_workspace.h"
#include "core/tiering/scoring_csv.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("CSV fields are quoted only when they need to be") {
    CHECK(csv_field("Nordhavn") == "Nordhavn");
    CHECK(csv_field("Logistics, Nordic") == "\"Logistics, Nordic\"");
    CHECK(csv_field("The \"big\" one") == "\"The \"\"big\"\" one\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("Åsa Öberg") == "Åsa Öberg");
}

TEST_CASE("the scoring grid as CSV: header, ranking order, tiers, overrides and missing scores") {
    Workspace ws = make_sample_workspace();
    ws.accounts[1].name = "Vellmar, \"Chemie\"";
    ws.accounts[1].scores.erase(ws.criteria[4].id);
    const Scoring scoring = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    const std::string csv = scoring_csv(ws, scoring);

    std::vector<std::string> lines;
    for (size_t start = 0, end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(csv.substr(start, end - start));
    REQUIRE(lines.size() == ws.accounts.size() + 1);
    CHECK(lines[0] == "Rank,Account,Industry,Tier,Overridden,Override reason,Total,Attractiveness,"
                      "Relative strength,Missing scores,Revenue potential,Profitability,Strategic fit,"
                      "Relationship quality,Our relative strength");
    CHECK(lines[1].rfind("1,Nordhavn Logistics,", 0) == 0);
    CHECK(lines[1].find(",Gold,no,,81,") != std::string::npos);
    CHECK(lines[1].substr(lines[1].size() - 10) == ",9,7,9,8,7");

    const std::string polaris = *std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("Polaris") != std::string::npos;
    });
    CHECK(polaris.find(",Gold,yes,") != std::string::npos);   // overridden from Silver (70)
    CHECK(polaris.find(",70,") != std::string::npos);

    const std::string vellmar = *std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("Vellmar") != std::string::npos;
    });
    CHECK(vellmar.find("\"Vellmar, \"\"Chemie\"\"\"") != std::string::npos);
    CHECK(vellmar.substr(vellmar.size() - 11) == ",1,8,6,7,5,");   // one missing, the last field empty
}
