// KAM Canvas: the workshop agenda on the shared screen: for the selected account, its steps (why
// this tier, the map, the coverage analysis, the plan, the forecast, the actions) in a bar under the
// presenter's, each opening its view; Next and Previous (PageDown and PageUp, which presentation
// clickers send) walk through them. core/workshop_agenda.h says where the account stands in each.
#pragma once

namespace kam {
struct AppState;
}

namespace kam::ui {

// Presents the selected account's agenda from its first step (presenter mode starts with it).
void start_agenda(AppState& app);
// Opens step 'step' of the agenda (kept within it): its tab, scrolled to its section.
void go_to_agenda_step(AppState& app, int step);

// PageDown and PageUp while the agenda shows (not while a field is being typed in).
void handle_agenda_keys(AppState& app);

// The bar, while presenting with the agenda on; nothing otherwise.
void draw_agenda_bar(AppState& app);

}  // namespace kam::ui
