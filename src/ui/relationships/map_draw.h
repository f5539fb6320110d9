// KAM Canvas: drawing the relationship map: cards, lines, our team column, the legend and
// the customer-safe indicator. Draws only what the canvas found visible; knows nothing of
// input. Colours come from a colour-blind-safe palette (Okabe-Ito), and every colour has a
// second cue (a shape, a dash pattern) so nothing depends on colour alone.
#pragma once

#include "ui/relationships/map_state.h"

#include <vector>

namespace kam::ui {

// One frame of the map: the visible items (indices into the scene) and how to draw them.
struct MapFrame {
    ImDrawList* dl = nullptr;
    const Workspace* ws = nullptr;
    const Account* account = nullptr;
    const MapState* map = nullptr;
    bool detailed = true;            // zoomed in far enough for everything on a card; otherwise plain shapes,
    bool names = false;              // with names on them when those are still legible
    bool marks = true;               // selection outlines and dates (off in exported pictures)
    std::vector<int> cards, team, lines;
    int hovered_card = -1, hovered_team = -1;
    std::string today;               // "YYYY-MM-DD": a development target past its date shows in red
    float line_scale = 1.0f;         // the UI scale: lines, arrowheads and dashes grow with it
};

// The badge of a contact's development target ("→ Trusted advisor"), "" when it has none or has
// reached it. The map draws it on the card; tests read it.
std::string development_badge(const Contact& c);

// Zoom at which cards show all they hold, and at which (and few enough cards) just names
// (screen pixels per map unit).
inline constexpr float kDetailScale = 0.45f, kNamesScale = 0.22f;
inline constexpr size_t kMaxNamedCards = 400;

// The size contacts' names are drawn at in this frame, in screen pixels (0: too far out for names).
float card_name_px(const MapFrame& f);

void draw_map_lines(const MapFrame& f);
void draw_map_cards(const MapFrame& f);
void draw_map_team(const MapFrame& f);
void draw_link_preview(ImDrawList* dl, ImVec2 from, ImVec2 to, LineKind kind);
void draw_customer_safe_banner(ImDrawList* dl, const Box& canvas);

// The legend's content (ImGui widgets): attitude colours and shapes, line kinds, and the
// question each chess piece answers. The customer-safe view leaves out what it hides.
void draw_map_legend(bool customer_safe);
// The width of a box that holds the legend (its text at the current font size and padding), at
// most 40% of a canvas that wide: beyond, its rows wrap.
float map_legend_width(bool customer_safe, float canvas_width);

const char* attitude_label(int attitude);
const char* chess_piece_question(ChessPiece piece);
const char* line_kind_label(LineKind kind);

}  // namespace kam::ui
