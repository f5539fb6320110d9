// The Forecast tab of the sample's first account (Nordhavn Logistics, figures for 2026) on
// 2026-12-01, for the tests that drive it like a user.
#pragma once

#include "ui_harness.h"

#include "core/sample_workspace.h"

#include <optional>
#include <string>

namespace kam::test {

struct ForecastUi : UiHarness {
    ForecastUi() : UiHarness(make_sample_workspace()) {
        app.host.today = [] { return std::string("2026-12-01"); };
        app.selected_account = app.doc.ws().accounts[0].id;
        frames(2);
        click("tab/forecast");
    }
    const Account& account() const { return app.doc.ws().accounts[0]; }
    const MonthFigures* month(const std::string& m) const {
        for (const MonthFigures& f : account().months)
            if (f.month == m) return &f;
        return nullptr;
    }
    // Clicks a field, types over what it holds and leaves it with Enter.
    void type_into(const std::string& name, const std::string& text) {
        click(name);
        press(ImGuiKey_A, ImGuiMod_Ctrl);
        type(text.c_str());
        press(ImGuiKey_Enter);
        frames(2);
    }
};

}  // namespace kam::test
