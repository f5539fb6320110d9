// The Plan tab and My actions driven like a user would, by mouse and keyboard: objectives and
// actions added, measured and owned; the team's agreement; dates that are not dates; the SWOT
// edited, reordered and linked; My actions across accounts.
#include "ui_harness.h"

#include "core/planning/planning.h"

#include <catch2/catch.hpp>

using kam::test::UiHarness;
using namespace kam;

static Workspace small_workspace() {
    Workspace ws = make_empty_workspace();
    ws.team = {{"p1", "Anna Berg", "Account manager"}, {"p2", "Olle Lind", "Mentor"}};
    for (const char* name : {"Acme", "Bolt"}) {
        Account a;
        a.id = ws.new_id('a');
        a.name = name;
        a.manager = "p1";
        a.mentor = "p2";
        a.team = {"p1", "p2"};
        a.contacts = {test::contact_at(ws.new_id('c'), "Eva Ek", "Board"), test::contact_at(ws.new_id('c'), "Nils Nord", "Finance")};
        ws.accounts.push_back(a);
    }
    return ws;
}

struct PlanUi : UiHarness {
    PlanUi() : UiHarness(small_workspace()) {
        app.host.today = [] { return std::string("2026-12-01"); };
        app.selected_account = app.doc.ws().accounts[0].id;
        frames(2);
        click("tab/plan");
    }
    const Plan& plan() const { return app.doc.ws().accounts[0].plan; }
    // Only the named sections open, so what a test works on is on screen.
    void only_open(std::initializer_list<const char*> open) {
        for (const char* section : {"header", "customer", "swot", "value", "objectives", "actions"}) {
            const bool wanted = std::find_if(open.begin(), open.end(), [&](const char* s) { return std::string(s) == section; }) != open.end();
            const bool is_open = has_item(std::string("plan/section/") + section) && section_open(section);
            if (wanted != is_open) click(std::string("plan/section/") + section);
        }
    }
    bool section_open(const std::string& section) const {
        static const std::map<std::string, std::string> first_item = {
            {"header", "plan/period"}, {"customer", "plan/customer_objective/add"}, {"swot", "plan/strengths/add"},
            {"value", "plan/value_added/add"}, {"objectives", "plan/objective/add"}, {"actions", "plan/action/add"}};
        return has_item(first_item.at(section));
    }
    // Picks entry 'n' (0 = the first) of the combo 'name' by keyboard, as a user may.
    void pick(const std::string& name, int n) {
        click(name);
        for (int i = 0; i < n; i++) press(ImGuiKey_DownArrow);
        press(ImGuiKey_Enter);
    }
};

TEST_CASE("an objective is added, measured and owned, its progress shows, and each typed field is one undo step") {
    PlanUi ui;
    ui.only_open({"objectives"});
    ui.click("plan/objective/add");
    REQUIRE(ui.plan().objectives.size() == 1);
    const Objective& o = ui.plan().objectives[0];
    CHECK(o.owner == "p1");   // the account manager, to change
    CHECK(o.id.starts_with("o"));
    ui.fill("plan/objective/0/text", "Win the pilot");
    ui.fill("plan/objective/0/target", "600");
    ui.fill("plan/objective/0/current", "150");
    CHECK(ui.plan().objectives[0].text == "Win the pilot");
    CHECK(ui.text("plan/objective/0/progress") == "25%");
    ui.fill("plan/objective/0/due", "2026-11-30");
    CHECK(ui.plan().objectives[0].due == "2026-11-30");
    CHECK(ui.text("plan/objective/0/overdue") == "overdue");
    ui.pick("plan/objective/0/status", 3);   // Achieved
    CHECK(ui.plan().objectives[0].status == ObjectiveStatus::Achieved);
    CHECK(ui.text("plan/objective/0/overdue").empty());

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // the status
    CHECK(ui.plan().objectives[0].status == ObjectiveStatus::OnTrack);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // the due date, typed in one step
    CHECK(ui.plan().objectives[0].due.empty());
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.plan().objectives[0].current == 0);
}

TEST_CASE("a date that is not a date is not taken, and leaving the field says so") {
    PlanUi ui;
    ui.only_open({"header"});
    ui.fill("plan/valid_until", "2027-12-31");
    CHECK(ui.plan().valid_until == "2027-12-31");
    ui.click("plan/valid_until");
    ui.press(ImGuiKey_A, ImGuiMod_Ctrl);
    ui.type("31.12.2028");
    CHECK(ui.plan().valid_until == "2027-12-31");   // not a date: nothing committed while typing
    ui.click("plan/period");                         // leaves the field
    CHECK(ui.plan().valid_until == "2027-12-31");
    CHECK(ui.text("status/notice").find("\"31.12.2028\" is not a date") != std::string::npos);
    CHECK(ui.app.notice.is_error);
    ui.fill("plan/valid_until", "2026-10-31");
    CHECK(ui.text("plan/expired") == "expired");
}

TEST_CASE("the team agrees to the plan one by one, with today's date, and the mentor's review is recorded") {
    PlanUi ui;
    ui.only_open({"header"});
    ui.click("plan/agreed/Anna Berg");
    REQUIRE(ui.plan().agreed.size() == 1);
    CHECK(ui.plan().agreed[0].person == "p1");
    CHECK(ui.plan().agreed[0].date == "2026-12-01");
    ui.pick("plan/status", 1);
    CHECK(ui.plan().status == PlanStatus::Agreed);
    ui.click("plan/agreed/Anna Berg");
    CHECK(ui.plan().agreed.empty());

    CHECK(ui.text("plan/mentor_review").empty());
    ui.click("plan/record_mentor_review");
    CHECK(ui.text("plan/mentor_review") == "2026-12-01");
    CHECK(ui.app.doc.ws().accounts[0].reviews.back().reviewer == "p2");
}

TEST_CASE("SWOT items are typed, reordered, marked internal, linked to a contact and followed") {
    PlanUi ui;
    ui.only_open({"swot"});
    ui.click("plan/strengths/add");
    ui.fill("plan/strengths/0/text", "Installed base");
    ui.click("plan/strengths/add");
    ui.fill("plan/strengths/1/text", "Champion on the board");
    ui.click_at(ImVec2(ui.rect("plan/strengths/1/text")[0] - ImGui::GetFrameHeight() * 1.5f, ui.center("plan/strengths/1/text").y));   // ▲
    REQUIRE(ui.plan().strengths.size() == 2);
    CHECK(ui.plan().strengths[0].text == "Champion on the board");

    ui.click("plan/strengths/0/options");
    ui.pick("plan/swot_options/visibility", 1);   // Internal
    CHECK(ui.plan().strengths[0].visibility == Visibility::Internal);
    CHECK_FALSE(shown_to_customer(PlanList::Strengths, ui.plan().strengths[0].visibility));

    Account linked = ui.app.doc.ws().accounts[0];   // the link combo lists objectives and contacts; set it as it would
    linked.plan.strengths[0].link = ItemLink::Contact;
    linked.plan.strengths[0].target = linked.contacts[0].id;
    ui.app.doc.set_account(linked, "Link");
    ui.press(ImGuiKey_Escape);   // closes the options
    ui.frames(2);
    ui.click("plan/strengths/0/follow");
    ui.frames(2);
    CHECK(ui.app.current_tab == "Map");   // the map shows, flying to the contact
}

TEST_CASE("an action owned by a team member appears in that person's My actions, and done there it leaves the list") {
    PlanUi ui;
    ui.only_open({"actions"});
    ui.click("plan/action/add");
    ui.fill("plan/action/0/text", "Reference visit");
    ui.pick("plan/action/0/owner", 2);   // (nobody), Anna, Olle
    CHECK(ui.plan().actions[0].owner == "p2");
    ui.fill("plan/action/0/due", "2026-11-20");
    CHECK(ui.text("plan/action/0/overdue") == "overdue");

    ui.click("tab/my_actions");
    ui.pick("my_actions/person", 2);
    CHECK(ui.text("my_actions/count") == "1");
    CHECK(ui.text("my_actions/0/0/text") == "Reference visit");
    CHECK(ui.text("my_actions/0/0/overdue") == "overdue");
    ui.pick("my_actions/0/0/status", 2);   // Done
    CHECK(ui.plan().actions[0].status == ActionStatus::Done);
    CHECK(ui.plan().actions[0].done_on == "2026-12-01");
    CHECK(ui.text("my_actions/count") == "0");

    ui.click("my_actions/finished");   // the done ones too; a click on the account opens its plan
    CHECK(ui.text("my_actions/count") == "1");
    ui.click("my_actions/0/0/account");
    ui.frames(2);
    CHECK(ui.app.current_tab == "Plan");
    CHECK(ui.app.selected_account == ui.app.doc.ws().accounts[0].id);
}

TEST_CASE("the account team's standing objectives are offered as editable items") {
    PlanUi ui;
    ui.only_open({"objectives"});
    ui.click("plan/objective/standard");
    REQUIRE(ui.plan().objectives.size() == standard_team_objectives().size());
    CHECK(ui.plan().objectives[0].text == standard_team_objectives()[0]);
    CHECK(ui.plan().objectives[0].kind == ObjectiveKind::Relationship);
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);   // one step
    CHECK(ui.plan().objectives.empty());
}

TEST_CASE("every section is rated, and the accounts list shows how many are complete") {
    PlanUi ui;
    CHECK(ui.text("plan/section/swot/rating") == "empty");
    CHECK(ui.text("accounts/plan/Acme") == "0/6");
    Account a = ui.app.doc.ws().accounts[0];
    a.plan.strengths = a.plan.weaknesses = a.plan.opportunities = a.plan.threats = {{"x"}};
    a.plan.value_added = {{"Uptime"}};
    ui.app.doc.set_account(a, "Fill");
    ui.frames(2);
    CHECK(ui.text("plan/section/swot/rating") == "complete");
    CHECK(ui.text("plan/section/value/rating") == "partial");
    CHECK(ui.text("accounts/plan/Acme") == "1/6");
}

TEST_CASE("the whitespace grid by keyboard: arrows move the selection, Enter edits the cell, Delete clears it") {
    PlanUi ui;
    ui.only_open({});   // the six sections folded: the grid (open at first) is on screen
    ui.click("plan/offerings/add");
    ui.click("plan/offerings/add");
    ui.click("plan/units/add");
    REQUIRE(ui.app.doc.ws().offerings.size() == 2);
    REQUIRE(ui.plan().units.size() == 1);
    ui.click("plan/cell/0/0");
    ui.press(ImGuiKey_RightArrow);
    CHECK(ui.app.plan_view.cell_offering == ui.app.doc.ws().offerings[1].id);
    ui.press(ImGuiKey_Enter);
    ui.pick("plan/cell/status", 3);   // Opportunity
    ui.fill("plan/cell/value", "50000");
    ui.click("plan/cell/done");
    REQUIRE(ui.plan().whitespace.size() == 1);
    CHECK(ui.plan().whitespace[0].status == CellStatus::Opportunity);
    CHECK(ui.plan().whitespace[0].offering == ui.app.doc.ws().offerings[1].id);
    CHECK(ui.text("plan/cell/0/1") == "Opportunity 50k");
    CHECK(ui.text("plan/whitespace/total") == "0/0/50000/50000");

    ui.click("plan/cell/0/1");
    ui.press(ImGuiKey_Delete);
    CHECK(ui.plan().whitespace.empty());
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.plan().whitespace.size() == 1);
}

TEST_CASE("an offering is removed from every account in one undoable step, after a confirmation when its column holds cells") {
    PlanUi ui;
    Workspace ws = ui.app.doc.ws();
    ws.offerings = {{"f1", "Automation"}, {"f2", "Maintenance"}, {"f3", "Cold chain"}};
    for (Account& a : ws.accounts) {
        a.plan.units = {{"u1", "Aarhus"}};
        a.plan.whitespace = {{"u1", "f1", CellStatus::Sold, 100}, {"u1", "f2", CellStatus::Opportunity, 50}};
    }
    ui.app.doc.replace_all(ws, "Grid");
    ui.frames(2);
    ui.only_open({});
    ui.click("plan/offerings");

    ui.click("plan/offering/2/remove");   // an empty column goes at once
    REQUIRE(ui.app.doc.ws().offerings.size() == 2);

    ui.click("plan/offering/0/remove");
    CHECK(ui.app.doc.ws().offerings.size() == 2);   // not before the confirmation
    ui.click("plan/offering/0/remove/confirm");
    REQUIRE(ui.app.doc.ws().offerings.size() == 1);
    CHECK(ui.app.doc.ws().offerings[0].id == "f2");
    for (const Account& a : ui.app.doc.ws().accounts) {
        REQUIRE(a.plan.whitespace.size() == 1);
        CHECK(a.plan.whitespace[0].offering == "f2");
    }
    CHECK(ui.text("plan/cell/0/0") == "Opportunity 50");

    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.app.doc.ws().offerings.size() == 2);
    CHECK(ui.app.doc.ws().accounts[1].plan.whitespace.size() == 2);
}

TEST_CASE("the contact editor sets a development target, and the card carries its badge") {
    PlanUi ui;
    ui.click("tab/map");
    ui.app.map.edit_contact = ui.app.doc.ws().accounts[0].contacts[0].id;
    ui.frames(3);
    ui.pick("map/edit/development/target", 4);   // Trusted advisor
    const Contact& c = ui.app.doc.ws().accounts[0].contacts[0];
    CHECK(c.development.target == RelationshipLevel::TrustedAdvisor);
    ui.pick("map/edit/development/developer", 1);
    CHECK(ui.app.doc.ws().accounts[0].contacts[0].development.developer == "p1");
    ui.fill("map/edit/development/by", "2026-11-01");
    CHECK(ui.app.doc.ws().accounts[0].contacts[0].development.by == "2026-11-01");
    ui.click("map/edit/close");
    CHECK(ui.text("map/card/" + c.id + "/development") == "\xE2\x86\x92 Trusted advisor");
}

TEST_CASE("a change of stage or relationship level is recorded with today's date, in one undo step") {
    PlanUi ui;
    ui.only_open({"header"});
    CHECK_FALSE(ui.has_item("plan/timeline"));   // nothing has changed yet
    ui.pick("profile/stage", 1);    // Contract negotiation
    ui.pick("profile/level", 2);    // Cooperative
    const Account& a = ui.app.doc.ws().accounts[0];
    CHECK(a.stage == Stage::Negotiation);
    CHECK(a.partnership == PartnershipLevel::Cooperative);
    REQUIRE(a.stage_history.size() == 1);
    CHECK(a.stage_history[0].date == "2026-12-01");
    REQUIRE(a.level_history.size() == 1);
    CHECK(ui.has_item("plan/timeline"));           // drawn: a lane each
    ui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(ui.app.doc.ws().accounts[0].level_history.empty());
    CHECK(ui.app.doc.ws().accounts[0].partnership == PartnershipLevel::Exploratory);
}

TEST_CASE("the customer-safe view shows the plan as the customer may see it, and what is added there is shared") {
    PlanUi ui;
    Account a = ui.app.doc.ws().accounts[0];
    a.plan.strengths = {{"Installed base"}, {"Our margin", Visibility::Internal}};
    a.plan.weaknesses = {{"Slow quotes"}};
    a.plan.objectives = {{"o1", "Renew"}, {"o2", "Win the CFO"}};
    a.plan.objectives[1].visibility = Visibility::Internal;
    a.plan.actions = {{"Prepare", "o1"}, {"Joint roadmap", "o1"}};
    a.plan.actions[1].visibility = Visibility::Shared;
    a.plan.competitors = {{"Rival AB"}};
    ui.app.doc.set_account(a, "Fill the plan");
    ui.frames(2);
    ui.only_open({"swot"});
    CHECK(ui.has_item("plan/strengths/1/text"));
    CHECK(ui.has_item("plan/weaknesses/0/text"));

    ui.click("plan/customer_safe");
    CHECK(ui.app.map.customer_safe);   // one switch: the map follows
    CHECK(ui.has_item("plan/strengths/0/text"));
    CHECK_FALSE(ui.has_item("plan/strengths/1/text"));   // internal
    CHECK_FALSE(ui.has_item("plan/weaknesses/0/text"));  // weaknesses show only when shared
    CHECK_FALSE(ui.has_item("plan/section/swot/rating"));
    CHECK_FALSE(ui.has_item("plan/section/whitespace"));
    ui.click("plan/weaknesses/add");   // made with the customer: shared with them
    REQUIRE(ui.plan().weaknesses.size() == 2);
    CHECK(ui.plan().weaknesses[1].visibility == Visibility::Shared);
    CHECK(ui.has_item("plan/weaknesses/1/text"));

    ui.only_open({"objectives", "actions"});
    CHECK(ui.has_item("plan/objective/0/text"));
    CHECK_FALSE(ui.has_item("plan/objective/1/text"));
    CHECK_FALSE(ui.has_item("plan/action/0/text"));
    ui.fill("plan/action/1/text", "Joint roadmap session");   // editable in the view: joint planning
    CHECK(ui.plan().actions[1].text == "Joint roadmap session");

    ui.only_open({"customer"});
    CHECK(ui.has_item("plan/customer_objective/add"));
    CHECK_FALSE(ui.has_item("plan/competitors/add"));
    ui.click("plan/customer_safe");
    CHECK_FALSE(ui.app.map.customer_safe);
}

TEST_CASE("a SWOT item linked to a whitespace cell leads to that cell, and the link goes with the cell's unit") {
    PlanUi ui;
    Workspace ws = ui.app.doc.ws();
    ws.offerings = {{"f1", "Automation"}, {"f2", "Maintenance"}};
    Plan& p = ws.accounts[0].plan;
    p.units = {{"u1", "Aarhus"}, {"u2", "Hamburg"}};
    p.whitespace = {{"u2", "f2", CellStatus::Competitor, 0, "Rival AB"}};
    p.threats = {{"Rival AB holds maintenance in Hamburg", Visibility::Default, ItemLink::Cell, "u2", "f2"}};
    ui.app.doc.replace_all(ws, "Grid");
    ui.frames(2);
    ui.only_open({"swot"});
    ui.click("plan/threats/0/follow");
    ui.frames(3);
    CHECK(ui.app.plan_view.cell_unit == "u2");
    CHECK(ui.app.plan_view.cell_offering == "f2");
    CHECK_FALSE(ui.app.plan_view.scroll_to_cell);   // the grid showed it
    CHECK(ui.has_item("plan/cell/1/1"));

    ui.click("plan/unit/1/remove");
    REQUIRE(ui.plan().units.size() == 1);
    CHECK(ui.plan().threats[0].link == ItemLink::None);
    CHECK(ui.plan().threats[0].text == "Rival AB holds maintenance in Hamburg");
}
