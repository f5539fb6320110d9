// Org-chart layout and the reporting tree under it: no overlaps, reports below their
// managers, cycles and dangling lines settled, kept cards left alone, same input same output.
#include "core/relationships/org_layout.h"

#include "core/generate_workspace.h"
#include "core/relationships/reporting_tree.h"
#include "map_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kam;
using kam::test::MapFixture;

namespace {

// Sweep over cards sorted by x: only cards whose x ranges meet are compared, so maps of
// thousands of cards are checked quickly. Returns the number of overlapping pairs.
int count_overlaps(const std::vector<CardPosition>& pos, const OrgLayoutOptions& o) {
    std::vector<int> order(pos.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = (int)i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return pos[a].x < pos[b].x; });
    int overlaps = 0;
    for (size_t i = 0; i < order.size(); i++)
        for (size_t j = i + 1; j < order.size() && pos[order[j]].x < pos[order[i]].x + o.card_width; j++)
            if (std::abs(pos[order[i]].y - pos[order[j]].y) < o.card_height) overlaps++;
    return overlaps;
}

// Every reporting line the layout draws goes down: a report's card starts at least a gap below
// its manager's card (kept cards are where the user put them, so their lines are not checked).
bool reports_below_managers(const Account& account, const std::vector<CardPosition>& pos, const OrgLayoutOptions& o) {
    const ReportingTree tree = build_reporting_tree(account);
    auto kept = [&](int c) { return o.keep.count(account.contacts[c].id) > 0; };
    for (size_t c = 0; c < pos.size(); c++) {
        const int p = tree.parent[c];
        if (p < 0 || kept((int)c) || kept(p)) continue;
        if (pos[c].y < pos[p].y + o.card_height + o.gap_y) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("the reporting tree keeps one manager each and breaks cycles") {
    MapFixture m;
    for (const char* id : {"a", "b", "c", "d", "e", "f"}) m.contact(id, id);
    m.link("b", "a").link("c", "a").link("c", "b");   // c has two managers: the first wins
    m.link("d", "e").link("e", "f").link("f", "d");   // a cycle
    m.link("a", "a").link("x", "a").link("a", "x");   // self and dangling lines are ignored
    m.link("b", "c", LinkKind::Influence);             // not a reporting line
    const ReportingTree tree = build_reporting_tree(m.account);
    REQUIRE(tree.parent == std::vector<int>{-1, 0, 0, 4, 5, -1});   // walking up from d: d-e-f-d, f's line is cut
    REQUIRE(tree.roots == std::vector<int>{0, 5});
    REQUIRE(tree.children[0] == std::vector<int>{1, 2});
    REQUIRE(tree.children[5] == std::vector<int>{4});
}

TEST_CASE("a small chart: manager centred above reports, loners in a row below") {
    MapFixture m;
    for (const char* id : {"ceo", "coo", "cfo", "ops", "loner1", "loner2"}) m.contact(id, id);
    m.link("coo", "ceo").link("cfo", "ceo").link("ops", "coo");
    OrgLayoutOptions o;
    o.card_width = 100, o.card_height = 50, o.gap_x = 20, o.gap_y = 30;
    const auto pos = org_chart_layout(m.account, o);
    // Bands: coo 100 wide (ops under it), cfo 100; together 220, ceo centred over them.
    REQUIRE(pos[1] == CardPosition{0, 80});
    REQUIRE(pos[2] == CardPosition{120, 80});
    REQUIRE(pos[0] == CardPosition{60, 0});
    REQUIRE(pos[3] == CardPosition{0, 160});
    REQUIRE(pos[4] == CardPosition{0, 240});
    REQUIRE(pos[5] == CardPosition{120, 240});
    REQUIRE(count_overlaps(pos, o) == 0);

    Account laid_out = m.account;
    apply_layout(laid_out, pos);
    REQUIRE(laid_out.contacts[0].x == 60);
    REQUIRE(laid_out.contacts[3].y == 160);
}

TEST_CASE("reports without reports of their own are stacked below their manager, in two columns when many") {
    MapFixture m;
    m.contact("boss", "Boss");
    for (int i = 0; i < 9; i++) {
        m.contact("r" + std::to_string(i), "Report");
        m.link("r" + std::to_string(i), "boss");
    }
    OrgLayoutOptions o;
    auto pos = org_chart_layout(m.account, o);
    const float step_x = o.card_width + o.gap_x, stack_step = o.card_height + o.stack_gap_y;
    // Over its stack alone the manager sits at the stack's left; 9 leaves: 2 columns of 5 and 4.
    REQUIRE(pos[0] == CardPosition{0, 0});
    for (int i = 0; i < 9; i++) {
        CAPTURE(i);
        REQUIRE(pos[1 + i] == CardPosition{o.stack_indent + (float)(i / 5) * step_x, o.card_height + o.gap_y + (float)(i % 5) * stack_step});
    }
    REQUIRE(count_overlaps(pos, o) == 0);
    REQUIRE(reports_below_managers(m.account, pos, o));

    o.stack_columns = 1;   // one column however many
    pos = org_chart_layout(m.account, o);
    for (int i = 0; i < 9; i++) REQUIRE(pos[1 + i].x == o.stack_indent);

    o.stack_columns = 0;   // one wide row
    pos = org_chart_layout(m.account, o);
    float max_x = 0;
    for (const CardPosition& p : pos) max_x = std::max(max_x, p.x);
    REQUIRE(max_x == 8 * step_x);
}

TEST_CASE("a manager's leaves are stacked as the first band, beside its reports who have reports") {
    MapFixture m;
    for (const char* id : {"boss", "head", "leaf1", "worker", "leaf2"}) m.contact(id, id);
    m.link("head", "boss").link("leaf1", "boss").link("worker", "head").link("leaf2", "boss");
    OrgLayoutOptions o;
    o.card_width = 100, o.card_height = 50, o.gap_x = 20, o.gap_y = 30, o.stack_indent = 10, o.stack_gap_y = 5;
    const auto pos = org_chart_layout(m.account, o);
    // The stack (leaf1, leaf2) is 10 + 100 wide, then head's band (100): 230 in all, boss centred.
    REQUIRE(pos[2] == CardPosition{10, 80});
    REQUIRE(pos[4] == CardPosition{10, 135});
    REQUIRE(pos[1] == CardPosition{130, 80});
    REQUIRE(pos[3] == CardPosition{130, 160});   // a single leaf: under its manager, no stack
    REQUIRE(pos[0] == CardPosition{65, 0});
    REQUIRE(count_overlaps(pos, o) == 0);
    REQUIRE(reports_below_managers(m.account, pos, o));
}

TEST_CASE("reporting lines: an elbow into the next row, a spine beside a stack") {
    OrgLayoutOptions o;
    o.card_width = 100, o.card_height = 50, o.gap_x = 20, o.gap_y = 30, o.stack_indent = 10;
    const CardPosition boss{0, 0};
    // Straight down into a report right below.
    REQUIRE(reporting_connector(boss, {0, 80}, o) == std::vector<MapPoint>{{50, 50}, {50, 80}});
    // The next row, to the right: down, across in the gap, down into its top.
    REQUIRE(reporting_connector(boss, {240, 80}, o) == std::vector<MapPoint>{{50, 50}, {50, 65}, {290, 65}, {290, 80}});
    // A stack's first column: down the spine from the manager's bottom edge, into the left side.
    REQUIRE(reporting_connector(boss, {10, 80}, o) == std::vector<MapPoint>{{5, 50}, {5, 105}, {10, 105}});
    REQUIRE(reporting_connector(boss, {10, 135}, o) == std::vector<MapPoint>{{5, 50}, {5, 160}, {10, 160}});
    // Its second column, rows down: across below the manager, then down between the columns.
    REQUIRE(reporting_connector(boss, {130, 135}, o) == std::vector<MapPoint>{{50, 50}, {50, 65}, {125, 65}, {125, 160}, {130, 160}});
    // Moved by hand above or beside the manager: straight between the facing sides.
    REQUIRE(reporting_connector(boss, {300, 10}, o) == std::vector<MapPoint>{{100, 25}, {300, 35}});
    REQUIRE(reporting_connector(boss, {20, -70}, o) == std::vector<MapPoint>{{50, 0}, {70, -20}});
}

TEST_CASE("every reporting line of a laid-out chart runs from its manager's card to its report's") {
    Workspace ws = generate_relationship_map(500, 1500, 10, 3);
    const Account& account = ws.accounts[0];
    OrgLayoutOptions o;
    const auto pos = org_chart_layout(account, o);
    const ReportingTree tree = build_reporting_tree(account);
    for (size_t c = 0; c < pos.size(); c++) {
        const int p = tree.parent[c];
        if (p < 0) continue;
        const std::vector<MapPoint> path = reporting_connector(pos[p], pos[c], o);
        CAPTURE(c);
        REQUIRE(path.size() >= 2);
        // It leaves the manager's bottom edge and ends on the report's top or left edge.
        REQUIRE(path.front().y == pos[p].y + o.card_height);
        REQUIRE(path.front().x >= pos[p].x);
        REQUIRE(path.front().x <= pos[p].x + o.card_width);
        const MapPoint end = path.back();
        const bool on_top = end.y == pos[c].y && end.x >= pos[c].x && end.x <= pos[c].x + o.card_width;
        const bool on_left = end.x == pos[c].x && end.y >= pos[c].y && end.y <= pos[c].y + o.card_height;
        REQUIRE((on_top || on_left));
        // Straight segments only: each goes across or down.
        for (size_t i = 1; i < path.size(); i++) REQUIRE((path[i].x == path[i - 1].x || path[i].y == path[i - 1].y));
    }
}

TEST_CASE("kept cards stay put and the chart moves clear of them") {
    MapFixture m;
    m.contact("ceo", "CEO");
    Contact& placed = m.contact("coo", "COO");
    placed.x = 10, placed.y = 10;   // right where the CEO would go
    m.contact("ops", "Ops");
    m.link("coo", "ceo").link("ops", "coo");
    OrgLayoutOptions o;
    o.keep = {"coo"};
    const auto pos = org_chart_layout(m.account, o);
    REQUIRE(pos[1] == CardPosition{10, 10});
    REQUIRE(count_overlaps(pos, o) == 0);
    REQUIRE(pos[0].x >= 10 + o.card_width);
}

TEST_CASE("generated maps: no overlaps, reports below managers, deterministic, cycles safe") {
    Workspace ws = generate_relationship_map(2000, 6000, 10, 7);
    Account account = ws.accounts[0];
    // Make it awkward: a second root tree, a cycle among the last contacts, a dangling line.
    const size_t n = account.contacts.size();
    account.links.push_back({account.contacts[n - 1].id, account.contacts[n - 2].id, LinkKind::ReportsTo, 1});
    account.links.push_back({account.contacts[n - 2].id, account.contacts[n - 1].id, LinkKind::ReportsTo, 1});
    account.links.push_back({account.contacts[5].id, "missing", LinkKind::ReportsTo, 1});
    OrgLayoutOptions o;
    for (size_t i = 0; i < n; i += 97) o.keep.insert(account.contacts[i].id);   // kept where the grid put them
    const auto pos = org_chart_layout(account, o);
    REQUIRE(pos.size() == n);
    REQUIRE(count_overlaps(pos, o) == 0);
    REQUIRE(reports_below_managers(account, pos, o));
    REQUIRE(org_chart_layout(account, o) == pos);
    for (size_t i = 0; i < n; i += 97) REQUIRE(pos[i] == CardPosition{account.contacts[i].x, account.contacts[i].y});
}

TEST_CASE("a chain of 20,000 managers does not overflow the stack") {
    MapFixture m;
    for (int i = 0; i < 20000; i++) {
        m.contact("c" + std::to_string(i), "C");
        if (i > 0) m.link("c" + std::to_string(i), "c" + std::to_string(i - 1));
    }
    m.link("c0", "c19999");   // and a cycle through all of them
    const OrgLayoutOptions o;
    const auto pos = org_chart_layout(m.account, o);
    REQUIRE(pos.size() == 20000);
    REQUIRE(count_overlaps(pos, o) == 0);
    REQUIRE(reports_below_managers(m.account, pos, o));
    REQUIRE(pos[0].y > pos[19999].y);   // c1's line closed the cycle, so c0 ends up at the bottom
}
