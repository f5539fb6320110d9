// KAM Canvas: the relationship map's view state (pan and zoom, selection, which lines show,
// the customer-safe flag, the filter and highlighted coverage, what is being dragged). Part of
// AppState, never of the workspace.
#pragma once

#include "core/relationships/map_filter.h"
#include "core/model.h"
#include "ui/relationships/map_focus.h"
#include "ui/relationships/map_scene.h"
#include "ui/relationships/map_view.h"

#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kam::ui {

// A line by what it joins (indices shift as lines are added and removed; this does not).
struct LineKey {
    LineKind kind = LineKind::COUNT;   // COUNT: no line
    Id from, to;                       // contacts; for coverage our person, then their contact
    bool empty() const { return kind == LineKind::COUNT; }
    bool operator==(const LineKey&) const = default;
};

// The key of a line the scene resolved.
inline LineKey line_key(const Account& account, const SceneLine& l) {
    if (l.kind == LineKind::Coverage) return {l.kind, account.coverage[l.index].person, account.coverage[l.index].contact};
    return {l.kind, account.links[l.index].from, account.links[l.index].to};
}

enum class MapDrag { None, Pan, MoveCards, BoxSelect };

// A picture of the map (Export PNG): the map as it is on screen, or the whole map fitted in.
enum class MapPicture { None, CurrentView, Fitted };

struct MapState {
    Id account;                        // the account the view belongs to; another one resets it
    MapView view;
    bool fit_pending = true;           // fit the whole map into the canvas on the next frame

    std::set<Id> selection;            // selected contacts
    LineKey selected_line;
    std::array<bool, static_cast<size_t>(LineKind::COUNT)> show_lines{true, true, true, true};
    bool customer_safe = false;        // hides attitude, chess pieces, conflict lines, private notes
    bool show_legend = true;
    MapFilter filter;                  // contacts it leaves out are drawn faint; its name search flies to matches
    Id highlight;                      // our person whose coverage stands out (the rest faint); empty: nobody
    bool filters_open = false;         // presenting: the filter row shown, not folded behind its button
    // The filter and highlight of each other account shown in this session (in memory only).
    // Kept per account rather than reset: a filter names one account's departments and people,
    // so carried over it would silently fade another account's cards, while reset it would be
    // lost when the user glances at another account and comes back.
    struct Focus {
        MapFilter filter;
        Id highlight;
    };
    std::map<Id, Focus> focus_by_account;
    MapPicture picture = MapPicture::None;   // asked for; the next frame draws it (menus closed)

    // What changed on this account's map since a snapshot, while one is compared (set by the
    // workshop's comparison, ui/workshop/snapshots_window.h): the cards to mark, and the contacts
    // gone since, drawn as ghosts where they were. 'since' names the snapshot ("": nothing marked).
    struct ChangeMarks {
        std::string since;
        Id account;                    // the account they were found for
        std::set<Id> changed;
        std::vector<Contact> gone;
    };
    ChangeMarks changes;

    // Mouse gestures in progress.
    MapDrag drag = MapDrag::None;
    bool drag_moved = false;           // the mouse moved since the button went down
    Id drag_card;                      // the card the drag started on
    Id drag_person;                    // the team card a click started on (a click highlights its coverage)
    ImVec2 drag_start_world{};         // box selection: the corner where it started
    std::set<Id> selection_before_box; // Ctrl+Shift+drag adds the boxed cards to this

    // A line being drawn: from this contact (our person for coverage) to the next clicked card.
    LineKind linking = LineKind::COUNT;
    Id link_from;
    bool link_by_keyboard = false;     // started with L: Tab picks the other end, Enter adds it

    // Popups: the contact editor and the context menu's target.
    Id edit_contact;
    Id menu_contact, menu_person;
    LineKey menu_line;
    ImVec2 menu_world{};               // where the context menu was opened (new contacts go there)

    MapScene scene;                    // cached; rebuilt when the document changes
    MapFocus focus;                    // cached; what the filter and highlight make faint

    bool shows(LineKind kind) const {
        if (kind == LineKind::Conflict && customer_safe) return false;
        return show_lines[static_cast<size_t>(kind)];
    }
};

}  // namespace kam::ui
