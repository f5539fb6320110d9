// KAM Canvas: the last view on this device (the selected account and the main tab), so a
// reload opens where the user left off. This is per-device UI state, not workspace data: it
// lives in its own small file beside the workspace (last-view.json in the storage folder, on
// the web the IDBFS folder), never in the workspace JSON, so export and import do not carry it.
#pragma once

#include <optional>
#include <string>

namespace kam {

struct LastView {
    std::string account;   // account id; empty: none selected
    std::string tab;       // the main tab's label ("Map", "Our team", ...)
    bool operator==(const LastView&) const = default;
};

std::string last_view_path(const std::string& folder);

// Nothing when the file is missing or cannot be read as a view: the app then opens as on a
// first visit. Unknown keys are ignored (a later version may remember more).
std::optional<LastView> read_last_view(const std::string& folder);

// Writes a temporary file and renames it over the old one, so a reload mid-write still finds
// the previous view whole. Returns false when the file could not be written.
bool write_last_view(const std::string& folder, const LastView& view);

}  // namespace kam
