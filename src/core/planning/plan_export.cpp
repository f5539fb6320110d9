#include "core/planning/plan_export.h"

#include "core/planning/planning.h"

#include <cstdio>

namespace kam {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

std::string amount(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", v);
    return text;
}

std::string person(const Workspace& ws, const Id& id) {
    const Person* p = ws.find_person(id);
    return p ? p->name : "";
}

std::string contact(const Account& a, const Id& id) {
    const Contact* c = a.find_contact(id);
    return c ? c->name : "";
}

template <size_t N, typename Enum>
std::string label(const std::array<std::string_view, N>& labels, Enum e) {
    return std::string(labels[static_cast<size_t>(e) % N]);
}

// The rows of each part, once, for both the text and the HTML: each a list of cells.
using Rows = std::vector<std::vector<std::string>>;

Rows objective_rows(const Workspace& ws, const Plan& p, const std::string& today) {
    Rows rows;
    for (const Objective& o : p.objectives) {
        char progress[16];
        std::snprintf(progress, sizeof progress, "%.0f%%", objective_progress(o) * 100);
        rows.push_back({o.text, label(kObjectiveKindLabels, o.kind), o.measure, amount(o.start) + " \xE2\x86\x92 " + amount(o.target) + " (now " + amount(o.current) + ")",
                        progress, o.due + (is_overdue(o, today) ? " (overdue)" : ""), person(ws, o.owner), label(kObjectiveStatusLabels, o.status)});
    }
    return rows;
}

Rows action_rows(const Workspace& ws, const Plan& p, const std::string& today) {
    Rows rows;
    for (const Action& a : p.actions) {
        const Objective* o = p.find_objective(a.objective);
        rows.push_back({a.text, o ? o->text : "", person(ws, a.owner), a.due + (is_overdue(a, today) ? " (overdue)" : ""),
                        label(kActionStatusLabels, a.status) + (a.done_on.empty() ? "" : " " + a.done_on)});
    }
    return rows;
}

Rows value_rows(const Account& a) {
    Rows rows;
    for (const ValueItem& v : a.plan.value_added)
        rows.push_back({v.text, contact(a, v.for_contact), v.evidence, amount(v.value_per_year), label(kValueStatusLabels, v.status)});
    return rows;
}

Rows development_rows(const Workspace& ws, const Account& a) {
    Rows rows;
    for (const Contact& c : a.contacts) {
        const Development& d = c.development;
        if (!d.has_target()) continue;
        rows.push_back({c.name, c.title, label(kRelationshipLevelLabels, d.now), label(kRelationshipLevelLabels, d.target),
                        person(ws, d.developer), d.by, d.next_step});
    }
    return rows;
}

Rows whitespace_rows(const Workspace& ws, const Plan& p) {
    Rows rows;
    const WhitespaceSummary totals = whitespace_totals(p, ws.offerings);
    for (size_t r = 0; r < p.units.size(); r++) {
        std::vector<std::string> row = {p.units[r].name};
        for (const Offering& o : ws.offerings) {
            const WhitespaceCell* c = p.find_cell(p.units[r].id, o.id);
            std::string text;
            if (c && c->status != CellStatus::Unknown) text = label(kCellStatusLabels, c->status);
            if (c && (c->status == CellStatus::Sold || c->status == CellStatus::InProgress || c->status == CellStatus::Opportunity))
                text += " " + amount(c->value);
            if (c && c->status == CellStatus::Competitor && !c->competitor.empty()) text += ": " + c->competitor;
            row.push_back(text);
        }
        const WhitespaceTotals& t = totals.rows[r];
        for (double v : {t.current, t.pipeline, t.potential, t.untapped()}) row.push_back(amount(v));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> whitespace_header(const Workspace& ws) {
    std::vector<std::string> header = {"Unit or site"};
    for (const Offering& o : ws.offerings) header.push_back(o.name);
    for (const char* t : {"Current", "Pipeline", "Potential", "Untapped"}) header.push_back(t);
    return header;
}

const std::vector<std::string> kObjectiveHeader = {"Objective", "Kind", "Measure", "Start \xE2\x86\x92 target", "Progress", "Due", "Owner", "Status"};
const std::vector<std::string> kActionHeader = {"Action", "For objective", "Owner", "Due", "Status"};
const std::vector<std::string> kValueHeader = {"What we add", "For whom", "Evidence", "Worth a year", "Status"};
const std::vector<std::string> kDevelopmentHeader = {"Contact", "Title", "Now", "Target", "Developed by", "By", "Next step"};

struct SwotList {
    const char* title;
    const std::vector<SwotItem>& items;
};

std::string header_line(const Workspace& ws, const Account& a, const std::string& today) {
    const Plan& p = a.plan;
    std::string line = (p.period.empty() ? std::string("Account plan") : p.period) + " \xC2\xB7 " + label(kPlanStatusLabels, p.status);
    if (!p.valid_until.empty()) line += " \xC2\xB7 valid until " + p.valid_until + (plan_expired(p, today) ? " (expired)" : "");
    if (!a.manager.empty()) line += " \xC2\xB7 drafted by " + person(ws, a.manager);
    return line;
}

std::string agreement_line(const Workspace& ws, const Account& a) {
    std::string line;
    for (const Agreement& g : a.plan.agreed) line += (line.empty() ? "" : ", ") + person(ws, g.person) + (g.date.empty() ? "" : " (" + g.date + ")");
    const std::string reviewed = last_mentor_review(a);
    return (line.empty() ? "Not agreed by the team yet" : "Agreed by " + line) +
           (reviewed.empty() ? "" : "; the mentor last reviewed it on " + reviewed);
}

//-----------------------------------------------------------------------------
// Text
//-----------------------------------------------------------------------------

void text_table(std::string& out, const char* title, const std::vector<std::string>& header, const Rows& rows) {
    if (rows.empty()) return;
    out += "\n" + std::string(title) + "\n";
    for (const std::vector<std::string>& row : rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); i++)
            if (!row[i].empty()) line += (line.empty() ? "- " : "; ") + (i ? header[i] + ": " : "") + row[i];
        out += line + "\n";
    }
}

//-----------------------------------------------------------------------------
// HTML
//-----------------------------------------------------------------------------

void html_table(std::string& out, const char* title, const std::vector<std::string>& header, const Rows& rows) {
    if (rows.empty()) return;
    out += "<h2>" + html_escape(title) + "</h2>\n<table><thead><tr>";
    for (const std::string& h : header) out += "<th>" + html_escape(h) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const std::vector<std::string>& row : rows) {
        out += "<tr>";
        for (const std::string& cell : row) out += "<td>" + html_escape(cell) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
}

void html_list(std::string& out, const std::vector<std::string>& items) {
    out += "<ul>";
    for (const std::string& item : items) out += "<li>" + html_escape(item) + "</li>";
    out += "</ul>\n";
}

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;color:#222;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "h1{margin-bottom:.2em}h2{border-bottom:1px solid #bbb;margin-top:1.6em}.meta{color:#555}"
    "table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#eef2f7}.swot{display:grid;grid-template-columns:1fr 1fr;gap:1em}.swot section{border:1px solid #ccc;padding:.2em 1em}"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,.swot section{break-inside:avoid}}";

}  // namespace

std::string plan_text(const Workspace& ws, const Account& a, const std::string& today) {
    const Plan& p = a.plan;
    std::string out = a.name + ": account plan\n" + header_line(ws, a, today) + "\n" + agreement_line(ws, a) + "\n";
    if (!p.customer_objectives.empty()) {
        out += "\nTheir business objectives\n";
        for (const std::string& o : p.customer_objectives) out += "- " + o + "\n";
    }
    if (!p.buying_process.empty() || !p.budget_cycle.empty() || !p.key_dates.empty()) {
        out += "\nHow they buy\n";
        if (!p.buying_process.empty()) out += "- Process: " + p.buying_process + "\n";
        if (!p.budget_cycle.empty()) out += "- Budget cycle: " + p.budget_cycle + "\n";
        if (!p.key_dates.empty()) out += "- Key dates: " + p.key_dates + "\n";
    }
    Rows competitors;
    for (const Competitor& c : p.competitors) competitors.push_back({c.name, c.offering, c.position, label(kThreatLevelLabels, c.threat)});
    text_table(out, "Competitors", {"Competitor", "Sells", "Position", "Threat"}, competitors);
    for (const SwotList& list : {SwotList{"Strengths", p.strengths}, SwotList{"Weaknesses", p.weaknesses},
                                 SwotList{"Opportunities", p.opportunities}, SwotList{"Threats", p.threats}}) {
        if (list.items.empty()) continue;
        out += "\n" + std::string(list.title) + "\n";
        for (const SwotItem& item : list.items) out += "- " + item.text + "\n";
    }
    text_table(out, "Value added", kValueHeader, value_rows(a));
    text_table(out, "Objectives", kObjectiveHeader, objective_rows(ws, p, today));
    text_table(out, "Actions", kActionHeader, action_rows(ws, p, today));
    text_table(out, "Relationship development", kDevelopmentHeader, development_rows(ws, a));
    text_table(out, "Whitespace", whitespace_header(ws), whitespace_rows(ws, p));
    return out;
}

std::string plan_html(const Workspace& ws, const Account& a, const std::string& today) {
    const Plan& p = a.plan;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                      "<title>" + html_escape(a.name + ": account plan") + "</title><style>" + kStyle + "</style></head><body>\n";
    out += "<h1>" + html_escape(a.name) + ": account plan</h1>\n<p class=\"meta\">" + html_escape(header_line(ws, a, today)) + "<br>" +
           html_escape(agreement_line(ws, a)) + "<br>Printed " + html_escape(today) + "</p>\n";
    if (!p.customer_objectives.empty()) {
        out += "<h2>Their business objectives</h2>\n";
        html_list(out, p.customer_objectives);
    }
    std::vector<std::string> buying;
    if (!p.buying_process.empty()) buying.push_back("Process: " + p.buying_process);
    if (!p.budget_cycle.empty()) buying.push_back("Budget cycle: " + p.budget_cycle);
    if (!p.key_dates.empty()) buying.push_back("Key dates: " + p.key_dates);
    if (!buying.empty()) {
        out += "<h2>How they buy</h2>\n";
        html_list(out, buying);
    }
    Rows competitors;
    for (const Competitor& c : p.competitors) competitors.push_back({c.name, c.offering, c.position, label(kThreatLevelLabels, c.threat)});
    html_table(out, "Competitors", {"Competitor", "Sells", "Position", "Threat"}, competitors);
    out += "<h2>SWOT</h2>\n<div class=\"swot\">\n";
    for (const SwotList& list : {SwotList{"Strengths", p.strengths}, SwotList{"Weaknesses", p.weaknesses},
                                 SwotList{"Opportunities", p.opportunities}, SwotList{"Threats", p.threats}}) {
        out += "<section><h3>" + std::string(list.title) + "</h3>";
        std::vector<std::string> texts;
        for (const SwotItem& item : list.items) texts.push_back(item.text);
        html_list(out, texts);
        out += "</section>\n";
    }
    out += "</div>\n";
    html_table(out, "Value added", kValueHeader, value_rows(a));
    if (!p.value_added.empty()) out += "<p>Recognised by the customer: " + amount(value_recognised(p)) + " a year</p>\n";
    html_table(out, "Objectives", kObjectiveHeader, objective_rows(ws, p, today));
    html_table(out, "Actions", kActionHeader, action_rows(ws, p, today));
    html_table(out, "Relationship development", kDevelopmentHeader, development_rows(ws, a));
    html_table(out, "Whitespace", whitespace_header(ws), whitespace_rows(ws, p));
    return out + "</body></html>\n";
}

}  // namespace kam
