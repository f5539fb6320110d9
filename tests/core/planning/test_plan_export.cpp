#include "core/planning/plan_export.h"
#include "core/html_escape.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("HTML escaping covers what could open a tag or end an attribute", "[planning][export]") {
    CHECK(html_escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    CHECK(html_escape("Øresund · 38 %") == "Øresund · 38 %");
}

TEST_CASE("the plan as HTML: self-contained, with the SWOT, the grid and the development table", "[planning][export]") {
    const Workspace ws = make_sample_workspace();
    const Account& nordhavn = *ws.find_account("a16");
    const std::string html = plan_html(ws, nordhavn, "2026-12-01");
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);            // nothing fetched: it opens offline
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    for (const char* part : {"<h3>Strengths</h3>", "<h3>Weaknesses</h3>", "<h3>Opportunities</h3>", "<h3>Threats</h3>",
                             "<h2>Whitespace</h2>", "<h2>Relationship development</h2>", "<h2>Objectives</h2>", "<h2>Actions</h2>",
                             "Konvey Systems", "Aarhus DC", "Sold 2600000", "Trusted advisor", "Agreed by \xC3\x85sa", "<svg", "The relationship map"})
        CHECK(html.find(part) != std::string::npos);
    CHECK(html.find("2026-11-20 (overdue)") != std::string::npos);   // the workshop with the COO and CFO

    Account hostile = nordhavn;
    hostile.name = "<script>alert(1)</script>";
    hostile.plan.strengths = {{"</li><img src=x onerror=alert(1)>"}};
    const std::string safe = plan_html(ws, hostile, "2026-12-01");
    CHECK(safe.find("<script>") == std::string::npos);
    CHECK(safe.find("<img") == std::string::npos);
    CHECK(safe.find("&lt;img src=x") != std::string::npos);
}

TEST_CASE("the plan as text, to paste anywhere", "[planning][export]") {
    const Workspace ws = make_sample_workspace();
    const std::string text = plan_text(ws, *ws.find_account("a16"), "2026-12-01");
    CHECK(text.starts_with("Nordhavn Logistics: account plan\nFY 2027 \xC2\xB7 Agreed by the team \xC2\xB7 valid until 2027-12-31"));
    CHECK(text.find("\nStrengths\n- Running the Aarhus DC automation") != std::string::npos);
    CHECK(text.find("\nWhitespace\n- Aarhus DC; Warehouse automation: Sold 2600000") != std::string::npos);
    CHECK(text.find("Developed by: ") != std::string::npos);

    Account empty;
    empty.name = "Empty";
    CHECK(plan_text(ws, empty, "2026-12-01") == "Empty: account plan\nAccount plan \xC2\xB7 Draft\nNot agreed by the team yet\n");
}

TEST_CASE("the customer's copy of the plan holds only what they may see", "[planning][export]") {
    const Workspace ws = make_sample_workspace();
    Account a = *ws.find_account("a16");
    a.plan.weaknesses = {{"Slow quotes"}, {"Late deliveries in Q3", Visibility::Shared}};
    a.plan.strengths.push_back({"Our margin here is 31%", Visibility::Internal});
    for (const std::string& doc : {plan_html(ws, a, "2026-12-01", PlanAudience::Customer), plan_text(ws, a, "2026-12-01", PlanAudience::Customer)}) {
        CHECK(doc.find("Nordhavn Logistics: our joint plan") != std::string::npos);
        CHECK(doc.find("Late deliveries in Q3") != std::string::npos);   // shared with them
        CHECK(doc.find("Slow quotes") == std::string::npos);
        CHECK(doc.find("Our margin here") == std::string::npos);
        CHECK(doc.find("Konvey Systems") == std::string::npos);         // a competitor
        CHECK(doc.find("Whitespace") == std::string::npos);
        CHECK(doc.find("Relationship development") == std::string::npos);
        CHECK(doc.find("Agreed by \xC3\x85sa") == std::string::npos);   // the team's agreement
        CHECK(doc.find("Objectives") != std::string::npos);
    }
    CHECK(plan_html(ws, a, "2026-12-01", PlanAudience::Customer).find("<svg") == std::string::npos);
}
