// KAM Canvas: when the user last exported the workspace, and when to remind them to.
// The workspace lives in one browser; an export is the user's only copy elsewhere. The record
// is device state (storage/export_record.h keeps it beside the workspace), never workspace data:
// an exported file must not say when it was exported from some other device.
#pragma once

#include <string>

namespace kam {

struct ExportRecord {
    static constexpr int kDefaultRemindDays = 14;
    double last_export = 0;        // seconds since 1970; 0: never exported on this device
    double changed_since = 0;      // the first save after the last export; 0: nothing new to export
    double dismissed_at = 0;       // the reminder was put off then; 0: not put off
    int remind_after_days = kDefaultRemindDays;   // 0: never remind
    bool operator==(const ExportRecord&) const = default;
};

// A user edit was saved at 'now': the stored workspace differs from the last export.
void record_change(ExportRecord& record, double now);
// The whole workspace was exported at 'now'.
void record_export(ExportRecord& record, double now);
// "Remind me later": not again for another remind_after_days.
void dismiss_reminder(ExportRecord& record, double now);

// Whole days (of 86,400 seconds) from 'then' to 'now'; a clock set back gives 0, never a
// negative age.
int days_between(double then, double now);

// "Never exported", "Exported in the last 24 hours", "Exported 1 day ago", "Exported 15 days ago".
std::string export_age_text(const ExportRecord& record, double now);

// The reminder shows when something was saved since the last export, the last export (or, never
// exported, the first such change) is at least remind_after_days old, and the user has not put
// it off within that many days.
bool export_reminder_due(const ExportRecord& record, double now);

}  // namespace kam
