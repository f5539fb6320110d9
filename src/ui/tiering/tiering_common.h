// KAM Canvas: what the tiering views share: the scores cached per document revision, the what-if
// draft, the one way criteria and tier scheme edits are committed (or refused), and tier badges.
#pragma once

#include "ui/app_state.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

// Scores of the document (computed again only after it changed).
const Scoring& current_scoring(AppState& app);

// What the criteria and tier editors work on: the what-if draft when what-if is on, else the document.
const std::vector<Criterion>& edited_criteria(AppState& app);
const TierScheme& edited_scheme(AppState& app);
// Scores under the draft (what-if on), else the document's.
const Scoring& edited_scoring(AppState& app);

// Starts or ends what-if; apply_what_if commits the draft as one undo step.
void begin_what_if(AppState& app);
void end_what_if(AppState& app);
void apply_what_if(AppState& app);

// Commits changed criteria and tier scheme (to the draft when what-if is on). A change that breaks a
// rule is refused with a message naming it, and nothing changes. Returns whether it was taken.
bool commit_selection(AppState& app, std::vector<Criterion> criteria, TierScheme scheme, const std::string& label,
                      const std::string& merge_key = {});

ImU32 tier_color(const Tier& tier);
// A small square in the tier's colour (blank for none), then SameLine: colour marks the tier, text stays readable.
void tier_swatch(const Tier* tier);
// "Gold" after its colour swatch, "(override)" after it when overridden, "no tier" when none.
void tier_badge(const TierScheme& scheme, const AccountTier& tier);
std::string tier_name(const TierScheme& scheme, int tier);   // "no tier" for -1

}  // namespace kam::ui
