#include "core/export_reminder.h"

#include <algorithm>
#include <cmath>

namespace kam {

static constexpr double kDay = 86400;

void record_change(ExportRecord& record, double now) {
    if (record.changed_since == 0) record.changed_since = now;
}

void record_export(ExportRecord& record, double now) {
    record.last_export = now;
    record.changed_since = 0;
    record.dismissed_at = 0;
}

void dismiss_reminder(ExportRecord& record, double now) { record.dismissed_at = now; }

int days_between(double then, double now) { return int(std::floor(std::max(0.0, now - then) / kDay)); }

std::string export_age_text(const ExportRecord& record, double now) {
    if (record.last_export == 0) return "Never exported";
    const int days = days_between(record.last_export, now);
    if (days == 0) return "Exported in the last 24 hours";
    return "Exported " + std::to_string(days) + (days == 1 ? " day ago" : " days ago");
}

bool export_reminder_due(const ExportRecord& record, double now) {
    if (record.remind_after_days <= 0 || record.changed_since == 0) return false;
    const double since = record.last_export != 0 ? record.last_export : record.changed_since;
    if (days_between(since, now) < record.remind_after_days) return false;
    return record.dismissed_at == 0 || days_between(record.dismissed_at, now) >= record.remind_after_days;
}

}  // namespace kam
