// KAM Canvas: which cards and lines of the relationship map stand out and which are drawn
// faint: those the filter (department, location, product line, level, buying role, name)
// leaves out, and, while one of our people's coverage is highlighted, everyone they do not
// cover. Faint rather than hidden, so the structure stays readable. Worked out when the
// document, the filter or the highlighted person changes, never per card per frame: maps go
// to 10,000 contacts and the filter compares strings.
#pragma once

#include "core/relationships/map_filter.h"
#include "ui/relationships/map_scene.h"

#include <cstdint>
#include <vector>

namespace kam::ui {

struct MapFocus {
    // What it was worked out from.
    Id account;
    uint64_t revision = 0;
    size_t sizes = 0;
    MapFilter filter;
    Id person;

    bool active = false;             // something is faint (otherwise the vectors are empty)
    std::vector<char> faint_cards;   // by contact index
    std::vector<char> faint_team;    // by position in the team column
    std::vector<char> faint_lines;   // by scene line
    int matching = 0;                // contacts that stand out

    bool card_is_faint(int i) const { return active && faint_cards[i]; }
    bool team_is_faint(int i) const { return active && faint_team[i]; }
    bool line_is_faint(int i) const { return active && faint_lines[i]; }
};

// Brings 'focus' up to date with the scene (built from 'account'), the filter and the person
// whose coverage is highlighted (empty: nobody); does nothing when none of them changed.
void update_map_focus(MapFocus& focus, const MapScene& scene, const Account& account, const MapFilter& filter, const Id& person);

}  // namespace kam::ui
