// Actuals from the finance system as CSV: what the reader takes, what it refuses (line by line,
// with line numbers and columns), and what applying the preview changes.
#include "core/reviews/actuals_csv.h"

#include "core/dates.h"

#include <catch2/catch.hpp>

#include <string>

using namespace kam;

// a1 "Acme Ltd" has an actual for 2026-01 (100) and a forecast for 2026-02; a2 "Öberg AB"; a3 and
// a4 are both "Twin".
static Workspace accounts() {
    Workspace ws;
    auto add = [&](Id id, std::string name) {
        Account a;
        a.id = std::move(id);
        a.name = std::move(name);
        ws.accounts.push_back(std::move(a));
    };
    add("a1", "Acme Ltd");
    add("a2", "Öberg AB");
    add("a3", "Twin");
    add("a4", "Twin");
    ws.accounts[0].months = {{"2026-01", 90.0, 100.0}, {"2026-02", 120.0, std::nullopt}};
    return ws;
}

static std::string problems_of(const ActualsPreview& p) {
    std::string all;
    for (const ActualsLineProblem& problem : p.problems) all += problem.message + "\n";
    return all;
}

static int month(const char* text) { return *month_number(text); }

TEST_CASE("actuals CSV: a header in any order, matched by id or by name", "[actuals]") {
    const Workspace ws = accounts();
    const ActualsPreview p = preview_actuals_csv(ws, "Month,Amount,Account\n2026-01,150,a1\n2026-02,200,acme ltd\n2026-03,7,  ÖBERG AB \n");
    INFO(problems_of(p));
    CHECK(p.file_problem.empty());
    CHECK(p.header);
    CHECK(p.separator == ',');
    CHECK(p.lines == 3);
    CHECK(p.skipped == 0);
    REQUIRE(p.changes.size() == 3);
    CHECK(p.changes[0].account == 0);
    CHECK(p.changes[0].month == month("2026-01"));
    CHECK(p.changes[0].before == 100.0);
    CHECK(p.changes[0].after == 150.0);
    CHECK(p.changes[0].line == 2);
    CHECK(p.changes[1].before == std::nullopt);   // a forecast but no actual yet
    CHECK(p.changes[2].account == 1);             // Latin-1 letters fold: ÖBERG is Öberg
    CHECK(p.accounts == 2);
    CHECK(p.changed_accounts == 2);
    CHECK(p.months == 3);
    CHECK(actuals_import_label(p) == "Import actuals: 3 months in 2 accounts");
}

TEST_CASE("actuals CSV: no header means account, month, amount", "[actuals]") {
    const ActualsPreview p = preview_actuals_csv(accounts(), "a1,2026-03,5\na2,2026-03,6\n");
    CHECK(p.file_problem.empty());
    CHECK_FALSE(p.header);
    CHECK(p.changes.size() == 2);
}

TEST_CASE("actuals CSV: semicolons and decimal commas, tabs, BOM, CRLF, blank lines and quotes", "[actuals]") {
    const Workspace ws = accounts();
    SECTION("European Excel") {
        const ActualsPreview p = preview_actuals_csv(ws, "\xEF\xBB\xBF" "Kunde;Monat;Betrag\r\n\r\nAcme Ltd;2026-03;12 500,75\r\n;;\r\n\"Öberg AB\";03/2026;\"1\xC2\xA0" "000,5\"\r\n");
        INFO(problems_of(p));
        CHECK(p.separator == ';');
        CHECK(p.header);
        REQUIRE(p.changes.size() == 2);
        CHECK(p.changes[0].after == 12500.75);
        CHECK(p.changes[0].line == 3);
        CHECK(p.changes[1].after == 1000.5);
        CHECK(p.changes[1].line == 5);   // the blank line and the ";;" line are skipped but counted
        CHECK(p.lines == 2);
    }
    SECTION("tab-separated, as pasted from a spreadsheet") {
        const ActualsPreview p = preview_actuals_csv(ws, "account\tmonth\tamount\na1\t2026-03\t1,5\n");
        CHECK(p.separator == '\t');
        REQUIRE(p.changes.size() == 1);
        CHECK(p.changes[0].after == 1.5);
    }
    SECTION("RFC 4180 quoting: separators, doubled quotes and line breaks inside a field") {
        Workspace w = ws;
        w.accounts[1].name = "Smith, \"Jones\"\nand Sons";
        const ActualsPreview p = preview_actuals_csv(w, "account,month,amount\n\"Smith, \"\"Jones\"\"\nand Sons\",2026-03,\"1,5\"\na1,2026-04,2\n");
        INFO(problems_of(p));
        REQUIRE(p.changes.size() == 2);
        CHECK(p.changes[0].account == 1);
        CHECK(p.changes[0].after == 1.5);
        CHECK(p.changes[1].line == 4);   // the quoted line break moved the line count on
    }
    SECTION("an id column and a name column: the id first, else the name") {
        const ActualsPreview p = preview_actuals_csv(ws, "Customer ID;Customer name;Period;Sales\nC-1001;Acme Ltd;2026-05;3\na2;Whatever;2026-05;4\n");
        INFO(problems_of(p));
        REQUIRE(p.changes.size() == 2);
        CHECK(p.changes[0].account == 0);
        CHECK(p.changes[1].account == 1);
    }
    SECTION("extra columns are ignored; a trailing separator is fine") {
        const ActualsPreview p = preview_actuals_csv(ws, "account;currency;month;amount;\na1;EUR;2026-05;3;\na1;EUR;2026-06;4\n");
        INFO(problems_of(p));
        CHECK(p.changes.size() == 2);
        CHECK(p.skipped == 0);
    }
}

TEST_CASE("actuals CSV: months as YYYY-MM, YYYY-MM-DD and MM/YYYY, and nothing else", "[actuals]") {
    const ActualsPreview p = preview_actuals_csv(accounts(),
        "a1,2026-03,1\na1,2026-04-30,1\na1,5/2026,1\na1,06/2026,1\n"
        "a1,2026-13,1\na1,03/04/2026,1\na1,2026-02-30,1\na1,March 2026,1\n");
    REQUIRE(p.changes.size() == 4);
    CHECK(p.changes[1].month == month("2026-04"));
    CHECK(p.changes[2].month == month("2026-05"));
    CHECK(p.changes[3].month == month("2026-06"));
    REQUIRE(p.problems.size() == 4);
    CHECK(p.problems[0].message == "line 5, column 2: \"2026-13\" is not a month (YYYY-MM, YYYY-MM-DD or MM/YYYY)");
    CHECK(p.problems[0].line == 5);
    CHECK(p.problems[0].column == 2);
    CHECK(p.problems[1].line == 6);
    CHECK(p.problems[2].line == 7);
    CHECK(p.problems[3].line == 8);
    CHECK(p.skipped == 4);
}

TEST_CASE("actuals CSV: every bad line is refused with its line number, the good ones still count", "[actuals]") {
    const ActualsPreview p = preview_actuals_csv(accounts(),
        "account,month,amount\n"
        "Acme Ltd,2026-03,10\n"          // 2: fine
        "Acme Limited,2026-03,10\n"      // 3: unknown account
        "Twin,2026-03,10\n"              // 4: two accounts have that name
        "a1,2026-03,12x\n"               // 5: not a number
        "a1,2026-04,2e12\n"              // 6: beyond kMaxFigure
        "a1,2026-05,\n"                  // 7: no amount
        "a1,2026-06,12,5\n"              // 8: an unquoted decimal comma: four fields
        "a1,2026-07\n"                   // 9: too few fields
        "a1,2026-03,11\n"                // 10: a second amount for Acme Ltd in 2026-03
        ",2026-03,10\n"                  // 11: no account
        "\"a1\"x,2026-08,1\n"            // 12: text after a closing quote
        "a3,2026-03,-250\n");            // 13: fine (a credit note), by id despite the shared name
    CHECK(p.file_problem.empty());
    CHECK(p.lines == 12);
    CHECK(p.skipped == 10);
    CHECK(p.changes.size() == 2);
    CHECK(p.changes[1].after == -250);
    const std::string all = problems_of(p);
    INFO(all);
    CHECK(all == "line 3: unknown account \"Acme Limited\"\n"
                 "line 4, column 1: 2 accounts are named \"Twin\" (a3, a4): give the account's id instead\n"
                 "line 5, column 3: \"12x\" is not an amount\n"
                 "line 6, column 3: \"2e12\" is beyond any month's sales (at most 1,000,000,000,000)\n"
                 "line 7, column 3: no amount (an import does not clear actuals)\n"
                 "line 8: 4 fields where the header has 3; an amount with a decimal comma needs quotes in a comma-separated file\n"
                 "line 9: 2 fields where the header has 3\n"
                 "line 10: a second amount for \"Acme Ltd\" in 2026-03 (line 2 has the first, which stands)\n"
                 "line 11, column 1: no account\n"
                 "line 12, column 1: text after a closing quote (a quote inside a quoted field is written twice: \"\")\n");
    CHECK(p.can_apply());
}

TEST_CASE("actuals CSV: an unchanged actual is counted, not listed as a change", "[actuals]") {
    const ActualsPreview p = preview_actuals_csv(accounts(), "a1,2026-01,100\na1,2026-01-15,100\n");
    CHECK(p.changes.empty());
    CHECK(p.unchanged == 1);
    CHECK(p.skipped == 1);   // the same month twice, even written another way
    CHECK(p.accounts == 1);
    CHECK_FALSE(p.can_apply());
}

TEST_CASE("actuals CSV: problems of the whole file leave nothing to apply", "[actuals]") {
    const Workspace ws = accounts();
    CHECK(preview_actuals_csv(ws, "").file_problem == "the file has no lines of actuals");
    CHECK(preview_actuals_csv(ws, "\n\r\n  \n").file_problem == "the file has no lines of actuals");
    CHECK(preview_actuals_csv(ws, "account,month,amount\r\n").file_problem == "the file has a header but no lines of actuals");
    CHECK(preview_actuals_csv(ws, "\n\naccount,amount\na1,5\n").file_problem.starts_with("line 3: the header names no month column"));
    CHECK(preview_actuals_csv(ws, "account,month,sales,amount\n").file_problem.starts_with("line 1: columns 3 and 4 are both"));
    CHECK(preview_actuals_csv(ws, "Konto-Nr,Zeitraum,Wert\na1,2026-01,5\n").file_problem.starts_with("line 1 looks like a header"));
    const ActualsPreview unclosed = preview_actuals_csv(ws, "a1,2026-03,5\na1,\"2026-04,5\na1,2026-05,5\n");
    CHECK(unclosed.file_problem == "line 2: a quote opens a field that never closes, so the rest of the file would be inside it");
    CHECK_FALSE(unclosed.can_apply());
    CHECK(preview_actuals_csv(ws, std::string("\xFF\xFE" "a\0c\0", 6)).file_problem.starts_with("the file is UTF-16"));
}

TEST_CASE("actuals CSV: long or odd fields are shown short and on one line", "[actuals]") {
    const std::string long_name(200, 'x');
    const ActualsPreview p = preview_actuals_csv(accounts(), "\"" + long_name + "\nsecond line\",2026-03,1\n");
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].message == "line 1: unknown account \"" + std::string(60, 'x') + "...\"");
}

TEST_CASE("actuals CSV: problems kept are capped, all are counted", "[actuals]") {
    std::string text;
    for (size_t i = 0; i < kMaxActualsProblems + 5; i++) text += "nobody,2026-01,1\n";
    const ActualsPreview p = preview_actuals_csv(accounts(), text);
    CHECK(p.skipped == static_cast<int>(kMaxActualsProblems + 5));
    CHECK(p.problems.size() == kMaxActualsProblems);
}

TEST_CASE("actuals CSV: apply gives the changed accounts with their new actuals, forecasts kept", "[actuals]") {
    const Workspace ws = accounts();
    const ActualsPreview p = preview_actuals_csv(ws, "a1,2026-02,130\na1,2025-12,80\na2,2026-01,5\nnobody,2026-01,1\n");
    const std::vector<Account> changed = apply_actuals(ws, p);
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].id == "a1");
    CHECK(changed[1].id == "a2");
    const std::vector<MonthFigures> expected = {{"2025-12", std::nullopt, 80.0}, {"2026-01", 90.0, 100.0}, {"2026-02", 120.0, 130.0}};
    CHECK(changed[0].months == expected);
    CHECK(changed[1].months == std::vector<MonthFigures>{{"2026-01", std::nullopt, 5.0}});
    CHECK(changed[0].name == "Acme Ltd");   // the rest of the account as it was

    // A preview of another workspace never reaches past this one's accounts.
    Workspace smaller = ws;
    smaller.accounts.resize(1);
    CHECK(apply_actuals(smaller, p).size() == 1);
    CHECK(actuals_import_label(preview_actuals_csv(ws, "a2,2026-01,5\n")) == "Import actuals: 1 month in 1 account");
}
