// KAM Canvas: view state of the Forecast tab (never saved in the workspace).
#pragma once

#include <string>

namespace kam {

struct ForecastView {
    // The figure being typed ("2026-03/actual") and its text, kept across frames until it is
    // committed (Enter, Tab or leaving the cell) or refused.
    std::string edit_key, edit_text;
    double chart_ms = 0;   // the chart's last redraw (layout and draw list), for the benchmark
};

}  // namespace kam
