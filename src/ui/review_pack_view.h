// KAM Canvas: view state of the executive review pack (never saved in the workspace): whether it
// is being presented, the page shown, and the pack as last gathered.
#pragma once

#include "core/review_pack.h"

#include <cstdint>
#include <string>

namespace kam {

struct ReviewPackView {
    bool presenting = false;
    int page = 0;                 // index in pack.pages
    // The pack, gathered again when the document, the day or the customer-safe switch changes.
    ReviewPack pack;
    uint64_t revision = 0, serial = 0;
    bool gathered = false, customer_safe = false;
};

}  // namespace kam
