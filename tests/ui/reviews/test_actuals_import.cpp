// File > Import actuals (CSV) driven like a user would: the file picked from the menu, the preview
// with its counts, changes and refused lines, Apply as one undo step, Cancel, a file refused whole,
// and no import while the workspace is read-only.
#include "ui_harness.h"

#include "core/reviews/deviation.h"
#include "core/sample_workspace.h"
#include "ui/reviews/actuals_import.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

struct ActualsImportUi : UiHarness {
    std::string file;   // what the file picker answers with
    ActualsImportUi() : UiHarness(make_sample_workspace()) {
        app.host.pick_actuals_file = [this] { ui::import_actuals_text(app, file, "actuals.csv"); };
        frames(2);
    }
    void pick(std::string text) {
        file = std::move(text);
        click("menu/file");
        click("menu/file/import_actuals");
        frames(2);
    }
    std::optional<double> actual(const std::string& account, const std::string& month) const {
        for (const MonthFigures& f : app.doc.ws().find_account(account)->months)
            if (f.month == month) return f.actual;
        return std::nullopt;
    }
};

// Three accounts of the sample, by name (any case) and by id; one line for an account the
// workspace does not have, one with an amount that is not one.
static const char* kThreeAccounts =
    "Account;Month;Amount\r\n"
    "Nordhavn Logistics;2026-10;101 000,50\r\n"
    "nordhavn logistics;2026-11;102000\r\n"
    "a61;2026-10;201000\r\n"
    "a61;2026-11;202000\r\n"
    "Aurelia Foods;10/2026;301000\r\n"
    "Aurelia Foods;11/2026;302000\r\n"
    "Acme Ltd;2026-11;5\r\n"
    "a74;2026-12;lots\r\n";

TEST_CASE("an import of actuals previews its changes and refused lines, and applies as one undo step") {
    ActualsImportUi ui;
    const Workspace before = ui.app.doc.ws();
    ui.pick(kThreeAccounts);
    const std::string summary = ui.text("dialog/actuals/summary");
    INFO(summary);
    CHECK(summary.find("8 lines of actuals, separated by semicolons, with a header row") != std::string::npos);
    CHECK(summary.find("6 actuals change in 3 accounts") != std::string::npos);
    CHECK(summary.find("2 lines have problems and are skipped") != std::string::npos);
    CHECK(ui.text("dialog/actuals/problems") == "line 8: unknown account \"Acme Ltd\"\nline 9, column 3: \"lots\" is not an amount");
    CHECK(ui.text("dialog/actuals/changes").find("line 2: Nordhavn Logistics 2026-10") == 0);
    CHECK(ui.app.doc.ws() == before);   // a preview changes nothing

    ui.click("dialog/actuals/apply");
    CHECK_FALSE(ui.has_item("dialog/actuals/apply"));
    CHECK(ui.actual("a16", "2026-10") == 101000.5);
    CHECK(ui.actual("a61", "2026-11") == 202000.0);
    CHECK(ui.actual("a74", "2026-10") == 301000.0);
    CHECK(ui.app.doc.undo_label() == "Import actuals: 6 months in 3 accounts");
    CHECK(ui.app.notice.text == "Imported actuals: 6 months in 3 accounts from actuals.csv; 2 lines skipped. Edit > Undo takes them back.");

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // one step takes back all six
    CHECK(ui.app.doc.ws() == before);
    ui.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(ui.actual("a74", "2026-11") == 302000.0);
}

TEST_CASE("an import of actuals cancelled, or refused whole, changes nothing") {
    ActualsImportUi ui;
    const Workspace before = ui.app.doc.ws();
    ui.pick(kThreeAccounts);
    ui.click("dialog/actuals/cancel");
    CHECK_FALSE(ui.has_item("dialog/actuals/cancel"));
    CHECK(ui.app.doc.ws() == before);
    CHECK_FALSE(ui.app.doc.can_undo());

    ui.pick("account,month,amount\na16,\"2026-10,5\n");
    CHECK(ui.text("dialog/actuals/summary") ==
          "Nothing can be imported from actuals.csv: line 2: a quote opens a field that never closes, so the rest of the file would be inside it");
    CHECK_FALSE(ui.has_item("dialog/actuals/apply"));
    ui.click("dialog/actuals/cancel");
    CHECK(ui.app.doc.ws() == before);
}

TEST_CASE("the preview of an import of actuals follows the workspace when it changes under it") {
    ActualsImportUi ui;
    ui.pick("a16,2026-10,5\n");
    CHECK(ui.app.actuals_import.preview.changes.size() == 1);
    Account a = *ui.app.doc.ws().find_account("a16");
    set_figure(a, "2026-10", Figure::Actual, 5.0);   // meanwhile the same figure arrives (another tab, say)
    ui.app.doc.set_account(a, "Edit");
    ui.frames(2);
    CHECK(ui.app.actuals_import.preview.changes.empty());
    CHECK(ui.app.actuals_import.preview.unchanged == 1);
}

TEST_CASE("no import of actuals while the workspace is read-only here") {
    ActualsImportUi ui;
    ui.app.doc.set_read_only(true);
    ui.frames(2);
    ui.pick("a16,2026-10,5\n");   // the menu item is disabled
    CHECK_FALSE(ui.app.actuals_import.open);
    ui::import_actuals_text(ui.app, "a16,2026-10,5\n", "late.csv");   // a file picked just before
    ui.frames(2);
    CHECK_FALSE(ui.app.actuals_import.open);
    CHECK(ui.app.notice.is_error);
}
