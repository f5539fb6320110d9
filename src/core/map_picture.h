// KAM Canvas: the relationship map as a picture for documents that leave the app (the exported
// plan): one SVG element with every contact's card where the map has it, coloured by attitude
// as on the canvas, and the reporting, influence and conflict lines. Vector, so it prints
// sharp; self-contained (no fonts or images fetched), so it opens offline.
#pragma once

#include "core/model.h"

#include <string>

namespace kam {

// "" for an account without contacts. The customer-safe picture leaves out attitude (grey
// cards) and conflict lines, as the customer-safe view does.
std::string map_svg(const Account& account, bool customer_safe = false);

}  // namespace kam
