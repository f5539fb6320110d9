#include "core/export_reminder.h"

#include <catch2/catch.hpp>

using namespace kam;

static constexpr double kDay = 86400;
static constexpr double kStart = 1'780'000'000;   // some day in 2026

TEST_CASE("Export age: never, within a day, then whole days", "[export]") {
    ExportRecord r;
    CHECK(export_age_text(r, kStart) == "Never exported");
    record_export(r, kStart);
    CHECK(export_age_text(r, kStart + 3600) == "Exported in the last 24 hours");
    CHECK(export_age_text(r, kStart + kDay + 5) == "Exported 1 day ago");
    CHECK(export_age_text(r, kStart + 15 * kDay) == "Exported 15 days ago");
    CHECK(export_age_text(r, kStart - 5 * kDay) == "Exported in the last 24 hours");   // clock set back
}

TEST_CASE("Export reminder: only with changes since the last export, after the set days", "[export]") {
    ExportRecord r;
    record_export(r, kStart);
    CHECK_FALSE(export_reminder_due(r, kStart + 100 * kDay));   // nothing changed: nothing to export
    record_change(r, kStart + 10 * kDay);
    CHECK(r.changed_since == kStart + 10 * kDay);
    record_change(r, kStart + 12 * kDay);   // the first change counts
    CHECK(r.changed_since == kStart + 10 * kDay);
    CHECK_FALSE(export_reminder_due(r, kStart + 13 * kDay));
    CHECK(export_reminder_due(r, kStart + 14 * kDay));

    r.remind_after_days = 30;
    CHECK_FALSE(export_reminder_due(r, kStart + 29 * kDay));
    CHECK(export_reminder_due(r, kStart + 30 * kDay));
    r.remind_after_days = 0;   // never
    CHECK_FALSE(export_reminder_due(r, kStart + 1000 * kDay));
}

TEST_CASE("Export reminder: never exported counts from the first change", "[export]") {
    ExportRecord r;
    CHECK_FALSE(export_reminder_due(r, kStart + 100 * kDay));   // the untouched sample
    record_change(r, kStart);
    CHECK_FALSE(export_reminder_due(r, kStart + 13 * kDay));
    CHECK(export_reminder_due(r, kStart + 14 * kDay));
}

TEST_CASE("Export reminder: put off for as many days again, and an export clears it", "[export]") {
    ExportRecord r;
    record_export(r, kStart);
    record_change(r, kStart + kDay);
    REQUIRE(export_reminder_due(r, kStart + 20 * kDay));
    dismiss_reminder(r, kStart + 20 * kDay);
    CHECK_FALSE(export_reminder_due(r, kStart + 33 * kDay));
    CHECK(export_reminder_due(r, kStart + 34 * kDay));

    record_export(r, kStart + 40 * kDay);
    CHECK(r.changed_since == 0);
    CHECK(r.dismissed_at == 0);
    CHECK_FALSE(export_reminder_due(r, kStart + 80 * kDay));
}
