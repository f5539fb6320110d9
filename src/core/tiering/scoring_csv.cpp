#include "core/tiering/scoring_csv.h"

#include <cmath>

namespace kam {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

// Two decimals at most, shortest form ("67.5", "80").
static std::string number(double value) { return format_number(std::round(value * 100) / 100); }

std::string scoring_csv(const Workspace& ws, const Scoring& scoring) {
    std::string out;
    auto row = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); i++) {
            if (i > 0) out += ',';
            out += csv_field(fields[i]);
        }
        out += "\r\n";
    };
    std::vector<std::string> fields = {"Rank", "Account", "Industry", "Tier", "Overridden", "Override reason",
                                       "Total", "Attractiveness", "Relative strength", "Missing scores"};
    for (const Criterion& c : ws.criteria) fields.push_back(c.name);
    row(fields);

    const Scorer scorer(ws.criteria, ws.tier_scheme.missing);
    for (int index : scoring.ranking) {
        const Account& a = ws.accounts[index];
        const AccountScore& s = scoring.scores[index];
        const AccountTier& t = scoring.tiers[index];
        fields = {scoring.rank[index] > 0 ? std::to_string(scoring.rank[index]) : "",
                  a.name,
                  a.industry,
                  t.effective >= 0 ? ws.tier_scheme.tiers[t.effective].name : "",
                  t.overridden ? "yes" : "no",
                  t.overridden ? a.tier_override->reason : "",
                  s.has_total ? number(s.total) : "",
                  s.has_attractiveness ? number(s.attractiveness) : "",
                  s.has_strength ? number(s.strength) : "",
                  std::to_string(s.missing)};
        for (const std::optional<double>& v : scorer.values(a)) fields.push_back(v ? number(*v) : "");
        row(fields);
    }
    return out;
}

}  // namespace kam
