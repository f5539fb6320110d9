#include "storage/export_record.h"

#include "core/io/json_io.h"
#include "storage/files.h"

#include <cmath>
#include <cstdio>
#include <sys/stat.h>

namespace kam {

static std::string export_record_path(const std::string& folder) { return folder + "/export-record.json"; }

ExportRecord read_export_record(const std::string& folder) {
    ExportRecord record;
    const std::optional<std::string> text = read_file(export_record_path(folder));
    if (!text || text->size() > 65536) return record;
    const std::optional<FlatObject> members = read_flat_object(*text);
    if (!members) return record;
    // Times are seconds since 1970 and never negative; anything else is ignored.
    const auto number = [&members](const char* key, double& out) {
        const auto it = members->numbers.find(key);
        if (it != members->numbers.end() && std::isfinite(it->second) && it->second >= 0) out = it->second;
    };
    number("last_export", record.last_export);
    number("changed_since", record.changed_since);
    number("dismissed_at", record.dismissed_at);
    double days = record.remind_after_days;
    number("remind_after_days", days);
    if (days <= 3650) record.remind_after_days = int(days);
    return record;
}

bool write_export_record(const std::string& folder, const ExportRecord& record) {
    ::mkdir(folder.c_str(), 0755);   // first visit: the workspace may not be saved yet
    char text[256];
    std::snprintf(text, sizeof text,
                  "{\"last_export\":%.0f,\"changed_since\":%.0f,\"dismissed_at\":%.0f,\"remind_after_days\":%d}",
                  record.last_export, record.changed_since, record.dismissed_at, record.remind_after_days);
    const std::string path = export_record_path(folder), temp = path + ".tmp";
    return write_file(temp, text) && std::rename(temp.c_str(), path.c_str()) == 0;
}

}  // namespace kam
