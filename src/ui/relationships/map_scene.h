// KAM Canvas: what the relationship map shows, in world units: a card for every contact
// and for every member of our account team (a column left of the contacts), and the lines
// between cards resolved to card indices. Built from the document only when it changed,
// so a frame of panning does no id look-ups; culling (what is on screen) is per frame.
#pragma once

#include "core/model.h"
#include "core/card_look.h"
#include "core/relationships/org_layout.h"
#include "ui/relationships/map_view.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace kam::ui {

using kam::kCardHeight;   // core/card_look.h: a contact's card, in map units
using kam::kCardWidth;
inline constexpr float kTeamCardHeight = 56.0f, kTeamCardGap = 16.0f, kTeamColumnGap = 170.0f;

// The kinds of lines the map draws: the three kinds of link, then our coverage.
enum class LineKind { ReportsTo, Influence, Conflict, Coverage, COUNT };

struct SceneLine {
    LineKind kind;
    int from, to;    // card indices: for coverage 'from' is in team_cards, 'to' in cards
    int strength;
    int index;       // in Account::links, or in Account::coverage for coverage
};

struct MapScene {
    std::vector<Box> cards;           // by contact index
    std::vector<Id> team;             // people in the team column: the account team, then other people covering
    std::vector<Box> team_cards;      // by position in 'team'
    std::vector<SceneLine> lines;     // links (dangling ones left out), then coverage
    std::unordered_map<Id, int> contact_index;
    Box bounds{};                     // every card, contacts and team
    int stacked = 0;                  // contacts exactly where an earlier one is (e.g. imported without positions)

    // Built from (account, revision); sizes guard against a replaced Document whose
    // revision count started again.
    Id account;
    uint64_t revision = 0;
    size_t sizes = 0;

    bool is_current(const Account& a, uint64_t doc_revision) const;
    const Box& from_box(const SceneLine& l) const { return l.kind == LineKind::Coverage ? team_cards[l.from] : cards[l.from]; }
    const Box& to_box(const SceneLine& l) const { return cards[l.to]; }
    int find_contact(const Id& id) const {
        auto it = contact_index.find(id);
        return it == contact_index.end() ? -1 : it->second;
    }
};

void build_scene(MapScene& scene, const Account& account, uint64_t doc_revision);

// Does the segment a-b cross or touch the box? (Liang-Barsky clipping.)
bool segment_touches_box(ImVec2 a, ImVec2 b, const Box& box);

// The point where the segment from the centre of 'box' towards 'outside' leaves the box.
ImVec2 exit_point(const Box& box, ImVec2 outside);

// The line as drawn, in map units: a reporting line as core's org-chart connector (down and
// across, or down a stack's spine), any other from edge to edge of the two cards.
std::vector<MapPoint> line_path(const MapScene& scene, const SceneLine& l);

// Distance from p to the segment a-b.
float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b);

}  // namespace kam::ui
