// The executive review pack: which accounts it holds and in what order, what each page says, what
// the customer-safe view leaves out, and the HTML file it is exported as.
#include "core/review_pack.h"
#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kam;

namespace {

// Three accounts set to a tier by hand: Calm AB and Burning Ltd in Gold (the top tier), Busy Co in
// Silver. Burning Ltd needs the most attention of the two key accounts; Busy Co more than either,
// but it is no key account.
Workspace three_accounts() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Åsa Öberg"}};
    for (const char* name : {"Calm AB", "Burning Ltd", "Busy Co"}) {
        Account a;
        a.id = ws.new_id('a');
        a.name = name;
        a.manager = "p1";
        a.tier_override = TierOverride{"Gold", "Group framework"};
        for (ReviewKind kind : {ReviewKind::Executive, ReviewKind::Mentor}) {
            Review r;
            r.date = "2026-11-20", r.kind = kind;
            a.reviews.push_back(r);
        }
        a.months = {{"2026-01", 100000.0, 101000.0}, {"2026-02", 100000.0, 99000.0}, {"2026-03", 100000.0, 100000.0}};
        ws.accounts.push_back(a);
    }
    // Burning Ltd: February far below its forecast (not investigated), January's small miss investigated.
    Account& burning = ws.accounts[1];
    burning.months[1].actual = 40000.0;
    burning.investigations = {{"2026-01", DeviationCause::Price, "A rebate we forgot", "p1"}};
    Action fix;
    fix.text = "Correct the price list", fix.owner = "p1", fix.due = "2026-11-01", fix.deviation = "2026-01", fix.visibility = Visibility::Internal;
    burning.plan.actions = {fix};
    Objective shared, internal;
    shared.id = "o1", shared.text = "Win the framework", shared.start = 0, shared.target = 10, shared.current = 5, shared.status = ObjectiveStatus::AtRisk;
    internal.id = "o2", internal.text = "Replace their CFO's favourite supplier", internal.visibility = Visibility::Internal;
    burning.plan.objectives = {shared, internal};
    // Busy Co: Silver, and nothing done for months.
    Account& busy = ws.accounts[2];
    busy.tier_override = TierOverride{"Silver", "Small"};
    busy.reviews.clear();
    busy.months[0].actual = 10000.0, busy.months[1].actual = 10000.0;
    return ws;
}

ReviewPack pack_of(const Workspace& ws, PackOptions options = {}) {
    return review_pack(ws, score_accounts(ws.criteria, ws.tier_scheme, ws.accounts), "2026-12-01", options);
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) n++;
    return n;
}

}  // namespace

TEST_CASE("the review pack holds the key accounts only, what needs attention first", "[review_pack]") {
    const ReviewPack pack = pack_of(three_accounts());
    CHECK(pack.top_tier == "Gold");
    CHECK(pack.empty_reason.empty());
    REQUIRE(pack.pages.size() == 2);
    CHECK(pack.pages[0].name == "Burning Ltd");
    CHECK(pack.pages[1].name == "Calm AB");
    CHECK(pack.pages[0].attention > pack.pages[1].attention);
    CHECK(pack.pages[0].tier == "Gold");
    CHECK(pack.pages[0].manager == "Åsa Öberg");
    CHECK(pack.pages[0].currency == "EUR");
}

TEST_CASE("a page of the pack: the year to date, the flagged months and their follow-up, objectives, what is overdue", "[review_pack]") {
    const ReviewPack pack = pack_of(three_accounts());
    const ReviewPage& p = pack.pages[0];
    CHECK(p.table.rows.size() == 12);
    CHECK(p.table.rows.back().month == "2026-12");
    CHECK(p.ytd_forecast == 300000.0);
    CHECK(p.ytd_actual == 241000.0);
    REQUIRE(p.attainment_percent);
    CHECK(*p.attainment_percent == Approx(80.333).epsilon(0.001));

    // January is on record (investigated, its action open and late); February is flagged and open.
    REQUIRE(p.deviations.size() >= 2);
    const auto month = [&](const char* m) {
        return std::find_if(p.deviations.begin(), p.deviations.end(), [&](const PackDeviation& d) { return d.row.month == m; });
    };
    REQUIRE(month("2026-01") != p.deviations.end());
    CHECK(month("2026-01")->investigated);
    CHECK(month("2026-01")->cause == "Price");
    CHECK(month("2026-01")->explanation == "A rebate we forgot");
    CHECK(month("2026-01")->owner == "Åsa Öberg");
    CHECK(month("2026-01")->action == "Correct the price list");
    CHECK(month("2026-01")->action_status == "Open");
    CHECK(month("2026-01")->follow_up == FollowUp::Investigated);
    REQUIRE(month("2026-02") != p.deviations.end());
    CHECK(month("2026-02")->follow_up == FollowUp::Open);
    CHECK(!month("2026-02")->investigated);
    CHECK(month("2026-02")->flags.find("Off the forecast") != std::string::npos);

    REQUIRE(p.objectives.size() == 2);
    CHECK(p.objectives[0].text == "Win the framework");
    CHECK(p.objectives[0].status == "At risk");
    CHECK(p.objectives[0].progress == Approx(0.5));

    REQUIRE(p.overdue_actions.size() == 1);
    CHECK(p.overdue_actions[0].what == "Correct the price list");
    CHECK(p.overdue_actions[0].days == 30);
    CHECK(p.overdue_reviews.empty());   // both held on 2026-11-20

    // Calm AB: nothing flagged, nothing late.
    CHECK(pack.pages[1].deviations.empty());
    CHECK(pack.pages[1].overdue_reviews.empty());
    CHECK(pack.pages[1].overdue_actions.empty());
}

TEST_CASE("an overdue review names who holds it: the mentor for the mentor's review, else the manager", "[review_pack]") {
    Workspace ws = three_accounts();
    ws.team.push_back({"p2", "Bo Ek"});
    Account& calm = ws.accounts[0];
    calm.mentor = "p2";
    calm.reviews.clear();   // neither kind held: both overdue
    const ReviewPack pack = pack_of(ws);
    const auto page = std::find_if(pack.pages.begin(), pack.pages.end(), [](const ReviewPage& p) { return p.name == "Calm AB"; });
    REQUIRE(page != pack.pages.end());
    REQUIRE(page->overdue_reviews.size() == 2);
    CHECK(page->overdue_reviews[0].what == "Executive review");
    CHECK(page->overdue_reviews[0].owner == "Åsa Öberg");
    CHECK(page->overdue_reviews[0].due == "never held");
    CHECK(page->overdue_reviews[1].owner == "Bo Ek");
    CHECK(count(review_pack_html(pack), "Bo Ek") == 1);
}

TEST_CASE("the customer-safe pack leaves out explanations, internal actions and objectives, opponents", "[review_pack]") {
    const ReviewPack pack = pack_of(three_accounts(), {.customer_safe = true});
    const ReviewPage& p = pack.pages[0];
    const auto jan = std::find_if(p.deviations.begin(), p.deviations.end(), [](const PackDeviation& d) { return d.row.month == "2026-01"; });
    REQUIRE(jan != p.deviations.end());
    CHECK(jan->investigated);
    CHECK(jan->explanation.empty());
    CHECK(jan->action.empty());                  // an internal action
    REQUIRE(p.objectives.size() == 1);
    CHECK(p.objectives[0].text == "Win the framework");
    CHECK(p.overdue_actions.empty());

    // The sample: its pages hold no opponent or blocked path.
    const Workspace sample = make_sample_workspace();
    for (const ReviewPage& page : pack_of(sample, {.customer_safe = true}).pages)
        for (const PackGap& g : page.gaps) {
            CHECK(g.kind != "High-power opponents");
            CHECK(g.kind != "Blocked paths");
        }
}

TEST_CASE("a workspace without key accounts says why the pack is empty", "[review_pack]") {
    Workspace ws = three_accounts();
    for (Account& a : ws.accounts) a.tier_override.reset();   // no scores: no total, no tier
    ReviewPack pack = pack_of(ws);
    CHECK(pack.pages.empty());
    CHECK(pack.empty_reason.find("No account is in the top tier (Gold)") != std::string::npos);
    CHECK(review_pack_html(pack).find("No account is in the top tier") != std::string::npos);

    ws.tier_scheme.tiers.clear();
    pack = pack_of(ws);
    CHECK(pack.pages.empty());
    CHECK(pack.empty_reason.find("no tiers") != std::string::npos);
}

TEST_CASE("the sample's pack: its Gold accounts, each with at most five coverage gaps", "[review_pack]") {
    const Workspace ws = make_sample_workspace();
    const Scoring scoring = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    const ReviewPack pack = review_pack(ws, scoring, "2026-12-01");
    size_t gold = 0;
    for (const AccountTier& t : scoring.tiers) gold += t.effective == 0;
    REQUIRE(gold > 0);
    CHECK(pack.pages.size() == gold);
    bool any_gaps = false;
    for (const ReviewPage& p : pack.pages) {
        CHECK(scoring.tiers[static_cast<size_t>(p.account)].effective == 0);
        CHECK(p.gaps.size() <= static_cast<size_t>(kPackGaps));
        any_gaps = any_gaps || !p.gaps.empty();
    }
    CHECK(any_gaps);
    for (size_t i = 1; i < pack.pages.size(); i++) CHECK(pack.pages[i - 1].attention >= pack.pages[i].attention);
    // Each page carries the account's health, and the HTML shows it with the parts' reasons.
    const std::string html = review_pack_html(pack);
    for (const ReviewPage& p : pack.pages) {
        const AccountHealth h = account_health(ws, ws.accounts[static_cast<size_t>(p.account)], "2026-12-01");
        REQUIRE(h.score);
        CHECK(p.health.score == h.score);
        CHECK(html.find("Health <b>" + std::to_string(*h.score) + " of 100</b>") != std::string::npos);
    }
    CHECK(html.find("plan sections complete") != std::string::npos);
}

TEST_CASE("the pack as HTML: self-contained, a chart per account, every name escaped", "[review_pack]") {
    Workspace ws = three_accounts();
    ws.accounts[0].name = "<script>alert(1)</script> AB";
    const ReviewPack pack = pack_of(ws);
    const std::string html = review_pack_html(pack);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("Burning Ltd") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; AB") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("Busy Co") == std::string::npos);             // Silver: not a key account
    CHECK(count(html, "<svg") == pack.pages.size());
    CHECK(count(html, "<section class=\"account\">") == pack.pages.size());
    CHECK(html.find("http://") == std::string::npos);             // nothing to fetch: it opens offline
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("break-before:page") != std::string::npos);   // an account a page
    CHECK(html.find("A rebate we forgot") != std::string::npos);
    CHECK(html.find("Not investigated") != std::string::npos);
    CHECK(html.find("Win the framework") != std::string::npos);
    CHECK(review_pack_html(pack_of(ws, {.customer_safe = true})).find("A rebate we forgot") == std::string::npos);
}
