// Prints how long the forecast chart takes natively (target: it redraws in <= 1 ms): the layout of
// 24 months alone (core), the chart's redraw with the mouse over a month (layout, draw list and
// tooltip, headless: no GPU), and the whole Forecast tab's frame around it. bench/browser_bench.mjs
// measures the same redraw in the browser with the file this writes.
// Then the portfolio dashboard of 5,000 accounts x 36 months: its figures, and its frame scrolling.
//   bench_reviews [--write-forecast file.json]
//   bench_reviews --write-portfolio file.json     (only writes the dashboard's 5,000 x 36 workspace)
//   bench_reviews --portfolio-parts               (only what one dashboard row costs, part by part)
#include "core/dates.h"
#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/parallel.h"
#include "core/planning/planning.h"
#include "core/portfolio.h"
#include "core/reviews/deviation.h"
#include "core/reviews/investigation.h"
#include "core/reviews/review_schedule.h"
#include "core/reviews/forecast_chart.h"
#include "core/sample_workspace.h"
#include "ui/reviews/views.h"

#include "bench_clock.h"
#include "headless_app.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

using namespace kam;

// This month on the host's clock ("YYYY-MM"): the browser shows the months up to its own today.
static std::string this_month() {
    const std::time_t now = std::time(nullptr);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m", std::gmtime(&now));
    return text;
}

// The sample, its first account with the three years of figures up to this month: every series
// of the chart drawn, some months flagged, one month without an actual (a break in the line).
static Workspace forecast_workspace() {
    Workspace ws = make_sample_workspace();
    Account& a = ws.accounts[0];
    a.months.clear();
    const int last = *month_number(this_month());
    for (int i = 0; i < 36; i++) {
        const double forecast = 300000 + 5000 * (i % 12), actual = forecast * (i % 7 == 3 ? 0.7 : 1.0 + 0.02 * (i % 5 - 2));
        a.months.push_back({month_text(last - 35 + i), forecast, i == 30 ? std::nullopt : std::optional<double>(actual)});
    }
    return ws;
}

static void layout_alone(const FigureTable& table) {
    std::vector<double> ms;
    size_t drawn = 0;
    for (int run = 0; run < 2000; run++) {
        const auto start = std::chrono::steady_clock::now();
        const ForecastChart c = forecast_chart(table, 1100, 224, {16, 8}, "EUR");
        ms.push_back(ms_since(start));
        drawn += c.actual.size();
    }
    std::printf("Forecast chart layout, %zu months (core alone): median %.4f ms of 2,000 runs (%zu bars)\n", table.rows.size(), median(ms),
                drawn / 2000);
}

static void redraws() {
    HeadlessApp headless(forecast_workspace(), 800, "Forecast", this_month() + "-01");
    ImGuiIO& io = ImGui::GetIO();

    // The chart alone, as the tab draws it, with the mouse moving over its months (the tooltip
    // and hover line each frame): its own window, so nothing else is timed.
    const FigureTable table = figure_table(headless.app.doc.ws().accounts[0].months, this_month(), 24);
    std::vector<double> chart_ms;
    int vertices = 0;
    for (int i = 0; i < 240; i++) {
        io.AddMousePosEvent(100.0f + float(i % 48) * 22, 140);
        io.DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1200, 600));
        ImGui::Begin("chart", nullptr, ImGuiWindowFlags_NoDecoration);
        const int before = ImGui::GetWindowDrawList()->VtxBuffer.Size;
        const auto start = std::chrono::steady_clock::now();
        ui::draw_forecast_chart(headless.app, table, "EUR");
        chart_ms.push_back(ms_since(start));
        vertices = ImGui::GetWindowDrawList()->VtxBuffer.Size - before;
        ImGui::End();
        ImGui::Render();
    }
    std::vector<double> sorted = chart_ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf("Forecast chart redraw, 24 months, mouse over a month (layout + draw list + tooltip): median %.3f ms, p95 %.3f ms, "
                "max %.3f ms of %zu, %d vertices (target <= 1 ms)\n",
                median(chart_ms), sorted[sorted.size() * 95 / 100], sorted.back(), sorted.size(), vertices);

    std::vector<double> tab_ms;
    for (int i = 0; i < 120; i++) {
        io.AddMousePosEvent(600.0f + float(i % 24) * 20, 200);
        const auto start = std::chrono::steady_clock::now();
        headless.frame();
        tab_ms.push_back(ms_since(start));
    }
    std::printf("Forecast tab with the chart and 24 table rows: UI build + draw list per frame median %.3f ms, max %.3f ms\n",
                median(tab_ms), *std::max_element(tab_ms.begin(), tab_ms.end()));
}

// 5,000 accounts with 36 months of figures each (some far off their forecast), a review log and
// an investigation now and then: the portfolio dashboard's figures (target <= 10 ms in the
// browser), and its frame while it scrolls (target <= 2 ms of UI build).
static Workspace portfolio_workspace(const std::string& last_month) {
    Workspace ws = generate_workspace(5000, 4, 10, 7);
    const int last = *month_number(last_month);
    uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (Account& a : ws.accounts) {
        a.months.clear();
        for (int m = last - 35; m <= last; m++) {
            const double forecast = 50000 + next() % 100000;
            const double actual = forecast * (0.6 + (next() % 800) / 1000.0);
            a.months.push_back({month_text(m), forecast, m < last ? std::optional(actual) : std::nullopt});
        }
        Review r;
        r.date = month_text(last - static_cast<int>(next() % 3)) + "-10", r.kind = ReviewKind::Executive;
        a.reviews.push_back(r);
        if (next() % 4 == 0) a.investigations.push_back({month_text(last - 1), DeviationCause::Price, "Discount"});
    }
    return ws;
}

// What one row of the dashboard costs, part by part over the 5,000 accounts: the lean reading the
// dashboard uses against the full one it stands for (the same results; see test_lean_dashboard.cpp).
static void portfolio_parts(const Workspace& ws, const std::string& today) {
    const auto time = [&](const char* what, auto&& part) {
        std::vector<double> ms;
        long sink = 0;
        for (int run = 0; run < 9; run++) {
            const auto start = std::chrono::steady_clock::now();
            for (const Account& a : ws.accounts) sink += part(a);
            ms.push_back(ms_since(start));
        }
        std::printf("  %-72s median %6.2f ms (%ld)\n", what, median(ms), sink / 9);
    };
    std::printf("Portfolio row, part by part over 5,000 accounts:\n");
    time("figure_table of 12 months + open_deviations (the full table)", [&](const Account& a) {
        const FigureTable t = figure_table(a.months, today.substr(0, 7), 12, rules_of(ws, a));
        return open_deviations(a, t).open;
    });
    time("figure_summary of 12 months + open_deviations (the dashboard's lean path)", [&](const Account& a) {
        return open_deviations(a, figure_summary(a.months, today.substr(0, 7), 12, rules_of(ws, a))).open;
    });
    time("review_schedule, overdue counted (the full schedule)", [&](const Account& a) {
        int n = 0;
        for (const ReviewDue& d : review_schedule(ws, a, today)) n += d.overdue;
        return n;
    });
    time("overdue_reviews (no texts built)", [&](const Account& a) { return overdue_reviews(ws, a, today); });
    time("rate_section x 6, complete counted (with what is missing)", [&](const Account& a) {
        int n = 0;
        for (int k = 0; k < static_cast<int>(PlanSection::COUNT); k++) n += rate_section(a, static_cast<PlanSection>(k)).rating == Completeness::Complete;
        return n;
    });
    time("complete_sections (counts only)", [&](const Account& a) { return complete_sections(a); });
    time("overdue actions", [&](const Account& a) {
        return std::count_if(a.plan.actions.begin(), a.plan.actions.end(), [&](const Action& x) { return is_overdue(x, today); });
    });
    time("account_health without its texts", [&](const Account& a) { return account_health(ws, a, today, false).score.value_or(0); });
    time("portfolio_row (all of the above the dashboard reads, and health)", [&](const Account& a) {
        return portfolio_row(ws, static_cast<int>(&a - ws.accounts.data()), today).attention;
    });
}

static void portfolio_bench() {
    const std::string today = this_month() + "-15";
    const Workspace ws = portfolio_workspace(this_month());
    const Scoring scoring = score_accounts(ws.criteria, ws.tier_scheme, ws.accounts);
    portfolio_parts(ws, today);
    std::vector<double> ms;
    Portfolio p;
    for (int i = 0; i < 15; i++) {
        const auto start = std::chrono::steady_clock::now();
        p = portfolio(ws, scoring, today);
        ms.push_back(ms_since(start));
    }
    std::printf("Portfolio dashboard, 5,000 accounts x 36 months: computed whole in median %.2f ms, max %.2f ms (target <= 10 ms in the browser); "
                "%d flagged months open\n", median(ms), *std::max_element(ms.begin(), ms.end()), p.totals.open_deviations);
    // After an edit of one account the dashboard reads that account again and keeps the other rows.
    std::vector<PortfolioRow> rows;
    for (size_t i = 0; i < ws.accounts.size(); i++) rows.push_back(portfolio_row(ws, static_cast<int>(i), today));
    ms.clear();
    for (int i = 0; i < 15; i++) {
        const auto start = std::chrono::steady_clock::now();
        rows[static_cast<size_t>(i)] = portfolio_row(ws, i, today);
        p = portfolio_of(ws, scoring, rows);
        ms.push_back(ms_since(start));
    }
    std::printf("Portfolio dashboard after an edit of one account (its row read again, totals and order of all): median %.2f ms, max %.2f ms\n",
                median(ms), *std::max_element(ms.begin(), ms.end()));

    for (const PortfolioColumn column : {PortfolioColumn::Account, PortfolioColumn::Manager, PortfolioColumn::YearToDate}) {
        ms.clear();
        for (int i = 0; i < 9; i++) {
            std::vector<PortfolioRow> sorted = p.rows;
            const auto start = std::chrono::steady_clock::now();
            sort_rows(sorted, ws, column, i % 2 == 0);
            ms.push_back(ms_since(start));
        }
        std::printf("Portfolio rows sorted by column %d (5,000 rows; only when the order or the rows change): median %.2f ms\n",
                    static_cast<int>(column), median(ms));
    }

    HeadlessApp headless(ws, 800, "Portfolio", today);
    // As the app computes it on screen (the rows on this thread and the helper): the whole after an
    // edit of the review defaults, and one account's row after an edit of that account.
    ms.clear();
    for (int i = 0; i < 9; i++) {
        ReviewDefaults defaults = headless.app.doc.ws().review_defaults;
        defaults.deviation_rules.bias_months = 3 + (i % 2 == 0);
        headless.app.doc.set_review_defaults(defaults, "bench");
        headless.frame();
        ms.push_back(headless.app.portfolio_view.compute_ms);
    }
    std::printf("Portfolio dashboard as the app computes it (two threads): whole after an edit of the review defaults median %.2f ms, max %.2f ms\n",
                median(ms), *std::max_element(ms.begin(), ms.end()));
    ms.clear();
    for (int i = 0; i < 9; i++) {
        Account a = headless.app.doc.ws().accounts[static_cast<size_t>(i)];
        a.currency = i % 2 ? "SEK" : "NOK";
        headless.app.doc.set_account(a, "bench");
        headless.frame();
        ms.push_back(headless.app.portfolio_view.compute_ms);
    }
    std::printf("  after an edit of one account (its row, totals, order and the sorted copy) median %.2f ms, max %.2f ms\n", median(ms),
                *std::max_element(ms.begin(), ms.end()));
    ImGuiIO& io = ImGui::GetIO();
    std::vector<double> frame_ms;
    for (int i = 0; i < 240; i++) {
        io.AddMousePosEvent(700, 400);
        io.AddMouseWheelEvent(0, i < 120 ? -3.0f : 3.0f);
        const auto start = std::chrono::steady_clock::now();
        headless.frame();
        frame_ms.push_back(ms_since(start));
    }
    std::printf("Portfolio dashboard scrolling through 5,000 rows: UI build + draw list per frame median %.3f ms, max %.3f ms (target <= 2 ms)\n",
                median(frame_ms), *std::max_element(frame_ms.begin(), frame_ms.end()));
}

int main(int argc, char** argv) {
    start_helper();   // as the app does: the dashboard reads its rows on two threads
    if (argc == 2 && std::string(argv[1]) == "--portfolio-parts") {   // only what one dashboard row costs, part by part
        portfolio_parts(portfolio_workspace(this_month()), this_month() + "-15");
        return 0;
    }
    for (int i = 1; i + 1 < argc; i++) {
        if (std::string(argv[i]) == "--write-portfolio") {   // for bench/browser_bench.mjs: writes, and measures nothing
            Workspace ws = portfolio_workspace(this_month());
            ws.accounts[0].name = "Portfolio bench";
            std::ofstream(argv[i + 1], std::ios::binary) << write_workspace_json(ws);
            std::printf("wrote %s\n", argv[i + 1]);
            return 0;
        }
        if (std::string(argv[i]) == "--write-forecast") {
            std::ofstream(argv[i + 1], std::ios::binary) << write_workspace_json(forecast_workspace());
            std::printf("wrote %s\n", argv[i + 1]);
        }
    }
    const Workspace ws = forecast_workspace();
    layout_alone(figure_table(ws.accounts[0].months, this_month(), 24));
    redraws();
    portfolio_bench();
    return 0;
}
