// KAM Canvas: text made safe inside HTML and SVG, for the documents the app writes (the
// exported plan and the map picture in it).
#pragma once

#include <string>

namespace kam {

// & < > " and ' escaped: safe in element text and in quoted attributes.
std::string html_escape(const std::string& text);

}  // namespace kam
