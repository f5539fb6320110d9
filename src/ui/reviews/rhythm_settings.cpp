// KAM Canvas: what the review rhythm of an account follows: its currency, when a deviation is
// significant, and how often each review is due. Each is the workspace's unless the account sets
// its own; the workspace's defaults are edited here too. A value out of range is refused with the
// validator's words, and nothing changes.
#include "ui/reviews/views.h"

#include "core/io/validate.h"
#include "core/reviews/deviation.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

#include "imgui.h"
#include "imgui_stdlib.h"

#include <cctype>

namespace kam::ui {

// Words before a field on the same line, so the rule reads as a sentence with its numbers in it.
static void words(const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine();
}

// The four thresholds, as a sentence; true when one was changed (and stays in range).
static bool rules_inputs(AppState& app, const char* id, DeviationRules& rules, const std::string& currency) {
    ImGui::PushID(id);
    const std::string key = std::string("forecast/settings/") + id + "/";
    DeviationRules edited = rules;
    bool changed = false;
    words("Flagged when off the forecast by more than");
    ImGui::SetNextItemWidth(em(4));
    changed |= ImGui::InputDouble("##share", &edited.share_percent, 0, 0, "%.1f");
    expose_item(key + "share_percent");
    ImGui::SameLine();
    ImGui::TextUnformatted("%");
    words("and by more than");
    ImGui::SetNextItemWidth(em(6));
    changed |= ImGui::InputDouble("##amount", &edited.amount, 0, 0, "%.0f");
    expose_item(key + "amount");
    ImGui::SameLine();
    ImGui::Text("%s, or", currency.c_str());
    ImGui::SetNextItemWidth(em(3));
    changed |= ImGui::InputInt("##bias", &edited.bias_months, 0);
    expose_item(key + "bias_months");
    ImGui::SameLine();
    ImGui::TextUnformatted("months in a row off the same way (0: never), or");
    words("more than");
    ImGui::SetNextItemWidth(em(4));
    changed |= ImGui::InputDouble("##decline", &edited.decline_percent, 0, 0, "%.1f");
    expose_item(key + "decline_percent");
    ImGui::SameLine();
    ImGui::TextUnformatted("% below the same month last year.");
    ImGui::PopID();
    if (!changed) return false;
    if (const std::vector<FieldProblem> problems = deviation_rules_problems(edited); !problems.empty()) {
        app.notify("Not changed: " + std::string(problems[0].field) + ": " + problems[0].message, true);
        return false;
    }
    rules = edited;
    return true;
}

// A currency code as typed: upper-cased, committed when the field is left; "" (an account only)
// means the workspace's. What is typed is kept in the view (edit_key/edit_text) until then.
static bool currency_input(AppState& app, const char* label, std::string& code, bool may_be_empty) {
    ForecastView& v = app.forecast_view;
    const std::string key = std::string("currency/") + label;
    std::string text = v.edit_key == key ? v.edit_text : code;
    words(label);
    ImGui::SetNextItemWidth(em(may_be_empty ? 8 : 4));
    if (ImGui::InputTextWithHint((std::string("##") + label).c_str(), may_be_empty ? "as the workspace" : "EUR", &text, ImGuiInputTextFlags_CharsUppercase))
        v.edit_key = key, v.edit_text = text;
    expose_item(std::string("forecast/settings/") + label);
    if (!ImGui::IsItemDeactivated() || v.edit_key != key) return false;
    v.edit_key.clear();
    if (text == code) return false;
    if (!(may_be_empty && text.empty()))
        if (const std::string problem = currency_problem(text); !problem.empty()) {
            app.notify("Not changed: the currency: " + problem, true);
            return false;
        }
    code = text;
    return true;
}

// Months between reviews of one kind: the account's own, or 'inherited' (the workspace's) until it
// sets one; inherited_shown offers the way back to the workspace's.
static bool cadence_input(AppState& app, ReviewKind kind, std::optional<int>& months, int inherited, bool inherited_shown) {
    const size_t k = static_cast<size_t>(kind);
    int value = months.value_or(inherited);
    ImGui::PushID(static_cast<int>(k));
    ImGui::SetNextItemWidth(em(3));
    bool changed = ImGui::InputInt("##months", &value, 0);
    ImGui::SameLine();
    ImGui::TextUnformatted(kReviewKindLabels[k].data());
    if (!months && inherited_shown) {
        ImGui::SameLine();
        ImGui::TextDisabled("(the workspace's)");
    }
    if (months && inherited_shown) {
        ImGui::SameLine();
        if (ImGui::SmallButton("as the workspace")) {
            months.reset();
            ImGui::PopID();
            return true;
        }
    }
    ImGui::PopID();
    if (!changed) return false;
    if (const std::string problem = cadence_problem(value); !problem.empty()) {
        app.notify("Not changed: months between " + std::string(kReviewKindLabels[k]) + "s: " + problem, true);
        return false;
    }
    months = value;
    return true;
}

void draw_rhythm_settings(AppState& app, const Account& a) {
    const ReviewDefaults& defaults = app.doc.ws().review_defaults;
    if (ImGui::BeginTable("rhythm", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableNextColumn();
        ImGui::SeparatorText(("This account: " + a.name).c_str());
        Account copy = a;
        bool changed = currency_input(app, "Currency", copy.currency, true);
        bool own_rules = a.deviation_rules.has_value();
        if (ImGui::Checkbox("Its own deviation thresholds", &own_rules)) {
            copy.deviation_rules = own_rules ? std::optional(defaults.deviation_rules) : std::nullopt;
            changed = true;
        }
        expose_item("forecast/settings/own_rules");
        if (copy.deviation_rules) changed |= rules_inputs(app, "account", *copy.deviation_rules, currency_of(app.doc.ws(), a));
        ImGui::TextDisabled("Months between reviews (0: not scheduled)");
        for (size_t k = 0; k < kReviewKinds; k++)
            changed |= cadence_input(app, static_cast<ReviewKind>(k), copy.cadence[k], defaults.cadence[k], true);
        if (changed) app.doc.set_account(std::move(copy), "Edit the review settings of " + a.name, "rhythm/" + a.id);

        ImGui::TableNextColumn();
        ImGui::SeparatorText("Every account (the workspace's defaults)");
        ReviewDefaults edited = defaults;
        changed = currency_input(app, "Default currency", edited.currency, false);
        changed |= rules_inputs(app, "workspace", edited.deviation_rules, edited.currency);
        ImGui::TextDisabled("Months between reviews (0: not scheduled)");
        for (size_t k = 0; k < kReviewKinds; k++) {
            std::optional<int> months = edited.cadence[k];
            ImGui::PushID("workspace");
            if (cadence_input(app, static_cast<ReviewKind>(k), months, 0, false)) edited.cadence[k] = *months, changed = true;
            ImGui::PopID();
        }
        if (changed) app.doc.set_review_defaults(std::move(edited), "Edit the review defaults", "rhythm/workspace");
        ImGui::EndTable();
    }
    // Each number typed is one undo step: the merge ends when no field here is being edited.
    if (!ImGui::IsAnyItemActive()) app.doc.seal();
}

}  // namespace kam::ui
