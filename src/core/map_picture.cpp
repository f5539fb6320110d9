#include "core/map_picture.h"

#include "core/html_escape.h"
#include "core/card_look.h"
#include "core/relationships/org_layout.h"
#include "core/utf8.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <unordered_map>

namespace kam {

static std::string hex(Rgb c) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", c.r, c.g, c.b);
    return text;
}

// The colour mixed with white: card backgrounds light enough for dark text, as on the canvas.
static Rgb tint(Rgb c, float white) {
    auto mix = [&](unsigned char v) { return (unsigned char)(v * (1 - white) + 255 * white); };
    return {mix(c.r), mix(c.g), mix(c.b)};
}

// SVG text does not clip: a text longer than its card is cut after a whole character, with "…".
static std::string fit(const std::string& text, size_t max_chars) {
    size_t chars = 0, last_place = 0;
    for (size_t i = 0; i < text.size(); i++) {
        if (is_utf8_continuation(text[i])) continue;   // counts characters, not bytes
        if (++chars == max_chars) last_place = i;
        if (chars > max_chars) return text.substr(0, last_place) + "\xE2\x80\xA6";   // the ellipsis takes the last place
    }
    return text;
}

static std::string number(float v) {
    char text[24];
    std::snprintf(text, sizeof text, "%.0f", v);
    return text;
}

std::string map_svg(const Account& a, bool customer_safe) {
    if (a.contacts.empty()) return "";
    float min_x = FLT_MAX, min_y = FLT_MAX, max_x = -FLT_MAX, max_y = -FLT_MAX;
    std::unordered_map<std::string_view, const Contact*> by_id;
    for (const Contact& c : a.contacts) {
        min_x = std::min(min_x, c.x), min_y = std::min(min_y, c.y);
        max_x = std::max(max_x, c.x + kCardWidth), max_y = std::max(max_y, c.y + kCardHeight);
        by_id.emplace(c.id, &c);
    }
    const float margin = 20;
    min_x -= margin, min_y -= margin, max_x += margin, max_y += margin;
    const float width = max_x - min_x, height = max_y - min_y;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" role=\"img\" viewBox=\"" + number(min_x) + " " + number(min_y) + " " +
                      number(width) + " " + number(height) + "\" style=\"width:100%;max-height:40em\" font-family=\"system-ui,sans-serif\">\n";
    svg += "<title>" + html_escape(a.name + ": relationship map") + "</title>\n";
    // Lines under the cards: reporting lines as the org chart's connectors, the rest between card centres.
    const OrgLayoutOptions layout = map_layout_options();
    for (const Link& l : a.links) {
        if (customer_safe && l.kind == LinkKind::Conflict) continue;
        const auto from = by_id.find(l.from), to = by_id.find(l.to);
        if (from == by_id.end() || to == by_id.end()) continue;
        const Contact &f = *from->second, &t = *to->second;
        if (l.kind == LinkKind::ReportsTo) {   // the org chart's connector, as the map draws it
            std::string points;
            for (const MapPoint& p : reporting_connector({t.x, t.y}, {f.x, f.y}, layout))
                points += (points.empty() ? "" : " ") + number(p.x) + "," + number(p.y);
            svg += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + hex(kLineRgb[0]) + "\" stroke-width=\"2\"/>\n";
            continue;
        }
        svg += "<line x1=\"" + number(f.x + kCardWidth / 2) + "\" y1=\"" + number(f.y + kCardHeight / 2) + "\" x2=\"" +
               number(t.x + kCardWidth / 2) + "\" y2=\"" + number(t.y + kCardHeight / 2) + "\" stroke=\"" + hex(kLineRgb[(size_t)l.kind % 3]) +
               "\" stroke-width=\"" + std::to_string(1 + l.strength) + "\"" + (l.kind == LinkKind::ReportsTo ? "" : " stroke-dasharray=\"8 6\"") + "/>\n";
    }
    for (const Contact& c : a.contacts) {
        const Rgb edge = customer_safe ? kNeutralCardRgb : attitude_rgb(c.attitude);
        svg += "<g><rect x=\"" + number(c.x) + "\" y=\"" + number(c.y) + "\" width=\"" + number(kCardWidth) + "\" height=\"" + number(kCardHeight) +
               "\" rx=\"6\" fill=\"" + hex(tint(edge, 0.72f)) + "\" stroke=\"" + hex(edge) + "\" stroke-width=\"3\"/>";
        svg += "<text x=\"" + number(c.x + 10) + "\" y=\"" + number(c.y + 26) + "\" font-size=\"16\" font-weight=\"600\" fill=\"#191919\">" +
               html_escape(fit(c.name, 20)) + "</text>";
        svg += "<text x=\"" + number(c.x + 10) + "\" y=\"" + number(c.y + 48) + "\" font-size=\"13\" fill=\"#333\">" + html_escape(fit(c.title, 26)) + "</text>";
        if (!c.department.empty())
            svg += "<text x=\"" + number(c.x + 10) + "\" y=\"" + number(c.y + 68) + "\" font-size=\"13\" fill=\"#555\">" + html_escape(fit(c.department, 26)) + "</text>";
        if (!customer_safe)
            svg += "<text x=\"" + number(c.x + 10) + "\" y=\"" + number(c.y + 92) + "\" font-size=\"12\" fill=\"#333\">" + attitude_name(c.attitude) + "</text>";
        svg += "</g>\n";
    }
    return svg + "</svg>\n";
}

}  // namespace kam
