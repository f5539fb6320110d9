// KAM Canvas: the relationship matrix (see coverage_matrix.h).
#include "core/relationships/coverage_matrix.h"

#include "core/relationships/reporting_tree.h"

#include <algorithm>
#include <unordered_map>

namespace kam {

// Columns: the account team in its own order, then (or with whole_team, every person of the
// workspace) in workspace order, plus anyone covering a contact here without being on the
// team, so no relationship is ever hidden from the matrix.
static std::vector<Id> matrix_people(const Account& account, const Workspace& ws, bool whole_team) {
    std::vector<Id> people = account.team;
    auto add = [&](const Id& id) {
        if (std::find(people.begin(), people.end(), id) == people.end()) people.push_back(id);
    };
    for (const Person& p : ws.team) {
        bool covers = std::any_of(account.coverage.begin(), account.coverage.end(), [&](const Coverage& c) { return c.person == p.id; });
        if (whole_team || covers) add(p.id);
    }
    return people;
}

CoverageMatrix build_coverage_matrix(const Account& account, const Workspace& ws, const MatrixOptions& options) {
    CoverageMatrix m;
    m.people = matrix_people(account, ws, options.whole_team);
    const size_t columns = m.people.size();
    std::unordered_map<std::string_view, int> column_of;
    for (size_t i = 0; i < columns; i++) column_of.emplace(m.people[i], (int)i);

    // Cells for every contact first (cheap), then keep and order the rows asked for.
    const auto contact_of = contact_index(account);
    const size_t n = account.contacts.size();
    std::vector<int> all_cells(n * columns, kNoCoverage);
    for (const Coverage& c : account.coverage) {
        auto row = contact_of.find(c.contact);
        auto column = column_of.find(c.person);
        if (row != contact_of.end() && column != column_of.end())
            all_cells[(size_t)row->second * columns + column->second] = c.strength;
    }
    std::vector<int> all_totals(n, 0);
    for (size_t r = 0; r < n; r++)
        for (size_t k = 0; k < columns; k++) all_totals[r] += std::max(0, all_cells[r * columns + k]);

    m.rows = filter_contacts(account, options.filter);
    auto less = [&](int a, int b) {
        switch (options.sort) {
        case MatrixSort::Name: return account.contacts[a].name < account.contacts[b].name;
        case MatrixSort::Power: return account.contacts[a].power < account.contacts[b].power;
        case MatrixSort::Total: return all_totals[a] < all_totals[b];
        default: return a < b;
        }
    };
    std::stable_sort(m.rows.begin(), m.rows.end(), [&](int a, int b) { return options.descending ? less(b, a) : less(a, b); });

    m.cells.reserve(m.rows.size() * columns);
    m.column_totals.assign(columns, 0);
    for (int r : m.rows) {
        m.row_totals.push_back(all_totals[r]);
        m.total += all_totals[r];
        for (size_t k = 0; k < columns; k++) {
            const int cell = all_cells[(size_t)r * columns + k];
            m.cells.push_back(cell);
            m.column_totals[k] += std::max(0, cell);
        }
    }
    return m;
}

bool set_coverage_strength(Account& account, const Workspace& ws, const Id& person, const Id& contact, int strength) {
    if (strength < kCoverageMin || strength > kCoverageMax || !ws.find_person(person)) return false;
    if (!account.find_contact(contact)) return false;
    auto it = std::find_if(account.coverage.begin(), account.coverage.end(),
                           [&](const Coverage& c) { return c.person == person && c.contact == contact; });
    if (it == account.coverage.end()) {
        if (strength > 0) account.coverage.push_back({person, contact, strength, ""});
    } else if (strength == 0 && it->last_contact.empty()) {
        account.coverage.erase(it);
    } else {
        it->strength = strength;
    }
    return true;
}

}  // namespace kam
