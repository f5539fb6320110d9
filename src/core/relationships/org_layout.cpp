// KAM Canvas: org-chart layout (see org_layout.h).
//
// A plain top-down tree layout: every subtree owns a vertical band as wide as its widest
// part, children's bands sit side by side below their manager, and the manager is centred
// over them. Bands never overlap, so cards never do, and a child is always below its manager.
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
    std::vector<int> grid_columns;            // > 0: reports drawn as a grid of this many columns
    std::vector<CardPosition> pos;
    float bottom = 0.0f;                      // lowest card edge placed so far, plus a gap

    void put(int c, float x, float y) {
        pos[c] = {x, y};
        bottom = std::max(bottom, y + step_y());
    }

    float step_x() const { return o.card_width + o.gap_x; }
    float step_y() const { return o.card_height + o.gap_y; }

    bool is_leaf(int c) const { return children[c].empty(); }

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
            const auto& kids = children[c];
            const int n = (int)kids.size();
            if (n == 0) {
                width[c] = o.card_width;
            } else if (o.grid_leaves_from > 0 && n >= o.grid_leaves_from && std::all_of(kids.begin(), kids.end(), [&](int k) { return is_leaf(k); })) {
                grid_columns[c] = (int)std::ceil(std::sqrt((double)n));
                width[c] = grid_columns[c] * step_x() - o.gap_x;
            } else {
                float sum = -o.gap_x;
                for (int k : kids) sum += width[k] + o.gap_x;
                width[c] = std::max(o.card_width, sum);
            }
        }
    }

    // Pre-order: the band's left edge and the row's top are known before the reports.
    void place(int root, float left, float top) {
        struct Item { int c; float left, top; };
        std::vector<Item> stack = {{root, left, top}};
        while (!stack.empty()) {
            const Item it = stack.back();
            stack.pop_back();
            put(it.c, it.left + (width[it.c] - o.card_width) / 2, it.top);
            const auto& kids = children[it.c];
            const float below = it.top + step_y();
            if (grid_columns[it.c] > 0) {
                for (size_t i = 0; i < kids.size(); i++)
                    put(kids[i], it.left + (float)(i % grid_columns[it.c]) * step_x(), below + (float)(i / grid_columns[it.c]) * step_y());
                continue;
            }
            float sum = -o.gap_x;
            for (int k : kids) sum += width[k] + o.gap_x;
            float x = it.left + (width[it.c] - sum) / 2;
            for (int k : kids) {
                stack.push_back({k, x, below});
                x += width[k] + o.gap_x;
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

void apply_layout(Account& account, const std::vector<CardPosition>& positions) {
    const size_t n = std::min(account.contacts.size(), positions.size());
    for (size_t i = 0; i < n; i++) {
        account.contacts[i].x = positions[i].x;
        account.contacts[i].y = positions[i].y;
    }
}

}  // namespace kam
