// KAM Canvas: the export record (core/export_reminder.h) of this device, in its own small file
// beside the workspace (export-record.json in the storage folder), never in the workspace JSON.
#pragma once

#include "core/export_reminder.h"

#include <string>

namespace kam {

// A missing or unreadable file gives a fresh record (never exported, the default reminder):
// the record only drives a reminder, and a lost one must never stop the app.
ExportRecord read_export_record(const std::string& folder);

// Written through a temporary file renamed over the old one. False when it could not be written.
bool write_export_record(const std::string& folder, const ExportRecord& record);

}  // namespace kam
