// KAM Canvas: view state of the Forecast tab (never saved in the workspace).
#pragma once

#include <string>

namespace kam {

struct ForecastView {
    // The figure or code being typed ("2026-03/actual", "currency/Currency") and its text, kept
    // across frames until it is committed (Enter, Tab or leaving the field) or refused.
    std::string edit_key, edit_text;
    // The month whose investigation is open in the panel above the table ("" = none).
    std::string investigating;
    // The review of the Reviews tab's log to open on the next frame (one just recorded), or -1.
    int opened_review = -1;
    double chart_ms = 0;   // the chart's last redraw (layout and draw list), for the benchmark
};

}  // namespace kam
