#include "core/document.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace kam {

Document::Document(Workspace ws) : ws_(std::move(ws)) {}

// Every edit ends here: apply it, then either fold it into the open step with the same
// merge key (keeping that step's revert) or push it as a new step.
void Document::changed(const Step& step) {
    edit_revision_ = ++revision_;
    if (step.all_accounts) all_accounts_version_ = revision_;
    for (const Id& id : step.accounts) account_versions_[id] = revision_;
    if (step.all_accounts || !step.accounts.empty()) accounts_revision_ = revision_;
}

uint64_t Document::account_version(const Id& id) const {
    auto it = account_versions_.find(id);
    return it == account_versions_.end() ? all_accounts_version_ : std::max(it->second, all_accounts_version_);
}

void Document::commit(Step step) {
    if (read_only_) {
        refused_edits_++;
        return;
    }
    step.apply(ws_);
    changed(step);
    history_.resize(undo_pos_);   // a new edit drops what could be redone
    if (merge_open_ && !step.merge_key.empty() && !history_.empty() && history_.back().merge_key == step.merge_key) {
        history_.back().apply = std::move(step.apply);
        return;
    }
    history_.push_back(std::move(step));
    if (history_.size() > kMaxSteps) history_.erase(history_.begin());
    undo_pos_ = history_.size();
    merge_open_ = !history_.back().merge_key.empty();
}

// A step that sets one section of the workspace (not an account).
template <typename T>
void Document::set_member(T Workspace::*member, T value, std::string label, const std::string& merge_key) {
    auto assign = [member](T v) { return [member, v = std::move(v)](Workspace& ws) { ws.*member = v; }; };
    commit({std::move(label), merge_key, assign(std::move(value)), assign(ws_.*member), {}, false});
}

void Document::set_workspace_name(std::string name, const std::string& merge_key) {
    set_member(&Workspace::name, std::move(name), "Rename workspace", merge_key);
}

void Document::set_team(std::vector<Person> team, std::string label, const std::string& merge_key) {
    set_member(&Workspace::team, std::move(team), std::move(label), merge_key);
}

void Document::set_criteria(std::vector<Criterion> criteria, std::string label, const std::string& merge_key) {
    set_member(&Workspace::criteria, std::move(criteria), std::move(label), merge_key);
}

void Document::set_tier_scheme(TierScheme scheme, std::string label, const std::string& merge_key) {
    set_member(&Workspace::tier_scheme, std::move(scheme), std::move(label), merge_key);
}

void Document::set_offerings(std::vector<Offering> offerings, std::string label, const std::string& merge_key) {
    set_member(&Workspace::offerings, std::move(offerings), std::move(label), merge_key);
}

void Document::set_review_defaults(ReviewDefaults defaults, std::string label, const std::string& merge_key) {
    set_member(&Workspace::review_defaults, std::move(defaults), std::move(label), merge_key);
}

void Document::set_health_rules(HealthRules rules, std::string label, const std::string& merge_key) {
    set_member(&Workspace::health_rules, std::move(rules), std::move(label), merge_key);
}

void Document::set_snapshots(std::vector<Snapshot> snapshots, std::string label) {
    set_member(&Workspace::snapshots, std::move(snapshots), std::move(label), {});
}

// Accounts are found by id when a step runs, not by index: indices shift as accounts
// are inserted and erased, ids do not.
static std::function<void(Workspace&)> put_account(Account account) {
    return [account = std::move(account)](Workspace& ws) {
        int i = ws.account_index(account.id);
        if (i >= 0) ws.accounts[i] = account;
    };
}

void Document::set_account(Account account, std::string label, const std::string& merge_key) {
    const Account* before = ws_.find_account(account.id);
    if (!before) return;
    std::string key = merge_key.empty() ? std::string() : merge_key + "/" + account.id;   // per field and account
    commit({std::move(label), std::move(key), put_account(account), put_account(*before), {account.id}, false});
}

// Puts many accounts by id: one lookup table instead of a linear search per account.
static void put_accounts(const std::vector<Account>& accounts, Workspace& ws) {
    if (accounts.empty()) return;
    std::unordered_map<std::string_view, size_t> index;
    index.reserve(ws.accounts.size());
    for (size_t i = 0; i < ws.accounts.size(); i++) index.emplace(ws.accounts[i].id, i);
    for (const Account& a : accounts)
        if (auto it = index.find(a.id); it != index.end()) ws.accounts[it->second] = a;
}

// The accounts as they are now, of those in 'accounts' (by id), to put back on undo.
static std::vector<Account> before_of(const Workspace& ws, const std::vector<Account>& accounts) {
    std::vector<Account> before;
    before.reserve(accounts.size());
    std::unordered_map<std::string_view, size_t> index;
    index.reserve(ws.accounts.size());
    for (size_t i = 0; i < ws.accounts.size(); i++) index.emplace(ws.accounts[i].id, i);
    for (const Account& a : accounts)
        if (auto it = index.find(a.id); it != index.end()) before.push_back(ws.accounts[it->second]);
    return before;
}

// Storage rewrites only the parts that hold these accounts.
static std::vector<Id> ids_of(const std::vector<Account>& accounts) {
    std::vector<Id> ids;
    ids.reserve(accounts.size());
    for (const Account& a : accounts) ids.push_back(a.id);
    return ids;
}

void Document::set_selection(std::vector<Criterion> criteria, TierScheme scheme, std::vector<Account> accounts,
                             std::string label, const std::string& merge_key) {
    std::vector<Account> before = before_of(ws_, accounts);
    auto put = [](std::vector<Criterion> c, TierScheme t, std::vector<Account> changed) {
        return [c = std::move(c), t = std::move(t), changed = std::move(changed)](Workspace& ws) {
            ws.criteria = c;
            ws.tier_scheme = t;
            put_accounts(changed, ws);
        };
    };
    std::vector<Id> ids = ids_of(accounts);
    // A merged step keeps its first 'before': that is only right while no step in it changes
    // accounts, so an edit that does (removing a criterion or a tier) is a step of its own.
    const std::string& key = accounts.empty() ? merge_key : std::string();
    commit({std::move(label), key, put(std::move(criteria), std::move(scheme), std::move(accounts)),
            put(ws_.criteria, ws_.tier_scheme, std::move(before)), std::move(ids), false});
}

void Document::set_offerings_and_accounts(std::vector<Offering> offerings, std::vector<Account> accounts, std::string label) {
    std::vector<Account> before = before_of(ws_, accounts);
    auto put = [](std::vector<Offering> o, std::vector<Account> changed) {
        return [o = std::move(o), changed = std::move(changed)](Workspace& ws) {
            ws.offerings = o;
            put_accounts(changed, ws);
        };
    };
    std::vector<Id> ids = ids_of(accounts);
    commit({std::move(label), "", put(std::move(offerings), std::move(accounts)), put(ws_.offerings, std::move(before)), std::move(ids), false});
}

// The step keeps the other version of each account and swaps it with the workspace's, on apply
// and on revert alike (as replace_all does): an import into 5,000 accounts copies none of them.
void Document::set_accounts(std::vector<Account> accounts, std::string label) {
    std::unordered_map<std::string_view, size_t> index;
    index.reserve(ws_.accounts.size());
    for (size_t i = 0; i < ws_.accounts.size(); i++) index.emplace(ws_.accounts[i].id, i);
    std::erase_if(accounts, [&](const Account& a) { return !index.contains(a.id); });
    if (accounts.empty()) return;   // none of them is in the workspace
    std::vector<Id> ids = ids_of(accounts);
    auto other = std::make_shared<std::vector<Account>>(std::move(accounts));
    auto swap = [other](Workspace& ws) {
        std::unordered_map<std::string_view, size_t> at;
        at.reserve(ws.accounts.size());
        for (size_t i = 0; i < ws.accounts.size(); i++) at.emplace(ws.accounts[i].id, i);
        std::vector<size_t> where;   // found before any swap, while the keys still view what they did
        where.reserve(other->size());
        for (const Account& a : *other) where.push_back(at.contains(a.id) ? at.find(a.id)->second : ws.accounts.size());
        for (size_t k = 0; k < other->size(); k++)
            if (where[k] < ws.accounts.size()) std::swap(ws.accounts[where[k]], (*other)[k]);
    };
    commit({std::move(label), "", swap, swap, std::move(ids), false});
}

static std::function<void(Workspace&)> insert_at(Account account, size_t index) {
    return [account = std::move(account), index](Workspace& ws) {
        ws.accounts.insert(ws.accounts.begin() + std::min(index, ws.accounts.size()), account);
    };
}

static std::function<void(Workspace&)> erase_by_id(Id id) {
    return [id = std::move(id)](Workspace& ws) {
        int i = ws.account_index(id);
        if (i >= 0) ws.accounts.erase(ws.accounts.begin() + i);
    };
}

void Document::insert_account(Account account, size_t index, std::string label) {
    Id id = account.id;
    commit({std::move(label), {}, insert_at(std::move(account), index), erase_by_id(id), {id}, false});
}

void Document::erase_account(const Id& id, std::string label) {
    int i = ws_.account_index(id);
    if (i < 0) return;
    commit({std::move(label), {}, erase_by_id(id), insert_at(ws_.accounts[i], (size_t)i), {id}, false});
}

// Replacing everything swaps the workspace with the one the step keeps, and undo and redo
// swap them back and forth: a workspace of 60 MB is never copied. The swap never lowers
// next_id, so ids handed out before an undo are never handed out again.
void Document::replace_all(Workspace ws, std::string label) {
    auto other = std::make_shared<Workspace>(std::move(ws));
    auto swap = [other](Workspace& current) {
        const uint64_t next_id = std::max(current.next_id, other->next_id);
        std::swap(current, *other);
        current.next_id = next_id;
    };
    commit({std::move(label), {}, swap, swap, {}, true});
}

static const std::string kNoLabel;

const std::string& Document::undo_label() const { return can_undo() ? history_[undo_pos_ - 1].label : kNoLabel; }
const std::string& Document::redo_label() const { return can_redo() ? history_[undo_pos_].label : kNoLabel; }

// Undo and redo put back accounts as they were, but the health each keeps is no edit: it stays as
// kept (a step that replaces every account, e.g. an import, takes its accounts' own along).
void Document::step_through(const Step& step, bool forward) {
    std::unordered_map<Id, std::vector<HealthPoint>> kept;   // by id: the step may move accounts
    const std::unordered_set<Id> touched(step.accounts.begin(), step.accounts.end());
    for (const Account& a : ws_.accounts)
        if (touched.count(a.id) && !a.health_history.empty()) kept[a.id] = a.health_history;
    (forward ? step.apply : step.revert)(ws_);
    if (!kept.empty())
        for (Account& a : ws_.accounts)
            if (auto it = kept.find(a.id); it != kept.end()) a.health_history = std::move(it->second);
    changed(step);
}

bool Document::undo() {
    if (!can_undo()) return false;
    merge_open_ = false;
    step_through(history_[--undo_pos_], false);
    return true;
}

bool Document::redo() {
    if (!can_redo()) return false;
    merge_open_ = false;
    step_through(history_[undo_pos_++], true);
    return true;
}

void Document::keep_health(size_t account, std::vector<HealthPoint> history) {
    if (read_only_ || account >= ws_.accounts.size()) return;
    Account& a = ws_.accounts[account];
    a.health_history = std::move(history);
    const uint64_t edit = edit_revision_;
    changed({{}, {}, {}, {}, {a.id}, false});
    edit_revision_ = edit;   // saved like an edit, but none
}

void Document::clear_history() {
    history_.clear();
    undo_pos_ = 0;
    merge_open_ = false;
}

void Document::reload(Workspace ws) {
    const bool read_only = std::exchange(read_only_, false);
    replace_all(std::move(ws), "Reload saved workspace");
    clear_history();
    read_only_ = read_only;
}

}  // namespace kam
