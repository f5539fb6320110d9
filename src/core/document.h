// KAM Canvas: the one place where the workspace changes.
// Every edit replaces one part of the workspace (the team, the criteria, the tier scheme,
// one account, the account list, or everything) and records before/after for undo/redo.
// The UI reads ws() freely but changes it only through these calls.
#pragma once

#include "core/model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kam {

class Document {
public:
    explicit Document(Workspace ws = make_empty_workspace());

    const Workspace& ws() const { return ws_; }

    // Increases on every change, undo and redo: storage saves when it differs from the
    // revision it last saved; views recompute what they cache from the document.
    uint64_t revision() const { return revision_; }
    // Moves with every change but Document::keep_health: what the user (or an import) changed, for
    // "changed since the last export" and "the sample was edited".
    uint64_t edit_revision() const { return edit_revision_; }
    // Differs between documents made separately (each counts its revisions from 1), so
    // (serial, revision) names one state of one document.
    uint64_t serial() const { return serial_; }

    // [Edits] 'label' names the step in the Edit menu ("Rename account").
    // 'merge_key' (optional) folds consecutive edits with the same key into one undo step,
    // e.g. every keystroke in one text field, or every frame of one drag, until seal().
    void set_workspace_name(std::string name, const std::string& merge_key = {});
    void set_team(std::vector<Person> team, std::string label, const std::string& merge_key = {});
    void set_criteria(std::vector<Criterion> criteria, std::string label, const std::string& merge_key = {});
    void set_tier_scheme(TierScheme scheme, std::string label, const std::string& merge_key = {});
    void set_offerings(std::vector<Offering> offerings, std::string label, const std::string& merge_key = {});
    void set_review_defaults(ReviewDefaults defaults, std::string label, const std::string& merge_key = {});
    void set_health_rules(HealthRules rules, std::string label, const std::string& merge_key = {});
    // Taking or deleting a snapshot (core/workshop/snapshots.h); the accounts stay as they are.
    void set_snapshots(std::vector<Snapshot> snapshots, std::string label);
    void set_account(Account account, std::string label, const std::string& merge_key = {});  // by account.id
    // Criteria, tier scheme and the accounts that follow them (by id: e.g. the scores of a removed
    // criterion, the overrides naming a renamed tier) as one step.
    void set_selection(std::vector<Criterion> criteria, TierScheme scheme, std::vector<Account> accounts,
                       std::string label, const std::string& merge_key = {});
    // The offering catalogue and the accounts whose whitespace cells follow it (those of a removed
    // offering go) as one step.
    void set_offerings_and_accounts(std::vector<Offering> offerings, std::vector<Account> accounts, std::string label);
    // Many accounts, each replacing the account with its id (e.g. an import of actuals), as one step.
    void set_accounts(std::vector<Account> accounts, std::string label);
    void insert_account(Account account, size_t index, std::string label);
    void erase_account(const Id& id, std::string label);
    void replace_all(Workspace ws, std::string label);   // new, sample, import: undoable too

    // [Not an edit] Keeps an account's health history (account_health.h: this month's score as it
    // moves): saved like an edit, but no undo step, and undo and redo leave it as kept. Nothing while
    // read-only.
    void keep_health(size_t account, std::vector<HealthPoint> history);   // by index in ws().accounts

    // A new id that is unused in the workspace (not an undoable edit: ids are never reused).
    Id new_id(char prefix) { return ws_.new_id(prefix); }

    // Ends merging: the next edit starts a new undo step even if its merge key matches.
    void seal() { merge_open_ = false; }

    bool can_undo() const { return !read_only_ && undo_pos_ > 0; }
    bool can_redo() const { return !read_only_ && undo_pos_ < history_.size(); }
    const std::string& undo_label() const;   // empty when nothing to undo
    const std::string& redo_label() const;
    bool undo();
    bool redo();

    // Forget history (e.g. after loading from storage: nothing to undo yet).
    void clear_history();

    // [Read-only] While this copy may not be saved (another tab owns the workspace, or a newer
    // version of the app wrote it), every edit is refused and changes nothing, and undo and redo
    // are off: nothing typed here can be lost on its way to storage. refused_edits() counts the
    // refusals, so the UI can say why nothing changed.
    void set_read_only(bool read_only) { read_only_ = read_only; }
    bool read_only() const { return read_only_; }
    uint64_t refused_edits() const { return refused_edits_; }
    // Puts the stored workspace in place of this one, with no history, even while read-only:
    // storage's copy of the workspace changed (another tab saved, or this tab takes over).
    void reload(Workspace ws);

    // Moves whenever that account changes (edit, undo, redo, replacement of everything), so
    // storage can skip accounts it has already written.
    uint64_t account_version(const Id& id) const;
    // Moves whenever any account changes (not for criteria, tier scheme, team or name), so a view can
    // keep what it derives from the accounts alone, e.g. the table of scores, across a weight edit.
    uint64_t accounts_revision() const { return accounts_revision_; }

private:
    struct Step {
        std::string label;
        std::string merge_key;
        std::function<void(Workspace&)> apply, revert;
        std::vector<Id> accounts;    // the accounts the step changes, if only some
        bool all_accounts = false;   // the step replaces every account
    };
    void commit(Step step);
    void changed(const Step& step);   // after apply or revert: new revision and versions
    void step_through(const Step& step, bool forward);   // undo (revert) or redo (apply) one step
    template <typename T>
    void set_member(T Workspace::*member, T value, std::string label, const std::string& merge_key);

    Workspace ws_;
    std::vector<Step> history_;
    size_t undo_pos_ = 0;          // steps [0, undo_pos_) are done; the rest can be redone
    bool merge_open_ = false;
    bool read_only_ = false;
    uint64_t refused_edits_ = 0;
    uint64_t revision_ = 1;
    uint64_t edit_revision_ = 1;
    uint64_t serial_ = next_serial_++;
    static inline uint64_t next_serial_ = 1;
    std::unordered_map<Id, uint64_t> account_versions_;
    uint64_t all_accounts_version_ = 1;
    uint64_t accounts_revision_ = 1;
    static constexpr size_t kMaxSteps = 500;
};

}  // namespace kam
