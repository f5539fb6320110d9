// A column pasted from a spreadsheet into the Forecast tab, as a user does it: a cell is edited,
// Ctrl+V; the column fills that month and the older ones below it in one undo step. A column with
// a bad line changes nothing and says which line; a single line stays an ordinary paste.
#include "forecast_ui.h"

#include <catch2/catch.hpp>

using namespace kam;

struct PasteUi : kam::test::ForecastUi {
    std::optional<double> forecast(const std::string& m) const {
        for (const MonthFigures& f : account().months)
            if (f.month == m) return f.forecast;
        return std::nullopt;
    }
    void paste_into(const std::string& name, const char* clipboard) {
        ImGui::SetClipboardText(clipboard);
        click(name);
        press(ImGuiKey_A, ImGuiMod_Ctrl);   // over what the cell holds, as a single line would be
        press(ImGuiKey_V, ImGuiMod_Ctrl);   // a column leaves the cell by itself; one line stays in it
        frames(2);
    }
};

TEST_CASE("a column pasted into the forecast fills three months down the table in one undo step") {
    PasteUi ui;
    const std::optional<double> september = ui.forecast("2026-09");
    ui.paste_into("forecast/2026-12/forecast", "120 000\r\n95000,5\r\n80.000,25\r\n");
    // "80.000,25" (a point grouping thousands) is refused: a point or comma is always the decimal mark.
    CHECK(ui.app.notice.text == "Nothing pasted: line 3: \"80.000,25\" is not a number");
    CHECK(ui.app.notice.is_error);

    const Account before = ui.account();
    ui.paste_into("forecast/2026-12/forecast", "120 000\r\n95000,5\r\n80000.25\r\n");
    CHECK(ui.forecast("2026-12") == 120000.0);
    CHECK(ui.forecast("2026-11") == 95000.5);
    CHECK(ui.forecast("2026-10") == 80000.25);
    CHECK(ui.forecast("2026-09") == september);
    CHECK_FALSE(ui.app.notice.is_error);
    CHECK(ui.app.notice.text == "Pasted 3 forecasts, 2026-12 down to 2026-10");
    CHECK(ui.app.doc.undo_label() == "Paste 3 forecasts");
    CHECK(ui.text("forecast/2026-11/forecast") == "95000.5");

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.account() == before);
}

TEST_CASE("a pasted column with a bad line changes nothing and names the line") {
    PasteUi ui;
    const Account before = ui.account();
    const std::string shown = ui.text("forecast/2026-12/actual");
    ui.paste_into("forecast/2026-12/actual", "1000\n2000\nabc\n4000\n");
    CHECK(ui.account() == before);
    CHECK(ui.app.notice.is_error);
    CHECK(ui.app.notice.text == "Nothing pasted: line 3: \"abc\" is not a number");
    CHECK(ui.text("forecast/2026-12/actual") == shown);
}

TEST_CASE("a single line pasted into a forecast cell is an ordinary paste into that cell") {
    PasteUi ui;
    const std::optional<double> november = ui.forecast("2026-11");
    ui.paste_into("forecast/2026-12/forecast", "7 500,5\n");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.forecast("2026-12") == 7500.5);
    CHECK(ui.forecast("2026-11") == november);
    CHECK(ui.app.doc.undo_label() == "Edit the forecast of 2026-12");
}
