// KAM Canvas: drawing the relationship map: cards, lines, our team column, the legend and
// the customer-safe indicator. Draws only what the canvas found visible; knows nothing of
// input. Colours come from a colour-blind-safe palette (Okabe-Ito), and every colour has a
// second cue (a shape, a dash pattern) so nothing depends on colour alone.
#pragma once

#include "core/relationships/card_detail.h"
#include "ui/relationships/map_state.h"

#include <vector>

namespace kam::ui {

// One frame of the map: the visible items (indices into the scene) and how to draw them.
struct MapFrame {
    ImDrawList* dl = nullptr;
    const Workspace* ws = nullptr;
    const Account* account = nullptr;
    const MapState* map = nullptr;
    bool detailed = true;            // zoomed in far enough for every line's style; otherwise plain lines
    CardDetail card = CardDetail::Full;   // how much of each card shows (core/relationships/card_detail.h)
    float readable_px = 10.0f;       // no text on a card is drawn smaller
    bool marks = true;               // selection outlines and dates (off in exported pictures)
    std::vector<int> cards, team, lines;
    int hovered_card = -1, hovered_team = -1;
    std::string today;               // "YYYY-MM-DD": a development target past its date shows in red
    float line_scale = 1.0f;         // the UI scale: lines, arrowheads and dashes grow with it
};

// The badge of a contact's development target ("→ Trusted advisor"), "" when it has none or has
// reached it. The map draws it on the card; tests read it.
std::string development_badge(const Contact& c);

// Zoom (screen pixels per map unit) from which lines are drawn in their own styles.
inline constexpr float kDetailScale = 0.45f;
// More cards in view than this and they show only their colours: text on each would cost more
// than the map's frame budget, and would not be read.
inline constexpr size_t kMaxNamedCards = 400;

void draw_map_lines(const MapFrame& f);
// Both return the smallest size a name was drawn at, in screen pixels (0: no name drawn).
float draw_map_cards(const MapFrame& f);
float draw_map_team(const MapFrame& f);
// Contacts gone since the snapshot compared: dashed outlines where they were, with their names.
void draw_map_ghosts(const MapFrame& f, const Box& canvas);
// The smaller of two such sizes, where 0 means no name.
float smaller_name_px(float a, float b);
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
