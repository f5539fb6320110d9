// KAM Canvas: view state of workshop mode (never saved in the workspace).
#pragma once

#include "core/model.h"
#include "core/snapshot_diff.h"
#include "core/workshop_agenda.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kam {

struct WorkshopView {
    bool presenting = false;   // presenter mode: the view on screen alone, larger (ui/workshop/presenter.h)
    bool fullscreen = false;   // the browser went full screen for it (so leaving full screen leaves presenting)
    bool esc_taken = false;    // last frame, a popup or a text field would have taken Esc
    int agenda_step = -1;      // the workshop agenda's step on screen (ui/workshop/agenda_bar.h); -1: no agenda
    // The agenda as last computed, for this account, document revision and day.
    std::vector<AgendaItem> agenda;
    Id agenda_account;
    uint64_t agenda_revision = 0;
    std::string agenda_today;

    // The snapshots window (ui/workshop/snapshots_window.h).
    bool snapshots_open = false;
    std::string snapshot_name;   // being typed for the next snapshot
    Id compare_from;             // the snapshot compared; "" compares nothing
    Id compare_to;               // another snapshot, or "" for the workspace now
    bool marks_on_map = true;    // the map marks what changed since compare_from
    size_t bytes = 0;            // what the snapshots take in the file, for this document revision
    uint64_t bytes_revision = 0, bytes_serial = 0;
    // The comparison as last computed, for these snapshots and this document revision and day.
    std::vector<Change> changes;
    Id changes_from, changes_to;
    uint64_t changes_revision = 0;
    std::string changes_today;
    // And for this document, with this team, these criteria and tiers: while only accounts change, only
    // those are compared again (compare_again).
    uint64_t changes_serial = 0;
    std::vector<Person> changes_team;
    std::vector<Criterion> changes_criteria;
    TierScheme changes_tiers;
    double changes_ms = 0;       // how long it took (test builds publish it, for the benchmark)
};

}  // namespace kam
