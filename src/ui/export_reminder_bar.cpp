// KAM Canvas: the reminder to export. The workspace lives in this browser only, so after some
// days of changes that no export holds (core/export_reminder.h) a bar offers Export; the user
// may put it off.
#include "ui/actions.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include "imgui.h"

#include <string>

namespace kam::ui {

void draw_export_reminder(AppState& app) {
    if (!app.host.wall_clock || app.doc.read_only()) return;   // a read-only tab shows why it is instead
    const double now = app.host.wall_clock();
    ExportRecord& record = app.export_record;
    if (!export_reminder_due(record, now)) return;
    const auto days = [](int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); };
    const std::string age = record.last_export == 0 ? "It has never been exported"
                                                    : "Its last export was " + days(days_between(record.last_export, now)) + " ago";
    const std::string text = "Your workspace is kept only in this browser. " + age + ", and it has changed since.";
    const std::string later = "Remind me in " + days(record.remind_after_days);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(palette().advice_bg));   // blue: advice, not a problem
    if (ImGui::BeginChild("export_reminder", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
        expose_text("export_reminder/text", text);
        const ImGuiStyle& style = ImGui::GetStyle();
        next_in_toolbar(ImGui::CalcTextSize("Export JSON").x + 2 * style.FramePadding.x);
        if (ImGui::Button("Export JSON")) export_workspace(app);
        expose_item("export_reminder/export");
        next_in_toolbar(ImGui::CalcTextSize(later.c_str()).x + 2 * style.FramePadding.x);
        if (ImGui::Button(later.c_str())) dismiss_reminder(record, now);
        expose_item("export_reminder/later");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace kam::ui
