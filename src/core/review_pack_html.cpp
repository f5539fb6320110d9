// KAM Canvas: the review pack as one printable HTML file (see core/review_pack.h): a cover with
// the accounts in the order the meeting takes them, then a section per account, each starting on
// a new page when printed.
#include "core/review_pack.h"

#include "core/amount_text.h"
#include "core/html_escape.h"
#include "core/reviews/forecast_svg.h"

#include <cstdio>

namespace kam {
namespace {

std::string e(const std::string& text) { return html_escape(text); }

std::string money(double v, const std::string& currency) { return amount_text(v) + (currency.empty() ? "" : " " + currency); }
std::string money_or_dash(const std::optional<double>& v, const std::string& currency) { return v ? money(*v, currency) : "-"; }

std::string percent(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f%%", v);
    return text;
}

// Red until investigated, amber while its action is open, green when done: the Forecast tab's colours.
const char* follow_up_class(FollowUp f) {
    switch (f) {
    case FollowUp::Open: return "red";
    case FollowUp::Investigated: return "amber";
    case FollowUp::Resolved: return "green";
    case FollowUp::None: break;
    }
    return "";
}
const char* follow_up_text(FollowUp f) {
    switch (f) {
    case FollowUp::Open: return "Not investigated";
    case FollowUp::Investigated: return "Investigated, action open";
    case FollowUp::Resolved: return "Resolved";
    case FollowUp::None: break;
    }
    return "On record";
}

void table(std::string& out, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
           const std::vector<std::string>& row_classes = {}) {
    out += "<table><thead><tr>";
    for (const std::string& h : header) out += "<th>" + e(h) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (size_t i = 0; i < rows.size(); i++) {
        out += i < row_classes.size() && !row_classes[i].empty() ? "<tr class=\"" + row_classes[i] + "\">" : "<tr>";
        for (const std::string& cell : rows[i]) out += "<td>" + e(cell) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
}

void section(std::string& out, const char* title, bool empty, const char* none) {
    out += std::string("<h3>") + title + "</h3>\n";
    if (empty) out += std::string("<p class=\"none\">") + none + "</p>\n";
}

void figures(std::string& out, const ReviewPage& p) {
    out += "<p class=\"figures\">Year to date: <b>" + e(money(p.ytd_actual, p.currency)) + "</b> of " + e(money(p.ytd_forecast, p.currency)) + " forecast";
    if (p.attainment_percent) out += std::string(" (<b class=\"") + (*p.attainment_percent < 90 ? "behind" : "") + "\">" + percent(*p.attainment_percent) + "</b>)";
    if (p.table.mean_error_percent) out += ". Forecast error over 12 months: " + percent(*p.table.mean_error_percent);
    out += ".</p>\n<figure>" + forecast_svg(p.table, p.currency) + "</figure>\n";
}

// The score and each part that counts: what it adds and why.
void health(std::string& out, const ReviewPage& p) {
    const AccountHealth& h = p.health;
    section(out, "Health", !h.score, "No health score: none of its parts can be judged yet.");
    if (!h.score) return;
    out += "<p class=\"figures\">Health <b>" + std::to_string(*h.score) + " of 100</b>: " + e(std::string(kHealthBandLabels[static_cast<size_t>(h.band)])) + "</p>\n";
    std::vector<std::vector<std::string>> rows;
    for (const HealthPartScore& part : h.parts) {
        if (!part.score || part.weight <= 0) continue;
        char points[48];
        std::snprintf(points, sizeof points, "%.1f of %.1f", part.points, part.max_points);
        rows.push_back({std::string(kHealthPartLabels[static_cast<size_t>(part.part)]), points, part.why});
    }
    table(out, {"Part", "Adds", "Why"}, rows);
}

void deviations(std::string& out, const ReviewPage& p) {
    section(out, "Deviations and their investigations", p.deviations.empty(), "No month of the last 12 is flagged.");
    if (p.deviations.empty()) return;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> classes;
    for (const PackDeviation& d : p.deviations) {
        const std::string action = d.action.empty() ? "" : d.action + (d.action_owner.empty() ? "" : " (" + d.action_owner + ")") +
                                                           (d.action_due.empty() ? "" : ", due " + d.action_due) + ", " + d.action_status;
        rows.push_back({d.row.month, money_or_dash(d.row.forecast, p.currency), money_or_dash(d.row.actual, p.currency), d.flags,
                        follow_up_text(d.follow_up), d.cause, d.explanation, d.owner, action});
        classes.push_back(follow_up_class(d.follow_up));
    }
    table(out, {"Month", "Forecast", "Actual", "Flagged", "Follow-up", "Cause", "Explanation", "Investigated by", "Action"}, rows, classes);
}

void objectives(std::string& out, const ReviewPage& p) {
    section(out, "Objectives", p.objectives.empty(), "The plan has no objectives.");
    if (p.objectives.empty()) return;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> classes;
    for (const PackObjective& o : p.objectives) {
        rows.push_back({o.text, o.status, percent(o.progress * 100), o.due + (o.overdue ? " (overdue)" : ""), o.owner});
        classes.push_back(o.overdue ? "red" : "");
    }
    table(out, {"Objective", "Status", "Progress", "Due", "Owner"}, rows, classes);
}

void overdue(std::string& out, const ReviewPage& p) {
    section(out, "Overdue", p.overdue_actions.empty() && p.overdue_reviews.empty(), "Nothing is overdue.");
    if (p.overdue_actions.empty() && p.overdue_reviews.empty()) return;
    std::vector<std::vector<std::string>> rows;
    for (const PackOverdue& x : p.overdue_actions) rows.push_back({"Action", x.what, x.owner, x.due, std::to_string(x.days)});
    for (const PackOverdue& x : p.overdue_reviews) rows.push_back({"Review", x.what, x.owner, x.due, x.days ? std::to_string(x.days) : ""});
    table(out, {"", "What", "Owner", "Due", "Days late"}, rows);
}

void gaps(std::string& out, const ReviewPage& p) {
    section(out, "Top coverage gaps", p.gaps.empty(), "The coverage analysis finds nothing.");
    if (p.gaps.empty()) return;
    out += "<ol>";
    for (const PackGap& g : p.gaps) out += "<li><b>" + e(g.kind) + ":</b> " + e(g.text) + "</li>";
    out += "</ol>\n";
}

void page(std::string& out, const ReviewPage& p, size_t number, size_t count) {
    out += "<section class=\"account\">\n<h2>" + e(p.name) + "</h2>\n<p class=\"meta\">Tier " + e(p.tier) +
           (p.manager.empty() ? "" : " \xC2\xB7 account manager " + e(p.manager)) + " \xC2\xB7 " + std::to_string(number) + " / " +
           std::to_string(count) + "</p>\n";
    health(out, p);
    figures(out, p);
    deviations(out, p);
    objectives(out, p);
    overdue(out, p);
    gaps(out, p);
    out += "</section>\n";
}

// Print: each account on its own page (the cover on the first), the rows kept whole, colours kept.
constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;color:#222;max-width:64em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "h1{margin-bottom:.2em}h2{border-bottom:2px solid #222;margin:2em 0 .2em}h3{margin:1.2em 0 .3em}.meta,.none{color:#555}"
    "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top}"
    "th{background:#eef2f7}tr.red td:first-child{border-left:4px solid #d5281e}tr.amber td:first-child{border-left:4px solid #e69f00}"
    "tr.green td:first-child{border-left:4px solid #2a9d3a}.behind{color:#d5281e}figure{margin:.5em 0}svg.chart{max-width:100%;height:auto}"
    "@media print{body{margin:0;max-width:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "section.account{break-before:page;page-break-before:always}h2{margin-top:0}tr,figure{break-inside:avoid}}";

}  // namespace

std::string review_pack_html(const ReviewPack& pack) {
    const std::string title = "Executive review pack " + pack.today;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                      "<title>" + e(title) + "</title><style>" + kStyle + "</style></head><body>\n";
    out += "<h1>" + e(title) + "</h1>\n<p class=\"meta\">" + e(pack.workspace) + " \xC2\xB7 the key accounts" +
           (pack.top_tier.empty() ? "" : " (tier " + e(pack.top_tier) + ")") + ", what needs attention first.</p>\n";
    if (pack.pages.empty()) return out + "<p>" + e(pack.empty_reason) + "</p>\n</body></html>\n";
    out += "<ol class=\"contents\">";
    for (const ReviewPage& p : pack.pages) out += "<li>" + e(p.name) + "</li>";
    out += "</ol>\n";
    for (size_t i = 0; i < pack.pages.size(); i++) page(out, pack.pages[i], i + 1, pack.pages.size());
    return out + "</body></html>\n";
}

}  // namespace kam
