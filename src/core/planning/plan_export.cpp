#include "core/planning/plan_export.h"

#include "core/html_escape.h"
#include "core/planning/planning.h"
#include "core/map_picture.h"

#include <cstdio>

namespace kam {
namespace {

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

// The document is a list of parts, built once for both the text and the HTML. A part is a
// table (with a header) or a list (no header: each row's one cell is an item).
using Rows = std::vector<std::vector<std::string>>;
struct Part {
    std::string title;
    std::vector<std::string> header;
    Rows rows;
    bool swot = false;     // one of the four SWOT lists: the HTML sets them in a grid, even empty
    std::string note;      // a line after it ("Recognised by the customer: ...")
    std::string picture;   // an SVG element (the HTML only)
};

Part list_part(std::string title, const std::vector<std::string>& items) {
    Part part{std::move(title)};
    for (const std::string& item : items) part.rows.push_back({item});
    return part;
}

Part swot_part(std::string title, const std::vector<SwotItem>& items) {
    Part part{std::move(title)};
    for (const SwotItem& item : items) part.rows.push_back({item.text});
    part.swot = true;
    return part;
}

Part objectives_part(const Workspace& ws, const Plan& p, const std::string& today) {
    Part part{"Objectives", {"Objective", "Kind", "Measure", "Start \xE2\x86\x92 target", "Progress", "Due", "Owner", "Status"}};
    for (const Objective& o : p.objectives) {
        char progress[16];
        std::snprintf(progress, sizeof progress, "%.0f%%", objective_progress(o) * 100);
        part.rows.push_back({o.text, label(kObjectiveKindLabels, o.kind), o.measure,
                             amount_text(o.start) + " \xE2\x86\x92 " + amount_text(o.target) + " (now " + amount_text(o.current) + ")", progress,
                             o.due + (is_overdue(o, today) ? " (overdue)" : ""), person(ws, o.owner), label(kObjectiveStatusLabels, o.status)});
    }
    return part;
}

Part actions_part(const Workspace& ws, const Plan& p, const std::string& today) {
    Part part{"Actions", {"Action", "For objective", "Owner", "Due", "Status"}};
    for (const Action& a : p.actions) {
        const Objective* o = p.find_objective(a.objective);
        part.rows.push_back({a.text, o ? o->text : "", person(ws, a.owner), a.due + (is_overdue(a, today) ? " (overdue)" : ""),
                             label(kActionStatusLabels, a.status) + (a.done_on.empty() ? "" : " " + a.done_on)});
    }
    return part;
}

Part value_part(const Account& a, const Plan& p) {
    Part part{"Value added", {"What we add", "For whom", "Evidence", "Worth a year", "Status"}};
    for (const ValueItem& v : p.value_added)
        part.rows.push_back({v.text, contact(a, v.for_contact), v.evidence, amount_text(v.value_per_year), label(kValueStatusLabels, v.status)});
    if (!p.value_added.empty()) part.note = "Recognised by the customer: " + amount_text(value_recognised(p)) + " a year";
    return part;
}

Part development_part(const Workspace& ws, const Account& a) {
    Part part{"Relationship development", {"Contact", "Title", "Now", "Target", "Developed by", "By", "Next step"}};
    for (const Contact& c : a.contacts) {
        const Development& d = c.development;
        if (!d.has_target()) continue;
        part.rows.push_back({c.name, c.title, label(kRelationshipLevelLabels, d.now), label(kRelationshipLevelLabels, d.target),
                             person(ws, d.developer), d.by, d.next_step});
    }
    part.picture = map_svg(a);
    return part;
}

Part whitespace_part(const Workspace& ws, const Plan& p) {
    Part part{"Whitespace", {"Unit or site"}};
    for (const Offering& o : ws.offerings) part.header.push_back(o.name);
    for (const char* t : {"Current", "Pipeline", "Potential", "Untapped"}) part.header.push_back(t);
    const WhitespaceSummary totals = whitespace_totals(p, ws.offerings);
    const WhitespaceGrid grid = whitespace_grid(p, ws.offerings);
    for (size_t r = 0; r < p.units.size(); r++) {
        std::vector<std::string> row = {p.units[r].name};
        for (size_t c = 0; c < ws.offerings.size(); c++) row.push_back(cell_text(grid.at(r, c)));
        const WhitespaceTotals& t = totals.rows[r];
        for (double v : {t.current, t.pipeline, t.potential, t.untapped()}) row.push_back(amount_text(v));
        part.rows.push_back(std::move(row));
    }
    return part;
}

std::string header_line(const Workspace& ws, const Account& a, const Plan& p, const std::string& today) {
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

// What the document says, in order. The customer's copy: their objectives, and what
// customer_plan() leaves of the SWOT, value added, objectives and actions.
struct Document {
    std::string title;
    std::vector<std::string> meta;   // lines under the title
    std::vector<Part> parts;
};

Document plan_document(const Workspace& ws, const Account& a, const std::string& today, PlanAudience audience) {
    const bool team = audience == PlanAudience::Team;
    const Plan p = team ? a.plan : customer_plan(a.plan);
    Document doc{a.name + (team ? ": account plan" : ": our joint plan"), {header_line(ws, a, p, today)}};
    if (team) doc.meta.push_back(agreement_line(ws, a));
    doc.parts.push_back(list_part("Their business objectives", p.customer_objectives));
    std::vector<std::string> buying;
    if (!p.buying_process.empty()) buying.push_back("Process: " + p.buying_process);
    if (!p.budget_cycle.empty()) buying.push_back("Budget cycle: " + p.budget_cycle);
    if (!p.key_dates.empty()) buying.push_back("Key dates: " + p.key_dates);
    doc.parts.push_back(list_part("How they buy", buying));
    Part competitors{"Competitors", {"Competitor", "Sells", "Position", "Threat"}};
    for (const Competitor& c : p.competitors) competitors.rows.push_back({c.name, c.offering, c.position, label(kThreatLevelLabels, c.threat)});
    doc.parts.push_back(std::move(competitors));
    doc.parts.push_back(swot_part("Strengths", p.strengths));
    doc.parts.push_back(swot_part("Weaknesses", p.weaknesses));
    doc.parts.push_back(swot_part("Opportunities", p.opportunities));
    doc.parts.push_back(swot_part("Threats", p.threats));
    doc.parts.push_back(value_part(a, p));
    doc.parts.push_back(objectives_part(ws, p, today));
    doc.parts.push_back(actions_part(ws, p, today));
    if (team) {
        doc.parts.push_back(development_part(ws, a));
        doc.parts.push_back(whitespace_part(ws, p));
    }
    return doc;
}

//-----------------------------------------------------------------------------
// Text
//-----------------------------------------------------------------------------

void text_part(std::string& out, const Part& part) {
    if (part.rows.empty()) return;
    out += "\n" + part.title + "\n";
    for (const std::vector<std::string>& row : part.rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); i++)
            if (!row[i].empty()) line += (line.empty() ? "- " : "; ") + (i ? part.header[i] + ": " : "") + row[i];
        out += line + "\n";
    }
    if (!part.note.empty()) out += part.note + "\n";
}

//-----------------------------------------------------------------------------
// HTML
//-----------------------------------------------------------------------------

void html_rows(std::string& out, const Part& part) {
    if (part.header.empty()) {
        out += "<ul>";
        for (const std::vector<std::string>& row : part.rows) out += "<li>" + html_escape(row[0]) + "</li>";
        out += "</ul>\n";
        return;
    }
    out += "<table><thead><tr>";
    for (const std::string& h : part.header) out += "<th>" + html_escape(h) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const std::vector<std::string>& row : part.rows) {
        out += "<tr>";
        for (const std::string& cell : row) out += "<td>" + html_escape(cell) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
}

void html_part(std::string& out, const Part& part) {
    if (part.rows.empty() && part.picture.empty()) return;
    out += "<h2>" + html_escape(part.title) + "</h2>\n";
    if (!part.rows.empty()) html_rows(out, part);
    if (!part.note.empty()) out += "<p>" + html_escape(part.note) + "</p>\n";
    if (!part.picture.empty()) out += "<figure>" + part.picture + "<figcaption>The relationship map</figcaption></figure>\n";
}

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;color:#222;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "h1{margin-bottom:.2em}h2{border-bottom:1px solid #bbb;margin-top:1.6em}.meta{color:#555}"
    "table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#eef2f7}.swot{display:grid;grid-template-columns:1fr 1fr;gap:1em}.swot section{border:1px solid #ccc;padding:.2em 1em}"
    "figure{margin:1em 0}figcaption{color:#555;font-size:.9em}"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,.swot section,figure{break-inside:avoid}}";

}  // namespace

std::string plan_text(const Workspace& ws, const Account& a, const std::string& today, PlanAudience audience) {
    const Document doc = plan_document(ws, a, today, audience);
    std::string out = doc.title + "\n";
    for (const std::string& line : doc.meta) out += line + "\n";
    for (const Part& part : doc.parts) text_part(out, part);
    return out;
}

std::string plan_html(const Workspace& ws, const Account& a, const std::string& today, PlanAudience audience) {
    const Document doc = plan_document(ws, a, today, audience);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                      "<title>" + html_escape(doc.title) + "</title><style>" + kStyle + "</style></head><body>\n";
    out += "<h1>" + html_escape(doc.title) + "</h1>\n<p class=\"meta\">";
    for (const std::string& line : doc.meta) out += html_escape(line) + "<br>";
    out += "Printed " + html_escape(today) + "</p>\n";
    for (size_t i = 0; i < doc.parts.size(); i++) {
        const Part& part = doc.parts[i];
        if (!part.swot) {
            html_part(out, part);
            continue;
        }
        out += "<h2>SWOT</h2>\n<div class=\"swot\">\n";   // the four lists, in a grid
        for (; i < doc.parts.size() && doc.parts[i].swot; i++) {
            out += "<section><h3>" + html_escape(doc.parts[i].title) + "</h3>";
            html_rows(out, doc.parts[i]);
            out += "</section>\n";
        }
        out += "</div>\n";
        i--;
    }
    return out + "</body></html>\n";
}

}  // namespace kam
