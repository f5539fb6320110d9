// The one edit API: every change is undoable, merged edits are one step, ids never repeat.
#include "core/document.h"

#include <catch2/catch.hpp>

using namespace kam;

static Account named_account(Document& doc, const std::string& name) {
    Account a;
    a.id = doc.new_id('a');
    a.name = name;
    return a;
}

TEST_CASE("insert, edit and erase an account, then undo and redo each step") {
    Document doc;
    const Workspace empty = doc.ws();
    Account a = named_account(doc, "Volvo");
    doc.insert_account(a, 0, "Add account");
    REQUIRE(doc.ws().accounts.size() == 1);

    a.industry = "Automotive";
    doc.set_account(a, "Edit industry");
    doc.erase_account(a.id, "Delete account");
    REQUIRE(doc.ws().accounts.empty());

    REQUIRE(doc.undo_label() == "Delete account");
    REQUIRE(doc.undo());
    REQUIRE(doc.ws().accounts.at(0).industry == "Automotive");
    REQUIRE(doc.undo());
    REQUIRE(doc.ws().accounts.at(0).industry.empty());
    REQUIRE(doc.undo());
    REQUIRE(doc.ws().accounts.empty());
    REQUIRE_FALSE(doc.can_undo());

    REQUIRE(doc.redo());
    REQUIRE(doc.redo());
    REQUIRE(doc.ws().accounts.at(0).industry == "Automotive");
    REQUIRE(doc.redo_label() == "Delete account");

    // A new edit after undo drops what could be redone.
    doc.undo();
    doc.undo();
    doc.set_workspace_name("Nordics");
    REQUIRE_FALSE(doc.can_redo());
    (void)empty;
}

TEST_CASE("edits with the same merge key are one undo step until sealed") {
    Document doc;
    Account a = named_account(doc, "A");
    doc.insert_account(a, 0, "Add account");
    for (const char* name : {"Å", "Ås", "Åsa"}) {
        a.name = name;
        doc.set_account(a, "Edit name", "name");
    }
    REQUIRE(doc.ws().accounts[0].name == "Åsa");
    doc.seal();
    a.name = "Åsa AB";
    doc.set_account(a, "Edit name", "name");

    doc.undo();
    REQUIRE(doc.ws().accounts[0].name == "Åsa");
    doc.undo();
    REQUIRE(doc.ws().accounts[0].name == "A");
}

TEST_CASE("different merge keys never merge") {
    Document doc;
    Account a = named_account(doc, "A");
    doc.insert_account(a, 0, "Add account");
    a.name = "B";
    doc.set_account(a, "Edit name", "name");
    a.industry = "Retail";
    doc.set_account(a, "Edit industry", "industry");
    doc.undo();
    REQUIRE(doc.ws().accounts[0].name == "B");
    REQUIRE(doc.ws().accounts[0].industry.empty());
}

TEST_CASE("replace_all is undoable and ids are never handed out twice") {
    Document doc;
    Account a = named_account(doc, "Before");
    doc.insert_account(a, 0, "Add account");
    Workspace other;
    other.next_id = 1;
    doc.replace_all(other, "New workspace");
    REQUIRE(doc.ws().accounts.empty());
    Id fresh = doc.new_id('a');
    REQUIRE(fresh != a.id);
    doc.undo();
    REQUIRE(doc.ws().accounts.at(0).name == "Before");
    REQUIRE(doc.new_id('a') != fresh);
}

TEST_CASE("replace_all can be undone and redone again and again") {
    Document doc;
    doc.insert_account(named_account(doc, "Before"), 0, "Add account");
    Workspace other;
    other.name = "Other";
    doc.replace_all(other, "New workspace");
    for (int round = 0; round < 3; round++) {
        REQUIRE(doc.ws().name == "Other");
        REQUIRE(doc.ws().accounts.empty());
        REQUIRE(doc.undo());
        REQUIRE(doc.ws().accounts.at(0).name == "Before");
        REQUIRE(doc.redo());
    }
    doc.set_workspace_name("Renamed");   // a new edit after the replacement: undo goes back step by step
    REQUIRE(doc.undo());
    REQUIRE(doc.ws().name == "Other");
    REQUIRE(doc.undo());
    REQUIRE(doc.ws().accounts.at(0).name == "Before");
}

TEST_CASE("every change, undo and redo moves the revision") {
    Document doc;
    uint64_t r0 = doc.revision();
    doc.set_workspace_name("X");
    uint64_t r1 = doc.revision();
    REQUIRE(r1 > r0);
    doc.undo();
    REQUIRE(doc.revision() > r1);
    REQUIRE(doc.ws().name == make_empty_workspace().name);
}

TEST_CASE("team, criteria and tier scheme edits round-trip through undo") {
    Document doc;
    const Workspace start = doc.ws();
    doc.set_team({{"p100", "Åsa Öberg", "Key account manager", "asa@example.com"}}, "Add person");
    auto criteria = doc.ws().criteria;
    criteria[0].weight = 50;
    doc.set_criteria(criteria, "Edit weight");
    auto scheme = doc.ws().tier_scheme;
    scheme.top_tier_capacity = 5;
    doc.set_tier_scheme(scheme, "Edit capacity");
    while (doc.undo()) {}
    Workspace back = doc.ws();
    back.next_id = start.next_id;
    REQUIRE(back == start);
}

TEST_CASE("account versions move only for the accounts a step touches") {
    Document doc;
    Account a = named_account(doc, "A"), b = named_account(doc, "B");
    doc.insert_account(a, 0, "Add account");
    doc.insert_account(b, 1, "Add account");
    const uint64_t va = doc.account_version(a.id), vb = doc.account_version(b.id);
    b.name = "B2";
    doc.set_account(b, "Edit name");
    REQUIRE(doc.account_version(a.id) == va);
    REQUIRE(doc.account_version(b.id) > vb);
    const uint64_t vb2 = doc.account_version(b.id);
    doc.undo();
    REQUIRE(doc.account_version(b.id) > vb2);
    REQUIRE(doc.account_version(a.id) == va);
    doc.replace_all(doc.ws(), "Reload");
    REQUIRE(doc.account_version(a.id) > va);
}

TEST_CASE("set_accounts changes many accounts in one undo step, and moves only their versions") {
    Document doc;
    Account a = named_account(doc, "A"), b = named_account(doc, "B"), c = named_account(doc, "C");
    doc.insert_account(a, 0, "Add account");
    doc.insert_account(b, 1, "Add account");
    doc.insert_account(c, 2, "Add account");
    Account stranger = named_account(doc, "Not in the workspace");
    const Workspace before = doc.ws();
    const uint64_t va = doc.account_version(a.id), vb = doc.account_version(b.id), vc = doc.account_version(c.id);

    a.months = {{"2026-01", std::nullopt, 100.0}};
    c.months = {{"2026-02", std::nullopt, 200.0}};
    doc.set_accounts({c, a, stranger}, "Import actuals: 2 months in 2 accounts");
    REQUIRE(doc.undo_label() == "Import actuals: 2 months in 2 accounts");
    CHECK(doc.ws().accounts.size() == 3);   // nothing is added for an unknown id
    CHECK(doc.ws().accounts[0].months == a.months);
    CHECK(doc.ws().accounts[1] == before.accounts[1]);
    CHECK(doc.ws().accounts[2].months == c.months);
    // Storage rewrites the parts of A and C only.
    CHECK(doc.account_version(a.id) > va);
    CHECK(doc.account_version(b.id) == vb);
    CHECK(doc.account_version(c.id) > vc);
    const Workspace after = doc.ws();

    REQUIRE(doc.undo());
    CHECK(doc.ws() == before);
    CHECK(doc.account_version(b.id) == vb);
    REQUIRE(doc.redo());
    CHECK(doc.ws() == after);
    REQUIRE(doc.undo());
    CHECK(doc.ws() == before);
}

TEST_CASE("set_accounts with no account of the workspace records no step") {
    Document doc;
    Account a = named_account(doc, "A");
    doc.set_accounts({a}, "Import");
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("a selection edit that changes accounts is never merged into an earlier step, so undo restores them") {
    Document doc;
    Account a = named_account(doc, "Volvo");
    a.scores[doc.ws().criteria.at(0).id] = 7;
    doc.insert_account(a, 0, "Add account");
    const Workspace before = doc.ws();

    std::vector<Criterion> criteria = doc.ws().criteria;
    criteria[0].weight = 3;
    doc.set_selection(criteria, doc.ws().tier_scheme, {}, "Weight", "criteria");
    // Removing the criterion drops its score from the account, with the same merge key.
    const Id removed = criteria[0].id;
    criteria.erase(criteria.begin());
    Account changed = doc.ws().accounts[0];
    changed.scores.erase(removed);
    doc.set_selection(criteria, doc.ws().tier_scheme, {changed}, "Remove criterion", "criteria");

    REQUIRE(doc.undo_label() == "Remove criterion");
    REQUIRE(doc.undo());
    CHECK(doc.ws().accounts[0].scores.count(removed) == 1);
    REQUIRE(doc.undo());
    CHECK(doc.ws() == before);
}

TEST_CASE("Document: read-only refuses every edit, counts it, and turns undo and redo off") {
    Document doc;
    doc.set_workspace_name("Before");
    const uint64_t revision = doc.revision();
    doc.set_read_only(true);
    REQUIRE_FALSE(doc.can_undo());
    REQUIRE_FALSE(doc.undo());

    doc.insert_account(named_account(doc, "Typed in a read-only tab"), 0, "Add account");
    doc.set_workspace_name("After");
    doc.replace_all(make_empty_workspace(), "Import");
    REQUIRE(doc.ws().name == "Before");
    REQUIRE(doc.ws().accounts.empty());
    REQUIRE(doc.revision() == revision);
    REQUIRE(doc.refused_edits() == 3);

    doc.set_read_only(false);
    REQUIRE(doc.can_undo());   // the history from before is still there
    doc.set_workspace_name("After");
    REQUIRE(doc.ws().name == "After");
    REQUIRE(doc.refused_edits() == 3);
}

TEST_CASE("Document: reload puts the stored workspace in place, with no history, even while read-only") {
    Document doc;
    doc.set_workspace_name("Mine");
    doc.set_read_only(true);
    Workspace stored = make_empty_workspace();
    stored.name = "Saved by the other tab";
    const uint64_t revision = doc.revision();
    doc.reload(stored);
    REQUIRE(doc.ws().name == "Saved by the other tab");
    REQUIRE(doc.revision() > revision);   // views and storage see the change
    REQUIRE(doc.read_only());
    doc.set_read_only(false);
    REQUIRE_FALSE(doc.can_undo());
    REQUIRE(doc.refused_edits() == 0);
}
