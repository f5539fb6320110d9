// The main views driven like a user would: add and name an account, undo it, delete with
// confirmation, edit the team.
#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;

TEST_CASE("add an account and give it a Swedish name, then undo") {
    UiHarness ui;
    REQUIRE(ui.app.doc.ws().accounts.empty());
    ui.click("accounts/add");
    REQUIRE(ui.app.doc.ws().accounts.size() == 1);
    ui.fill("profile/name", "Åsa Öberg AB");
    REQUIRE(ui.app.doc.ws().accounts[0].name == "Åsa Öberg AB");
    REQUIRE(ui.has_item("accounts/item/Åsa Öberg AB"));

    // The whole typed name is one undo step, then the add is the next.
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.app.doc.ws().accounts[0].name == "New account");
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.app.doc.ws().accounts.empty());
    ui.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    REQUIRE(ui.app.doc.ws().accounts.size() == 1);
}

TEST_CASE("an emptied name is not committed") {
    UiHarness ui;
    ui.click("accounts/add");
    ui.fill("profile/name", "");
    REQUIRE(ui.app.doc.ws().accounts[0].name == "New account");
}

TEST_CASE("delete asks first, and undo brings the account back") {
    UiHarness ui(kam::make_sample_workspace());
    const size_t before = ui.app.doc.ws().accounts.size();
    const std::string first = ui.app.doc.ws().accounts[0].name;
    ui.click("accounts/item/" + first);
    ui.click("accounts/delete");
    REQUIRE(ui.app.doc.ws().accounts.size() == before);   // only asked so far
    ui.click("dialog/delete/confirm");
    REQUIRE(ui.app.doc.ws().accounts.size() == before - 1);
    REQUIRE(ui.app.doc.ws().accounts[0].name != first);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.app.doc.ws().accounts.size() == before);
    REQUIRE(ui.app.doc.ws().accounts[0].name == first);
}

TEST_CASE("the filter narrows the account list") {
    UiHarness ui(kam::make_sample_workspace());
    const std::string first = ui.app.doc.ws().accounts[0].name;
    const std::string second = ui.app.doc.ws().accounts[1].name;
    REQUIRE(ui.has_item("accounts/item/" + second));
    ui.fill("accounts/filter", first.c_str());
    REQUIRE(ui.has_item("accounts/item/" + first));
    REQUIRE_FALSE(ui.has_item("accounts/item/" + second));
}

TEST_CASE("team members are added and renamed in the team tab") {
    UiHarness ui;
    ui.click("tab/team");
    ui.click("team/add");
    REQUIRE(ui.app.doc.ws().team.size() == 1);
    ui.fill("team/name/0", "Łukasz Nowak");
    REQUIRE(ui.app.doc.ws().team[0].name == "Łukasz Nowak");
}

TEST_CASE("a read-only tab says so before anyone types, refuses edits with a reason, and offers Use here") {
    UiHarness ui(kam::make_sample_workspace());
    REQUIRE_FALSE(ui.has_item("storage/banner"));
    int asked = 0;
    ui.app.host.use_here = [&] { asked++; };
    ui.app.storage_access = kam::StorageAccess::OtherTab;
    ui.app.doc.set_read_only(true);
    ui.frames(2);
    REQUIRE(ui.text("storage/banner").starts_with("Read-only: this workspace is open in another tab"));

    const size_t before = ui.app.doc.ws().accounts.size();
    ui.click("accounts/add");
    REQUIRE(ui.app.doc.ws().accounts.size() == before);
    REQUIRE(ui.text("status/notice").starts_with("Not changed: this tab is read-only"));

    ui.click("storage/use_here");
    REQUIRE(asked == 1);
}

TEST_CASE("a workspace saved by a newer version: the banner says to reload, and offers no Use here") {
    UiHarness ui(kam::make_sample_workspace());
    ui.app.storage_access = kam::StorageAccess::NewerVersion;
    ui.app.doc.set_read_only(true);
    ui.frames(2);
    REQUIRE(ui.text("storage/banner").find("newer version of KAM Canvas") != std::string::npos);
    REQUIRE_FALSE(ui.has_item("storage/use_here"));
}

TEST_CASE("Help > Storage lists the backups, and Restore puts one in place in one undoable step") {
    UiHarness ui(kam::make_sample_workspace());
    kam::Workspace older = kam::make_empty_workspace();
    older.name = "The workspace of yesterday";
    ui.app.host.wall_clock = [] { return 100000.0; };
    ui.app.host.list_backups = [] {
        return std::vector<kam::BackupInfo>{{1, 100000.0 - 3 * 3600, 2048, 0, {}}, {2, 0, 10, 0, "damaged"}};
    };
    ui.app.host.read_backup = [&](int number) {
        kam::LoadResult r;
        if (number == 1) r.workspace = older;
        return r;
    };
    const kam::Workspace before = ui.app.doc.ws();
    ui.click("menu/help");
    ui.click("menu/help/storage");
    REQUIRE(ui.text("storage/backup/1/age") == "3 hours ago");
    REQUIRE(ui.text("storage/backup/2/accounts") == "cannot be read");

    ui.click("storage/backup/1/restore");
    REQUIRE(ui.app.doc.ws().name == "The workspace of yesterday");
    REQUIRE(ui.text("status/notice").starts_with("Restored the backup saved 3 hours ago"));
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(ui.app.doc.ws() == before);
}

TEST_CASE("Help > Storage shows what the browser allows and whether it keeps it, and over 80% full warns in the status bar") {
    UiHarness ui(kam::make_sample_workspace());
    kam::BrowserStorage browser{true, 50.0 * 1048576, 1024.0 * 1048576, false};
    ui.app.host.browser_storage = [&] { return browser; };
    ui.app.storage_window.open = true;
    ui.frames(2);
    REQUIRE(ui.text("storage/usage") == "50 MB used of 1024 MB this browser allows (4%)");
    REQUIRE(ui.text("storage/persisted") == "not granted");
    REQUIRE(ui.text("status/storage_warning").empty());

    browser.usage = 900.0 * 1048576;
    browser.persisted = true;
    ui.frames(2);
    REQUIRE(ui.text("storage/persisted") == "granted");
    REQUIRE(ui.text("status/storage_warning").starts_with("Browser storage is over 80% full"));
}

TEST_CASE("the status bar says when the workspace was last exported, and the reminder offers Export and can be put off") {
    UiHarness ui(kam::make_sample_workspace());
    constexpr double kDay = 86400;
    double now = 1'780'000'000;
    std::string downloaded;
    ui.app.host.wall_clock = [&] { return now; };
    ui.app.host.download = [&](const std::string& name, const std::string&) { downloaded = name; };
    ui.frames(2);
    REQUIRE(ui.text("status/export") == "Never exported");
    REQUIRE_FALSE(ui.has_item("export_reminder/export"));

    kam::record_change(ui.app.export_record, now);   // the app records each save of an edit
    now += 15 * kDay;
    ui.frames(2);
    REQUIRE(ui.text("export_reminder/text").find("never been exported") != std::string::npos);
    ui.click("export_reminder/later");
    REQUIRE_FALSE(ui.has_item("export_reminder/export"));
    now += 14 * kDay;
    ui.frames(2);
    ui.click("export_reminder/export");
    REQUIRE(downloaded.starts_with("kam-canvas"));
    REQUIRE(ui.app.exported_revision == ui.app.doc.revision());
    REQUIRE_FALSE(ui.has_item("export_reminder/export"));
    REQUIRE(ui.text("status/export") == "Exported in the last 24 hours");

    now += 40 * kDay;   // nothing changed since: the status bar ages, no reminder
    ui.frames(2);
    REQUIRE(ui.text("status/export") == "Exported 40 days ago");
    REQUIRE_FALSE(ui.has_item("export_reminder/export"));

    // A read-only tab does not remind: its banner says why it cannot save instead.
    kam::record_change(ui.app.export_record, now);
    ui.app.doc.set_read_only(true);
    ui.frames(2);
    REQUIRE_FALSE(ui.has_item("export_reminder/export"));
}

TEST_CASE("Help > Storage shows the workspace's size, when it was last exported, and sets the reminder's days") {
    UiHarness ui(kam::make_sample_workspace());
    ui.app.host.wall_clock = [] { return 1'780'000'000.0; };
    ui.app.host.list_backups = [] { return std::vector<kam::BackupInfo>{}; };
    ui.app.host.stored_bytes = [] { return size_t(3 * 1048576); };
    ui.app.export_record.last_export = 1'780'000'000.0 - 3 * 86400;
    ui.app.storage_window.open = true;
    ui.frames(2);
    REQUIRE(ui.text("storage/workspace_size") == "The workspace takes 3 MB.");
    REQUIRE(ui.text("storage/last_export") == "Exported 3 days ago");
    const auto field = ui.rect("storage/remind_days");   // the number, left of its - and + buttons
    ui.click_at(ImVec2(field[0] + 4, field[1] + field[3] / 2));
    ui.press(ImGuiKey_A, ImGuiMod_Ctrl);
    ui.type("30");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.export_record.remind_after_days == 30);
}
