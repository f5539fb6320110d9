// KAM Canvas: org-chart layout (see org_layout.h).
//
// A plain top-down tree layout: every subtree owns a vertical band as wide as its widest
// part, children's bands sit side by side below their manager, and the manager is centred
// over them. A manager's leaves form one more band, first: a stack of one or two columns,
// indented, under the manager's left edge when they are its only reports. Bands never overlap,
// so cards never do, and a child is always below its manager.
// It is less compact than Reingold-Tilford, but its result is easy to predict, which matters
// more in a chart people rearrange by hand. Walks are iterative: a chain of 10,000 managers
// must not overflow the small WebAssembly stack.
#include "core/relationships/org_layout.h"

#include "core/relationships/reporting_tree.h"

#include <algorithm>
#include <cmath>

namespace kam {

namespace {

struct Layout {
    const OrgLayoutOptions& o;
    std::vector<std::vector<int>> children;   // free contacts only
    std::vector<float> width;                 // band width per subtree
    std::vector<int> stacked;                 // how many of a manager's reports are in its stack (the leaves)
    std::vector<CardPosition> pos;
    float bottom = 0.0f;                      // lowest card edge placed so far, plus a gap

    void put(int c, float x, float y) {
        pos[c] = {x, y};
        bottom = std::max(bottom, y + step_y());
    }

    float step_x() const { return o.card_width + o.gap_x; }
    float step_y() const { return o.card_height + o.gap_y; }

    bool is_leaf(int c) const { return children[c].empty(); }

    // Leaves first, in their order, then the reports with reports of their own: the stack is the
    // first band below a manager.
    void order_reports(int c) {
        auto& kids = children[c];
        const int leaves = (int)std::count_if(kids.begin(), kids.end(), [&](int k) { return is_leaf(k); });
        // One leaf takes no more room in a row than in a stack: a stack from two.
        stacked[c] = o.stack_columns > 0 && leaves >= 2 ? leaves : 0;
        if (stacked[c] > 0) std::stable_partition(kids.begin(), kids.end(), [&](int k) { return is_leaf(k); });
    }
    int stack_columns(int c) const { return std::min(o.stack_columns, (stacked[c] + o.stack_rows - 1) / std::max(1, o.stack_rows)); }
    int stack_rows(int c) const { return (stacked[c] + stack_columns(c) - 1) / stack_columns(c); }
    float stack_width(int c) const { return o.stack_indent + stack_columns(c) * step_x() - o.gap_x; }

    // The bands below a manager side by side: its stack, then each branch.
    float bands_width(int c) const {
        const auto& kids = children[c];
        float sum = stacked[c] > 0 ? stack_width(c) : -o.gap_x;
        for (size_t i = stacked[c]; i < kids.size(); i++) sum += o.gap_x + width[kids[i]];
        return sum;
    }

    // Post-order without recursion: a contact's width needs its reports' widths first.
    void measure(int root) {
        std::vector<std::pair<int, bool>> stack = {{root, false}};
        while (!stack.empty()) {
            auto [c, children_done] = stack.back();
            stack.pop_back();
            if (!children_done) {
                stack.push_back({c, true});
                for (int child : children[c]) stack.push_back({child, false});
                continue;
            }
            order_reports(c);
            width[c] = children[c].empty() ? o.card_width : std::max(o.card_width, bands_width(c));
        }
    }

    // Pre-order: the band's left edge and the row's top are known before the reports.
    void place(int root, float left, float top) {
        struct Item { int c; float left, top; };
        std::vector<Item> stack = {{root, left, top}};
        while (!stack.empty()) {
            const Item it = stack.back();
            stack.pop_back();
            const auto& kids = children[it.c];
            const float bands = bands_width(it.c);
            // Over a stack alone the manager sits at its left, so the stack is indented under it.
            const bool only_stack = stacked[it.c] > 0 && stacked[it.c] == (int)kids.size();
            const float x = only_stack ? it.left : it.left + (width[it.c] - o.card_width) / 2;
            put(it.c, x, it.top);
            const float below = it.top + step_y();
            float band = only_stack ? it.left : it.left + (width[it.c] - bands) / 2;
            if (stacked[it.c] > 0) {
                const int rows = stack_rows(it.c);
                for (int i = 0; i < stacked[it.c]; i++)
                    put(kids[i], band + o.stack_indent + (float)(i / rows) * step_x(), below + (float)(i % rows) * (o.card_height + o.stack_gap_y));
                band += stack_width(it.c) + o.gap_x;
            }
            for (size_t i = stacked[it.c]; i < kids.size(); i++) {
                stack.push_back({kids[i], band, below});
                band += width[kids[i]] + o.gap_x;
            }
        }
    }
};

}  // namespace

std::vector<CardPosition> org_chart_layout(const Account& account, const OrgLayoutOptions& options) {
    const int n = (int)account.contacts.size();
    const ReportingTree tree = build_reporting_tree(account);
    std::vector<char> kept(n, 0);
    for (int c = 0; c < n; c++) kept[c] = options.keep.count(account.contacts[c].id) ? 1 : 0;

    Layout layout{options, std::vector<std::vector<int>>(n), std::vector<float>(n, 0.0f), std::vector<int>(n, 0), std::vector<CardPosition>(n), options.origin_y};
    std::vector<int> roots;   // free contacts whose manager is absent or kept
    for (int c = 0; c < n; c++) {
        if (kept[c]) {
            layout.pos[c] = {account.contacts[c].x, account.contacts[c].y};
            continue;
        }
        const int p = tree.parent[c];
        if (p >= 0 && !kept[p]) layout.children[p].push_back(c);
        else roots.push_back(c);
    }

    // Trees side by side from the origin; people without reporting lines in rows below them,
    // at least as wide as a square block of them.
    float x = options.origin_x;
    std::vector<int> loners;
    for (int r : roots) {
        if (layout.is_leaf(r)) {
            loners.push_back(r);
            continue;
        }
        layout.measure(r);
        layout.place(r, x, options.origin_y);
        x += layout.width[r] + options.gap_x;
    }
    if (!loners.empty()) {
        const int fit = (int)((x - options.origin_x) / layout.step_x());
        const int columns = std::max({1, fit, (int)std::ceil(std::sqrt((double)loners.size()))});
        for (size_t i = 0; i < loners.size(); i++)
            layout.pos[loners[i]] = {options.origin_x + (float)(i % columns) * layout.step_x(), layout.bottom + (float)(i / columns) * layout.step_y()};
    }

    // Keep clear of the cards the user placed: if the two blocks' bounding boxes meet, move
    // the laid-out block to the right of the kept one.
    float kept_min_x = 1e30f, kept_max_x = -1e30f, kept_min_y = 1e30f, kept_max_y = -1e30f;
    float free_min_x = 1e30f, free_max_x = -1e30f, free_min_y = 1e30f, free_max_y = -1e30f;
    for (int c = 0; c < n; c++) {
        const CardPosition& p = layout.pos[c];
        float& min_x = kept[c] ? kept_min_x : free_min_x;
        float& max_x = kept[c] ? kept_max_x : free_max_x;
        float& min_y = kept[c] ? kept_min_y : free_min_y;
        float& max_y = kept[c] ? kept_max_y : free_max_y;
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x + options.card_width);
        min_y = std::min(min_y, p.y);
        max_y = std::max(max_y, p.y + options.card_height);
    }
    const bool overlap = free_min_x < kept_max_x && kept_min_x < free_max_x && free_min_y < kept_max_y && kept_min_y < free_max_y;
    if (overlap) {
        const float shift = kept_max_x + options.gap_x - free_min_x;
        for (int c = 0; c < n; c++)
            if (!kept[c]) layout.pos[c].x += shift;
    }
    return layout.pos;
}

OrgLayoutOptions map_layout_options() {
    OrgLayoutOptions o;
    o.card_width = kCardWidth, o.card_height = kCardHeight, o.gap_x = kCardGapX, o.gap_y = kCardGapY;
    return o;
}

std::vector<MapPoint> reporting_connector(CardPosition m, CardPosition r, const OrgLayoutOptions& o) {
    const float w = o.card_width, h = o.card_height;
    const MapPoint from{m.x + w / 2, m.y + h};   // the manager's bottom centre
    if (r.y < m.y + h) {
        // Not below (moved by hand): straight, between the sides that face each other.
        const bool beside = r.x >= m.x + w || r.x + w <= m.x;
        if (beside) {
            const bool right = r.x >= m.x + w;
            return {{right ? m.x + w : m.x, m.y + h / 2}, {right ? r.x : r.x + w, r.y + h / 2}};
        }
        return {{m.x + w / 2, m.y}, {r.x + w / 2, r.y + h}};
    }
    const float spine = r.x - o.stack_indent / 2;   // beside a stacked report, left of it
    const MapPoint side{r.x, r.y + h / 2};
    // In the first column of a stack: the spine leaves the manager's bottom edge straight down.
    if (spine > m.x && spine < m.x + w) return {{spine, m.y + h}, {spine, side.y}, side};
    const float elbow = m.y + h + std::min(o.gap_y, r.y - (m.y + h)) / 2;   // in the gap below the manager
    // Rows further down (a second column of a stack, or a card moved down): across below the
    // manager, then down the spine beside it.
    if (r.y - (m.y + h) > o.gap_y + h / 2) return {from, {from.x, elbow}, {spine, elbow}, {spine, side.y}, side};
    // The next row: an elbow into the report's top.
    if (std::abs(r.x + w / 2 - from.x) < 0.5f) return {from, {r.x + w / 2, r.y}};
    return {from, {from.x, elbow}, {r.x + w / 2, elbow}, {r.x + w / 2, r.y}};
}

void apply_layout(Account& account, const std::vector<CardPosition>& positions) {
    const size_t n = std::min(account.contacts.size(), positions.size());
    for (size_t i = 0; i < n; i++) {
        account.contacts[i].x = positions[i].x;
        account.contacts[i].y = positions[i].y;
    }
}

}  // namespace kam
