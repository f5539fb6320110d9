// KAM Canvas: view state of the relationship views beside the map (matrix, coverage analysis,
// outline): their settings, and what they last computed, so a map of 10,000 contacts is not
// analysed again every frame. Never saved in the workspace.
#pragma once

#include "core/relationships/coverage_analysis.h"
#include "core/relationships/coverage_matrix.h"
#include "core/relationships/map_filter.h"
#include "core/relationships/map_outline.h"

#include <cstdint>
#include <map>
#include <string>

namespace kam {

// A result with the inputs it came from: recomputed only when the document revision, the
// account or the options differ.
template <typename Options, typename Result>
struct Cached {
    uint64_t revision = 0;   // 0: never computed (documents start at revision 1)
    Id account;
    Options options{};
    Result result{};

    template <typename Compute>
    Result& get(uint64_t doc_revision, const Id& account_id, const Options& opts, Compute&& compute) {
        if (revision != doc_revision || account != account_id || !(options == opts)) {
            result = compute();
            revision = doc_revision;
            account = account_id;
            options = opts;
        }
        return result;
    }
};

struct RelationshipViews {
    // Settings
    MatrixOptions matrix;               // rows filter, columns, sort (the table's sort specs)
    Id matrix_focus_person;             // column highlighted after choosing an overloaded person
    // The matrix's rows filter belongs to one account, as the map's does (see MapState): the
    // account it is for, and the filters of the other accounts shown in this session.
    Id matrix_account;
    std::map<Id, MapFilter> matrix_filter_by_account;
    int stale_days = 90;                // analysis: "no contact in the last N days"

    // Computed
    Cached<MatrixOptions, CoverageMatrix> matrix_cache;
    Cached<AnalysisOptions, CoverageAnalysis> analysis_cache;
    Cached<OutlineOptions, std::string> outline_cache;
};

}  // namespace kam
