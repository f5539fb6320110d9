// KAM Canvas: the relationship matrix: their people as rows, our people as columns, each
// cell the strength of that relationship, with totals per row and column. The matrix view
// draws it and edits cells through set_coverage_strength().
#pragma once

#include "core/relationships/map_filter.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace kam {

inline constexpr int kNoCoverage = -1;   // a cell without a coverage entry

enum class MatrixSort { Contact, Name, Power, Total, COUNT };   // Contact = the account's own order

struct MatrixOptions {
    bool whole_team = false;   // columns: every person of the workspace, not just the account team
    MatrixSort sort = MatrixSort::Power;
    bool descending = true;    // ties keep the account's contact order
    MapFilter filter;          // rows: only matching contacts
    bool operator==(const MatrixOptions&) const = default;
};

struct CoverageMatrix {
    std::vector<Id> people;        // columns: the account team, then anyone else covering someone
    std::vector<int> rows;         // indices into account.contacts, in display order
    std::vector<int> cells;        // rows.size() x people.size(), row-major; kNoCoverage or 0..3
    std::vector<int> row_totals;   // sum of strengths per row
    std::vector<int> column_totals;// sum of strengths per column, over the shown rows
    int total = 0;

    int cell(size_t row, size_t column) const { return cells[row * people.size() + column]; }
};

CoverageMatrix build_coverage_matrix(const Account& account, const Workspace& ws, const MatrixOptions& options = {});

// Sets one cell. Strength 0 removes the entry unless it keeps a last-contact date (the
// history of a relationship that went cold is worth keeping). Returns false and leaves the
// account unchanged for a strength outside 0..3, an unknown contact or an unknown person.
bool set_coverage_strength(Account& account, const Workspace& ws, const Id& person, const Id& contact, int strength);

}  // namespace kam
