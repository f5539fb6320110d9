// The view remembered between visits: the account and main tab a user left are what the
// next visit opens; a view that no longer fits the workspace changes nothing.
#include "ui_harness.h"

#include "core/sample_workspace.h"
#include "ui/remembered_view.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

namespace {

// A visit as the app starts one: the first account selected, then the stored view applied.
struct Visit : UiHarness {
    explicit Visit(const std::optional<LastView>& stored) : UiHarness(make_sample_workspace()) {
        app.selected_account = app.doc.ws().accounts.front().id;
        if (stored) ui::restore_view(app, *stored);
        frames(3);
    }
};

}  // namespace

TEST_CASE("remembered view: the account and tab left open are shown on the next visit") {
    LastView left;
    {
        Visit first(std::nullopt);
        REQUIRE(ui::shown_view(first.app) == LastView{first.app.doc.ws().accounts.front().id, "Account"});
        const Account& second = first.app.doc.ws().accounts[1];
        first.click("accounts/item/" + second.name);
        first.click("tab/map");
        REQUIRE(first.has_item("map/canvas"));
        left = *ui::shown_view(first.app);
        CHECK(left == LastView{second.id, "Map"});
    }
    Visit next(left);
    CHECK(next.app.selected_account == left.account);
    CHECK(next.app.current_tab == "Map");
    CHECK(next.has_item("map/canvas"));
    CHECK(ui::shown_view(next.app) == left);
}

TEST_CASE("remembered view: nothing is remembered while a tab switch is on its way") {
    Visit visit(std::nullopt);
    visit.app.request_tab = "Tiering";
    CHECK_FALSE(ui::shown_view(visit.app));
    visit.frames(3);
    CHECK(ui::shown_view(visit.app) == LastView{visit.app.selected_account, "Tiering"});
}

TEST_CASE("remembered view: an account that no longer exists, or an unknown tab, falls back to the first account") {
    const std::string first_id = make_sample_workspace().accounts.front().id;
    for (const LastView& stored : {LastView{"a-deleted", "Map"}, LastView{first_id, "No such tab"}, LastView{"", ""}}) {
        Visit visit(stored);
        CHECK(visit.app.selected_account == first_id);
        CHECK(visit.app.current_tab == "Account");
        CHECK(visit.app.request_tab.empty());
    }
    // No account was selected (an empty workspace then): the tab alone still applies.
    Visit team(LastView{"", "Our team"});
    CHECK(team.app.current_tab == "Our team");
    CHECK(team.app.selected_account == first_id);
}
