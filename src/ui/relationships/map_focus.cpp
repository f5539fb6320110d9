// KAM Canvas: what the map draws faint (see map_focus.h).
#include "ui/relationships/map_focus.h"

#include <algorithm>

namespace kam::ui {

void update_map_focus(MapFocus& focus, const MapScene& scene, const Account& account, const MapFilter& filter, const Id& person) {
    if (focus.account == scene.account && focus.revision == scene.revision && focus.sizes == scene.sizes && focus.filter == filter &&
        focus.person == person)
        return;
    focus.account = scene.account;
    focus.revision = scene.revision;
    focus.sizes = scene.sizes;
    focus.filter = filter;
    focus.person = person;

    const size_t n = account.contacts.size();
    const int team_at = static_cast<int>(std::find(scene.team.begin(), scene.team.end(), person) - scene.team.begin());
    const bool highlight = !person.empty() && team_at < static_cast<int>(scene.team.size());
    focus.active = filter.active() || highlight;
    focus.faint_cards.assign(focus.active ? n : 0, 0);
    focus.faint_team.assign(focus.active ? scene.team.size() : 0, highlight ? 1 : 0);
    focus.faint_lines.assign(focus.active ? scene.lines.size() : 0, 0);
    focus.matching = static_cast<int>(n);
    if (!focus.active) return;

    // A card stands out when it matches the filter and, while someone is highlighted, that
    // person covers it.
    std::vector<char> covered(n, !highlight);
    if (highlight) {
        focus.faint_team[team_at] = 0;
        for (const SceneLine& l : scene.lines)
            if (l.kind == LineKind::Coverage && l.from == team_at) covered[l.to] = 1;
    }
    focus.matching = 0;
    for (size_t i = 0; i < n; i++) {
        focus.faint_cards[i] = !covered[i] || !filter.matches(account.contacts[i]);
        focus.matching += !focus.faint_cards[i];
    }
    // A line stands out when both its ends do; a coverage line only if it is the highlighted
    // person's (or nobody is highlighted).
    for (size_t k = 0; k < scene.lines.size(); k++) {
        const SceneLine& l = scene.lines[k];
        const bool from_faint = l.kind == LineKind::Coverage ? highlight && l.from != team_at : focus.faint_cards[l.from];
        focus.faint_lines[k] = from_faint || focus.faint_cards[l.to];
    }
}

}  // namespace kam::ui
