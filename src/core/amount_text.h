// KAM Canvas: amounts of money as text, in the documents and the views: in full ("120000",
// "1234.5": two decimals at most), or short for a narrow place ("950", "1.5k", "120k", "1.2m",
// "-40k").
#pragma once

#include <string>

namespace kam {

std::string amount_text(double v);
std::string short_amount_text(double v);

}  // namespace kam
