// KAM Canvas: lets browser tests find widgets. When enabled (test builds of the page ask
// for it with ?test in the URL), the screen rectangle of each named item is recorded every
// frame, so a test can click it with real mouse events instead of guessing coordinates.
#pragma once

#include <string>

namespace kam::ui {

void set_item_exposure(bool enabled);
bool item_exposure_enabled();   // lets a view skip naming many items when nobody looks
void begin_exposing_frame();
// Records the last submitted ImGui item under 'name'.
void expose_item(const std::string& name);
// Records a rectangle the view drew itself (e.g. a card on the map), in screen pixels.
void expose_rect(const std::string& name, float x, float y, float w, float h);
// Records text the user sees (a message, a dialog's content) under 'name'.
void expose_text(const std::string& name, const std::string& text);
// {"items": {"name": [x, y, w, h], ...}, "texts": {"name": "text", ...}} for the last
// frame; rectangles in framebuffer pixels.
std::string exposed_items_json();

}  // namespace kam::ui
