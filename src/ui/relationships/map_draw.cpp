// KAM Canvas: drawing the relationship map (see map_draw.h).
//
// Index
// [SECTION] Palette and labels
// [SECTION] Shapes
// [SECTION] Lines
// [SECTION] Cards
// [SECTION] Legend and indicator
#include "ui/relationships/map_draw.h"

#include "core/contrast.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace kam::ui {

//-----------------------------------------------------------------------------
// [SECTION] Palette and labels
//-----------------------------------------------------------------------------

// The data colours are core's (core/card_look.h), shared with the exported map picture; what
// they sit on, and the ink, are the theme's (ui/theme.h).
static constexpr const char* kLineLabels[4] = {"Reports to", "Influences", "Does not want us to talk to", "Our coverage"};
static constexpr int kFaintLineAlpha = 40;
static constexpr size_t kSmoothDashLines = 400;   // more visible lines than this: plain dashes
static constexpr ImU32 kSafeColor = IM_COL32(0, 114, 178, 255);

// The reporting line is grey ink, which must change with the canvas; the others are data colours.
static ImU32 line_color(LineKind kind) {
    return kind == LineKind::ReportsTo ? u32(palette().reports_line) : u32(kLineRgb[static_cast<size_t>(kind) % kLineRgb.size()]);
}
static ImU32 ink() { return u32(palette().card_ink); }
static constexpr const char* kPieceLetters = " KQRBNP";
static constexpr const char* kPieceQuestions[7] = {"", "Who decides?", "Who sways the decision?", "Who guards the process?",
                                                   "Who advises?", "Who can cross the organisation?", "Who uses what we sell?"};

static ImU32 attitude_color(int attitude) { return u32(attitude_rgb(attitude)); }
const char* attitude_label(int attitude) { return attitude_name(attitude); }
const char* chess_piece_question(ChessPiece piece) { return kPieceQuestions[static_cast<int>(piece) % 7]; }
const char* line_kind_label(LineKind kind) { return kLineLabels[static_cast<int>(kind) % 4]; }

static ImU32 with_alpha(ImU32 color, int alpha) { return (color & ~IM_COL32_A_MASK) | ((ImU32)alpha << IM_COL32_A_SHIFT); }

// 'color' moved towards the theme's card base: a card background its ink reads on.
static ImU32 tint(ImU32 color, float amount) {
    const Rgb c = {(unsigned char)(color >> IM_COL32_R_SHIFT), (unsigned char)(color >> IM_COL32_G_SHIFT), (unsigned char)(color >> IM_COL32_B_SHIFT)};
    return u32(mix_rgb(c, palette().card_base, amount));
}

//-----------------------------------------------------------------------------
// [SECTION] Shapes
//-----------------------------------------------------------------------------

// Attitude as a shape as well as a colour: a circle for neutral, one or two triangles
// pointing up (for us) or down (against us).
static void attitude_shape(ImDrawList* dl, ImVec2 c, float s, int attitude) {
    const ImU32 col = attitude_color(attitude);
    if (attitude == 0) {
        dl->AddCircleFilled(c, s * 0.55f, col);
        dl->AddCircle(c, s * 0.55f, ink(), 0, 1.0f);
        return;
    }
    const float dir = attitude > 0 ? -1.0f : 1.0f;   // screen y grows downwards
    const int count = std::abs(attitude);
    for (int i = 0; i < count; i++) {
        const float x = c.x + (count == 2 ? (i == 0 ? -s * 0.55f : s * 0.55f) : 0.0f);
        const ImVec2 tip(x, c.y + dir * s * 0.6f), l(x - s * 0.5f, c.y - dir * s * 0.45f), r(x + s * 0.5f, c.y - dir * s * 0.45f);
        dl->AddTriangleFilled(tip, l, r, col);
        dl->AddTriangle(tip, l, r, ink(), 1.0f);
    }
}

static void arrow_head(ImDrawList* dl, ImVec2 from, ImVec2 tip, float size, ImU32 col) {
    const float dx = tip.x - from.x, dy = tip.y - from.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1.0f) return;
    const float ux = dx / len, uy = dy / len;
    const ImVec2 base(tip.x - ux * size, tip.y - uy * size);
    dl->AddTriangleFilled(tip, ImVec2(base.x - uy * size * 0.5f, base.y + ux * size * 0.5f), ImVec2(base.x + uy * size * 0.5f, base.y - ux * size * 0.5f), col);
}

// One plain quad from a to b, 'width' pixels wide, written straight into the draw list:
// 4 vertices and no anti-aliasing, a fraction of the work of AddLine. The caller reserves.
static void write_quad_line(ImDrawList* dl, ImVec2 a, ImVec2 b, float width, ImU32 col, ImVec2 uv) {
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    const float nx = len > 0 ? -dy / len * width * 0.5f : 0, ny = len > 0 ? dx / len * width * 0.5f : 0;
    const ImDrawIdx idx = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    for (int k : {0, 1, 2, 0, 2, 3}) dl->PrimWriteIdx(static_cast<ImDrawIdx>(idx + k));
    dl->PrimWriteVtx(ImVec2(a.x + nx, a.y + ny), uv, col);
    dl->PrimWriteVtx(ImVec2(b.x + nx, b.y + ny), uv, col);
    dl->PrimWriteVtx(ImVec2(b.x - nx, b.y - ny), uv, col);
    dl->PrimWriteVtx(ImVec2(a.x - nx, a.y - ny), uv, col);
}

// Dashes of 'on' pixels with 'off' gaps; a long line gets longer dashes rather than more
// of them, so no line can flood the draw list. Smooth (anti-aliased) dashes cost several
// times more than plain quads: only for a few hundred lines.
static void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float on, float off, bool smooth = true) {
    constexpr int kMaxDashes = 48;
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1.0f) return;
    const float stretch = std::max(1.0f, len / ((on + off) * kMaxDashes));
    on *= stretch;
    off *= stretch;
    const int dashes = static_cast<int>(std::ceil(len / (on + off)));
    const float ux = dx / len, uy = dy / len;
    if (smooth) {
        for (int i = 0; i < dashes; i++) {
            const float t = static_cast<float>(i) * (on + off), e = std::min(t + on, len);
            dl->AddLine(ImVec2(a.x + ux * t, a.y + uy * t), ImVec2(a.x + ux * e, a.y + uy * e), col, thickness);
        }
        return;
    }
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(dashes * 6, dashes * 4);
    for (int i = 0; i < dashes; i++) {
        const float t = static_cast<float>(i) * (on + off), e = std::min(t + on, len);
        write_quad_line(dl, ImVec2(a.x + ux * t, a.y + uy * t), ImVec2(a.x + ux * e, a.y + uy * e), thickness, col, uv);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Lines
//-----------------------------------------------------------------------------

// Far out, every line is one plain quad: no arrows, dashes or anti-aliasing; half
// transparent, so where many cross the cards still stand out.
static void draw_lines_simplified(const MapFrame& f) {
    const MapView& view = f.map->view;
    const MapScene& scene = f.map->scene;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    const auto color = [&](int i) { return with_alpha(line_color(scene.lines[i].kind), f.map->focus.line_is_faint(i) ? kFaintLineAlpha / 2 : 130); };
    // The org chart keeps its corners (a reporting line is a few quads); the rest are one quad each.
    const int plain = static_cast<int>(std::count_if(f.lines.begin(), f.lines.end(), [&](int i) { return scene.lines[i].kind != LineKind::ReportsTo; }));
    f.dl->PrimReserve(plain * 6, plain * 4);
    for (int i : f.lines) {
        const SceneLine& l = scene.lines[i];
        if (l.kind == LineKind::ReportsTo) continue;
        const ImVec2 a = view.to_screen(scene.from_box(l).center()), b = view.to_screen(scene.to_box(l).center());
        write_quad_line(f.dl, a, b, f.line_scale, color(i), uv);
    }
    for (int i : f.lines) {
        const SceneLine& l = scene.lines[i];
        if (l.kind != LineKind::ReportsTo) continue;
        const std::vector<MapPoint> path = line_path(scene, l);
        const int quads = static_cast<int>(path.size()) - 1;
        f.dl->PrimReserve(quads * 6, quads * 4);
        for (int k = 0; k < quads; k++)
            write_quad_line(f.dl, view.to_screen(ImVec2(path[k].x, path[k].y)), view.to_screen(ImVec2(path[k + 1].x, path[k + 1].y)), f.line_scale, color(i), uv);
    }
}

static void draw_line(const MapFrame& f, const SceneLine& l, bool selected, bool faint) {
    const MapView& view = f.map->view;
    const MapScene& scene = f.map->scene;
    const Box from = view.to_screen(scene.from_box(l)), to = view.to_screen(scene.to_box(l));
    const ImVec2 a = exit_point(from, to.center()), b = exit_point(to, from.center());
    const ImU32 col = faint ? with_alpha(line_color(l.kind), kFaintLineAlpha) : line_color(l.kind);
    // Widths, arrowheads and dashes in screen pixels at the UI scale (u): on a shared screen at
    // 200% a line is as heavy as the text beside it.
    const float u = f.line_scale;
    const float width = (1.0f + 0.8f * static_cast<float>(std::max(l.strength, 0))) * u;
    if (l.kind == LineKind::ReportsTo) {   // the org chart's connector, in corners
        ImVec2 points[8];
        int n = 0;
        for (const MapPoint& p : line_path(scene, l))
            if (n < 8) points[n++] = view.to_screen(ImVec2(p.x, p.y));
        if (selected) f.dl->AddPolyline(points, n, u32(palette().selection, 110), ImDrawFlags_None, 1.5f * u + 6.0f * u);
        f.dl->AddPolyline(points, n, col, ImDrawFlags_None, 1.5f * u);
        return;
    }
    if (selected) f.dl->AddLine(a, b, u32(palette().selection, 110), width + 6.0f * u);
    switch (l.kind) {
    case LineKind::Influence:
        f.dl->AddLine(a, b, col, width);
        arrow_head(f.dl, a, b, 8.0f * u + width * 1.5f, col);
        break;
    case LineKind::Conflict: {
        dashed_line(f.dl, a, b, col, width, 9.0f * u, 6.0f * u, f.lines.size() <= kSmoothDashLines);
        arrow_head(f.dl, a, b, 8.0f * u + width * 1.5f, col);
        // A "no entry" sign in the middle: this line blocks.
        const ImVec2 m((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
        const ImU32 canvas = u32(palette().canvas);
        f.dl->AddCircleFilled(m, 7.0f * u, faint ? with_alpha(canvas, kFaintLineAlpha) : canvas);
        f.dl->AddCircle(m, 7.0f * u, col, 0, 2.0f * u);
        f.dl->AddLine(ImVec2(m.x - 4.5f * u, m.y + 4.5f * u), ImVec2(m.x + 4.5f * u, m.y - 4.5f * u), col, 2.0f * u);
        break;
    }
    case LineKind::Coverage: {
        dashed_line(f.dl, a, b, col, l.strength == 0 ? u : width, 3.0f * u, 4.0f * u, f.lines.size() <= kSmoothDashLines);
        // The date of the last contact, for the lines of what is selected (all of them would
        // bury the map in dates).
        const Coverage& c = f.account->coverage[l.index];
        if (!faint && !c.last_contact.empty() && (selected || (f.marks && f.map->selection.count(c.contact)))) {
            const ImVec2 m((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
            const ImVec2 size = ImGui::CalcTextSize(c.last_contact.c_str());
            f.dl->AddRectFilled(ImVec2(m.x - size.x * 0.5f - 2, m.y - size.y * 0.5f), ImVec2(m.x + size.x * 0.5f + 2, m.y + size.y * 0.5f), u32(palette().canvas, 220));
            f.dl->AddText(ImVec2(m.x - size.x * 0.5f, m.y - size.y * 0.5f), col, c.last_contact.c_str());
        }
        break;
    }
    case LineKind::ReportsTo:   // drawn above
    case LineKind::COUNT: break;
    }
}

void draw_map_lines(const MapFrame& f) {
    if (!f.detailed) return draw_lines_simplified(f);
    const LineKey& selected = f.map->selected_line;
    for (int i : f.lines) {
        const SceneLine& l = f.map->scene.lines[i];
        draw_line(f, l, f.marks && !selected.empty() && selected.kind == l.kind && line_key(*f.account, l) == selected, f.map->focus.line_is_faint(i));
    }
}

void draw_link_preview(ImDrawList* dl, ImVec2 from, ImVec2 to, LineKind kind) {
    const ImU32 col = line_color(kind);
    dashed_line(dl, from, to, col, 2.0f, 6.0f, 4.0f);
    arrow_head(dl, from, to, 11.0f, col);
}

//-----------------------------------------------------------------------------
// [SECTION] Cards
//-----------------------------------------------------------------------------

static void card_text(ImDrawList* dl, float px, ImVec2 pos, const ImVec4& clip, const std::string& text, ImU32 col) {
    if (!text.empty()) dl->AddText(ImGui::GetFont(), px, pos, col, text.data(), text.data() + text.size(), 0.0f, &clip);
}

// The size 'text' is drawn at so that it fits 'room' across: smaller, but never under the readable
// size (a name too long even then is cut at the card's edge).
static float fitted_px(const MapFrame& f, float px, const std::string& text, float room) {
    const float width = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
    return fit_text_px(px, width, room, f.readable_px);
}

// A card without its details: its colour, and its name or initials as large as the level allows.
// A contact's card keeps its attitude shape as the second cue while the name shows. Returns the
// size the text was drawn at (0: none).
static float plain_card(const MapFrame& f, const Box& b, ImU32 color, const std::string& name, const int* attitude) {
    if (f.card == CardDetail::Colour) {
        f.dl->AddRectFilled(b.min, b.max, color);
        return 0.0f;
    }
    const float k = f.map->view.scale, w = b.width(), h = b.height();
    f.dl->AddRectFilled(b.min, b.max, tint(color, 0.6f), 0.04f * h);
    f.dl->AddRect(b.min, b.max, color, 0.04f * h, 0, 1.5f);
    const float pad = 0.04f * w;
    const ImVec4 clip(b.min.x + pad, b.min.y, b.max.x - pad, b.max.y);
    const float level_px = card_name_px(f.card, k, ImGui::GetFontSize());
    if (f.card == CardDetail::Initials) {
        const std::string text = initials(name);
        const float px = fitted_px(f, level_px, text, w - 2 * pad);
        const ImVec2 size = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0.0f, text.c_str());
        card_text(f.dl, px, ImVec2(b.center().x - size.x * 0.5f, b.center().y - size.y * 0.5f), clip, text, ink());
        return text.empty() ? 0.0f : px;
    }
    // The name across the whole card, on two lines when one would be cut; the shape sits on the
    // card's top-right corner, out of the name's way.
    const float room = w - 2 * pad;
    float px = fitted_px(f, level_px, name, room);
    const auto [first, last] = name_lines(name);
    const bool cut = !last.empty() && ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0.0f, name.c_str()).x > room;
    // Two lines only for a name one line would cut (most names fit: no more measuring for them).
    const std::string first_line(cut ? first : std::string_view()), last_line(cut ? last : std::string_view());
    const float two_px = cut ? std::min(fitted_px(f, std::min(level_px, 0.45f * h), first_line, room), fitted_px(f, std::min(level_px, 0.45f * h), last_line, room))
                             : 0.0f;
    if (cut && two_px >= f.readable_px) {
        const float top = b.center().y - two_px;
        card_text(f.dl, two_px, ImVec2(b.min.x + pad, top), clip, first_line, ink());
        card_text(f.dl, two_px, ImVec2(b.min.x + pad, top + two_px), clip, last_line, ink());
        px = two_px;
    } else {
        card_text(f.dl, px, ImVec2(b.min.x + pad, b.center().y - px * 0.5f), clip, name, ink());
    }
    if (attitude) attitude_shape(f.dl, ImVec2(b.max.x - 0.05f * w, b.min.y), std::max(8.0f, 0.3f * h), *attitude);
    return name.empty() ? 0.0f : px;
}

// A card the filter or the highlight leaves out: drawn as usual under a white veil, so it
// still shows where it sits in the structure but does not compete with the rest.
static void veil(ImDrawList* dl, const Box& b, float rounding) { dl->AddRectFilled(b.min, b.max, u32(palette().canvas, palette().veil_alpha), rounding); }

std::string development_badge(const Contact& c) {
    const Development& d = c.development;
    if (!d.has_target() || d.reached()) return {};
    return "\xE2\x86\x92 " + std::string(kRelationshipLevelLabels[(size_t)d.target % kRelationshipLevelLabels.size()]);   // →
}

// A development target not reached yet: a pill on the card's top edge, red once past its date.
static void development_pill(const MapFrame& f, const Contact& c, const Box& b, float k) {
    const std::string badge = development_badge(c);
    if (badge.empty()) return;
    const bool late = !c.development.by.empty() && !f.today.empty() && c.development.by < f.today;
    const float px = kCardDetailText * k;
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0.0f, badge.c_str());
    const ImVec2 p(b.min.x + 8 * k, b.min.y - 9 * k);
    const ImU32 fill = late ? IM_COL32(200, 40, 40, 255) : IM_COL32(30, 90, 180, 255);
    f.dl->AddRectFilled(p, ImVec2(p.x + text.x + 10 * k, p.y + 17 * k), fill, 8 * k);
    f.dl->AddText(ImGui::GetFont(), px, ImVec2(p.x + 5 * k, p.y + 2 * k), IM_COL32_WHITE, badge.c_str());
}

// A card changed since the snapshot compared: a yellow dot with an ink ring on its top-left corner,
// seen on every attitude colour and at every level of detail.
static void change_mark(const MapFrame& f, const Box& b) {
    const float r = std::max(5.0f, 0.09f * b.height());
    f.dl->AddCircleFilled(b.min, r, IM_COL32(240, 228, 66, 255));
    f.dl->AddCircle(b.min, r, ink(), 0, 1.5f);
}

// Returns the size its name was drawn at (0: none).
static float draw_card(const MapFrame& f, int i) {
    const Contact& c = f.account->contacts[i];
    const MapView& view = f.map->view;
    const bool safe = f.map->customer_safe;
    const float k = view.scale;
    const Box b = view.to_screen(f.map->scene.cards[i]);
    const Rgb base_rgb = safe ? kNeutralCardRgb : attitude_rgb(c.attitude);
    const ImU32 base = u32(base_rgb);
    const Palette& pal = palette();
    const ImU32 written = ink(), muted = u32(pal.card_ink_muted), ring = u32(pal.selection);
    const bool selected = f.marks && f.map->selection.count(c.id) > 0;
    if (f.card != CardDetail::Full) {
        const float px = plain_card(f, b, base, c.name, safe ? nullptr : &c.attitude);
        if (f.map->focus.card_is_faint(i)) veil(f.dl, b, 0);
        if (selected) f.dl->AddRect(ImVec2(b.min.x - 2, b.min.y - 2), ImVec2(b.max.x + 2, b.max.y + 2), ring, 0, 0, 2.0f);
        return px;
    }
    auto at = [&](float x, float y) { return ImVec2(b.min.x + x * k, b.min.y + y * k); };
    f.dl->AddRectFilled(b.min, b.max, u32(card_fill(pal, base_rgb)), 6 * k);
    f.dl->AddRect(b.min, b.max, base, 6 * k, 0, std::max(1.0f, pal.card_border * k));
    if (selected) f.dl->AddRect(ImVec2(b.min.x - 4, b.min.y - 4), ImVec2(b.max.x + 4, b.max.y + 4), ring, 8 * k, 0, 3.0f);
    else if (i == f.hovered_card) f.dl->AddRect(ImVec2(b.min.x - 2, b.min.y - 2), ImVec2(b.max.x + 2, b.max.y + 2), u32(pal.selection, 90), 7 * k, 0, 2.0f);

    const ImVec4 clip(b.min.x + 6 * k, b.min.y, b.max.x - (safe ? 6 : 26) * k, b.max.y);
    const float name_px = fitted_px(f, kCardNameText * k, c.name, clip.z - clip.x - 2 * k);
    card_text(f.dl, name_px, at(8, 6), clip, c.name, written);
    card_text(f.dl, 12.5f * k, at(8, 26), clip, c.title, written);
    std::string where = c.department;
    if (!c.location.empty()) where += (where.empty() ? "" : " \xC2\xB7 ") + c.location;   // middle dot
    card_text(f.dl, kCardDetailText * k, at(8, 44), clip, where, muted);
    if (!safe) attitude_shape(f.dl, at(kCardWidth - 15, 15), 11 * k, c.attitude);

    // Bottom row: level, buying role, decision power, chess piece.
    const ImVec4 full(b.min.x, b.min.y, b.max.x, b.max.y);
    char level[16];
    std::snprintf(level, sizeof level, "L%d", c.level);
    card_text(f.dl, kCardDetailText * k, at(8, 78), full, level, written);
    if (c.role != BuyingRole::None) {
        const std::string_view role = kBuyingRoleLabels[static_cast<size_t>(c.role) % kBuyingRoleLabels.size()];
        const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(kCardDetailText * k, FLT_MAX, 0.0f, role.data(), role.data() + role.size());
        const ImVec2 p = at(30, 77);
        f.dl->AddRectFilled(p, ImVec2(p.x + text.x + 8 * k, p.y + 17 * k), u32(pal.chip_bg), 8 * k);
        f.dl->AddRect(p, ImVec2(p.x + text.x + 8 * k, p.y + 17 * k), u32(pal.chip_border), 8 * k);
        f.dl->AddText(ImGui::GetFont(), kCardDetailText * k, ImVec2(p.x + 4 * k, p.y + 2 * k), written, role.data(), role.data() + role.size(), 0.0f, &full);
    }
    for (int pip = 0; pip < kPowerMax; pip++) {   // decision power: filled pips out of five
        const ImVec2 p = at(118 + pip * 9.0f, 64);
        if (pip < c.power) f.dl->AddRectFilled(p, ImVec2(p.x + 6 * k, p.y + 6 * k), written);
        else f.dl->AddRect(p, ImVec2(p.x + 6 * k, p.y + 6 * k), u32(pal.chip_border));
    }
    if (!safe && c.piece != ChessPiece::None) {
        const ImVec2 m = at(kCardWidth - 17, kCardHeight - 17);
        f.dl->AddCircleFilled(m, 11 * k, written);
        const char letter[2] = {kPieceLetters[static_cast<int>(c.piece) % 7], 0};
        const ImVec2 size = ImGui::GetFont()->CalcTextSizeA(14 * k, FLT_MAX, 0.0f, letter);
        f.dl->AddText(ImGui::GetFont(), 14 * k, ImVec2(m.x - size.x * 0.5f, m.y - size.y * 0.5f), u32(pal.card_base), letter);
    }
    if (!safe) development_pill(f, c, b, k);   // our strategy: not for the customer's eyes
    if (f.map->focus.card_is_faint(i)) veil(f.dl, b, 6 * k);
    return name_px;
}

void draw_map_ghosts(const MapFrame& f, const Box& canvas) {
    const MapState& m = *f.map;
    const ImU32 col = u32(palette().canvas_text_muted);
    for (const Contact& c : m.changes.gone) {
        const Box b = m.view.to_screen(Box{ImVec2(c.x, c.y), ImVec2(c.x + kCardWidth, c.y + kCardHeight)});
        if (!b.overlaps(canvas)) continue;
        const ImVec2 corners[5] = {b.min, ImVec2(b.max.x, b.min.y), b.max, ImVec2(b.min.x, b.max.y), b.min};
        for (int k = 0; k < 4; k++) dashed_line(f.dl, corners[k], corners[k + 1], col, 1.5f, 6.0f, 4.0f);
        if (f.card != CardDetail::Colour) {
            const std::string text = c.name + " (gone)";
            const float px = f.card == CardDetail::Full ? kCardNameText * m.view.scale : f.readable_px;
            card_text(f.dl, px, ImVec2(b.min.x + 0.04f * b.width(), b.min.y + 0.1f * b.height()), ImVec4(b.min.x, b.min.y, b.max.x, b.max.y), text, col);
        }
        expose_rect("map/ghost/" + c.id, b.min.x, b.min.y, b.width(), b.height());
    }
}

float smaller_name_px(float a, float b) { return a <= 0 ? b : b <= 0 ? a : std::min(a, b); }

float draw_map_cards(const MapFrame& f) {
    float smallest = 0.0f;
    for (int i : f.cards) {
        smallest = smaller_name_px(smallest, draw_card(f, i));
        if (f.marks && f.map->changes.changed.count(f.account->contacts[i].id)) change_mark(f, f.map->view.to_screen(f.map->scene.cards[i]));
    }
    return smallest;
}

float draw_map_team(const MapFrame& f) {
    const MapView& view = f.map->view;
    const MapScene& scene = f.map->scene;
    const ImU32 col = line_color(LineKind::Coverage);
    const Palette& pal = palette();
    const float k = view.scale;
    float smallest = 0.0f;
    if (f.card == CardDetail::Full && !f.team.empty()) {
        const ImVec2 p = view.to_screen(ImVec2(scene.team_cards[0].min.x, scene.team_cards[0].min.y - 24));
        f.dl->AddText(ImGui::GetFont(), 14 * k, p, u32(pal.canvas_text_muted), "Our account team");
    }
    for (int i : f.team) {
        const Box b = view.to_screen(scene.team_cards[i]);
        const Person* p = f.ws->find_person(scene.team[i]);
        // The person whose coverage is highlighted gets a heavy frame.
        const bool highlighted = scene.team[i] == f.map->highlight;
        if (highlighted) f.dl->AddRect(ImVec2(b.min.x - 4, b.min.y - 4), ImVec2(b.max.x + 4, b.max.y + 4), col, 8 * k, 0, 4.0f);
        const std::string& name = p ? p->name : scene.team[i];
        const bool full = f.card == CardDetail::Full;
        if (!full) {
            smallest = smaller_name_px(smallest, plain_card(f, b, col, name, nullptr));
        } else {
            f.dl->AddRectFilled(b.min, b.max, highlighted ? tint(col, 0.8f) : u32(pal.card_base), 6 * k);
            f.dl->AddRect(b.min, b.max, col, 6 * k, 0, std::max(1.0f, pal.card_border * k));
            const ImVec4 clip(b.min.x + 6 * k, b.min.y, b.max.x - 6 * k, b.max.y);
            const float px = fitted_px(f, kCardNameText * k, name, clip.z - clip.x - 2 * k);
            card_text(f.dl, px, ImVec2(b.min.x + 8 * k, b.min.y + 8 * k), clip, name, ink());
            if (p) card_text(f.dl, kCardDetailText * k, ImVec2(b.min.x + 8 * k, b.min.y + 30 * k), clip, p->role, u32(pal.card_ink_muted));
            smallest = smaller_name_px(smallest, px);
        }
        if (f.map->focus.team_is_faint(i)) veil(f.dl, b, full ? 6 * k : 0);
    }
    return smallest;
}

//-----------------------------------------------------------------------------
// [SECTION] Legend and indicator
//-----------------------------------------------------------------------------

void draw_customer_safe_banner(ImDrawList* dl, const Box& canvas) {
    dl->AddRect(canvas.min, canvas.max, kSafeColor, 0, 0, 4.0f);
    const char* text = "CUSTOMER-SAFE VIEW: attitudes, chess pieces, conflicts and notes are hidden";
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 p(canvas.center().x - size.x * 0.5f, canvas.min.y + em(0.5f));
    dl->AddRectFilled(ImVec2(p.x - em(0.6f), p.y - em(0.25f)), ImVec2(p.x + size.x + em(0.6f), p.y + size.y + em(0.25f)), kSafeColor, em(0.5f));
    dl->AddText(p, IM_COL32_WHITE, text);
}

// What the legend says, row by row: one list that draw_map_legend() draws and
// map_legend_width() measures, so the box always fits its text, at any font size.
struct LegendRow {
    enum Kind { Heading, Attitude, Line, Plain } kind;
    int value = 0;   // the attitude, or the line kind
    std::string text;
};

static constexpr float kLegendSampleEm = 2.2f;   // width of a drawn sample before its text

static std::vector<LegendRow> legend_rows(bool customer_safe) {
    std::vector<LegendRow> rows;
    char text[160];
    if (!customer_safe) {
        rows.push_back({LegendRow::Heading, 0, "Attitude to us (card colour and shape)"});
        for (int a = kAttitudeMax; a >= kAttitudeMin; a--) {
            std::snprintf(text, sizeof text, "%+d %s", a, attitude_label(a));
            rows.push_back({LegendRow::Attitude, a, text});
        }
    }
    rows.push_back({LegendRow::Heading, 0, "Lines"});
    for (int k = 0; k < static_cast<int>(LineKind::COUNT); k++)
        if (!(customer_safe && static_cast<LineKind>(k) == LineKind::Conflict))
            rows.push_back({LegendRow::Line, k, line_kind_label(static_cast<LineKind>(k))});
    rows.push_back({LegendRow::Heading, 0, "Thicker line: stronger influence or coverage."});
    if (customer_safe) return rows;
    rows.push_back({LegendRow::Heading, 0, "Chess pieces (our own summary of power)"});
    static constexpr const char* kNames[7] = {"", "King", "Queen", "Rook", "Bishop", "Knight", "Pawn"};
    for (int p = 1; p < 7; p++) {
        std::snprintf(text, sizeof text, "%c %s: %s", kPieceLetters[p], kNames[p], kPieceQuestions[p]);
        rows.push_back({LegendRow::Plain, p, text});
    }
    return rows;
}

static bool has_sample(const LegendRow& row) { return row.kind == LegendRow::Attitude || row.kind == LegendRow::Line; }

float map_legend_width(bool customer_safe, float canvas_width) {
    float widest = 0;
    for (const LegendRow& row : legend_rows(customer_safe)) {
        const float sample = has_sample(row) ? em(kLegendSampleEm) + ImGui::GetStyle().ItemSpacing.x : 0.0f;
        widest = std::max(widest, sample + ImGui::CalcTextSize(row.text.c_str()).x);
    }
    // The text plus the box's padding, rounded up (glyph positions are fractional); but never more
    // than 40% of the canvas (at a large UI scale on a small screen): then its rows wrap.
    const float fitted = std::ceil(widest + 2 * ImGui::GetStyle().WindowPadding.x + 2 * ImGui::GetStyle().ChildBorderSize);
    return std::min(fitted, std::max(em(12), std::floor(canvas_width * 0.4f)));
}

// A sample of something drawn on the map, as wide as 'width_em', inline with text.
template <typename Draw>
static void legend_sample(float width_em, Draw draw) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 size(em(width_em), ImGui::GetTextLineHeight());
    ImGui::Dummy(size);
    draw(ImGui::GetWindowDrawList(), p, size);
    ImGui::SameLine();
}

static void attitude_sample(int a) {
    legend_sample(kLegendSampleEm, [a](ImDrawList* dl, ImVec2 p, ImVec2 s) {
        dl->AddRectFilled(p, ImVec2(p.x + s.y * 1.1f, p.y + s.y), u32(card_fill(palette(), attitude_rgb(a))), 3);
        dl->AddRect(p, ImVec2(p.x + s.y * 1.1f, p.y + s.y), attitude_color(a), 3, 0, 2);
        attitude_shape(dl, ImVec2(p.x + s.y * 1.65f, p.y + s.y * 0.5f), s.y * 0.6f, a);
    });
}

static void line_sample(LineKind kind) {
    legend_sample(kLegendSampleEm, [kind](ImDrawList* dl, ImVec2 p, ImVec2 s) {
        const ImVec2 a(p.x, p.y + s.y * 0.5f), b(p.x + s.x - 4, p.y + s.y * 0.5f);
        const ImU32 col = line_color(kind);
        if (kind == LineKind::ReportsTo) dl->AddLine(a, b, col, 1.5f);
        if (kind == LineKind::Influence) dl->AddLine(a, b, col, 2.6f);
        if (kind == LineKind::Conflict) dashed_line(dl, a, b, col, 2.6f, 9.0f, 6.0f);
        if (kind == LineKind::Coverage) dashed_line(dl, a, b, col, 2.6f, 3.0f, 4.0f);
        if (kind == LineKind::Influence || kind == LineKind::Conflict) arrow_head(dl, a, b, 9.0f, col);
    });
}

void draw_map_legend(bool customer_safe) {
    const std::vector<LegendRow> rows = legend_rows(customer_safe);
    for (size_t i = 0; i < rows.size(); i++) {
        const LegendRow& row = rows[i];
        if (row.kind == LegendRow::Attitude) attitude_sample(row.value);
        if (row.kind == LegendRow::Line) line_sample(static_cast<LineKind>(row.value));
        if (row.kind == LegendRow::Heading) note("%s", row.text.c_str());
        else ImGui::TextWrapped("%s", row.text.c_str());
        expose_item("map/legend/row/" + std::to_string(i));   // tests check the box holds each row
    }
}

}  // namespace kam::ui
