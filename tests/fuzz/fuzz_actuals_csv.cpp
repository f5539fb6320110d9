// libFuzzer target: a CSV of actuals read against a few accounts, then applied. Whatever the text,
// the preview's changes name accounts that exist and amounts within kMaxFigure, its problems are
// in line order, and applying them gives accounts whose months stay valid and in order.
#include "core/dates.h"
#include "core/reviews/actuals_csv.h"
#include "core/reviews/deviation.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

static const kam::Workspace& accounts() {
    static const kam::Workspace ws = [] {
        kam::Workspace w;
        const char* names[] = {"Acme Ltd", "Öberg AB", "Twin", "Twin"};
        for (int i = 0; i < 4; i++) {
            kam::Account a;
            a.id = "a" + std::to_string(i + 1);
            a.name = names[i];
            a.months = {{"2026-01", 10.0, 20.0}};
            w.accounts.push_back(a);
        }
        return w;
    }();
    return ws;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const kam::Workspace& ws = accounts();
    const kam::ActualsPreview p = kam::preview_actuals_csv(ws, std::string_view(reinterpret_cast<const char*>(data), size));
    for (const kam::ActualChange& c : p.changes)
        if (c.account >= ws.accounts.size() || !(std::fabs(c.after) <= kam::kMaxFigure)) std::abort();
    for (size_t i = 1; i < p.problems.size(); i++)
        if (p.problems[i].line < p.problems[i - 1].line) std::abort();
    for (const kam::Account& a : kam::apply_actuals(ws, p))
        for (size_t i = 0; i < a.months.size(); i++)
            if (!kam::month_number(a.months[i].month) || (i > 0 && !(a.months[i - 1].month < a.months[i].month))) std::abort();
    return 0;
}
