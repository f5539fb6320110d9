#include "core/dates.h"

#include <cstdio>

namespace kam {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no clock,
// no time zone.
std::optional<long> day_number(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    auto number = [&](size_t at, size_t len) {
        long v = 0;
        for (size_t i = at; i < at + len; i++) {
            if (date[i] < '0' || date[i] > '9') return -1L;
            v = v * 10 + (date[i] - '0');
        }
        return v;
    };
    long y = number(0, 4), m = number(5, 2), d = number(8, 2);
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap) return std::nullopt;
    y -= m <= 2;
    const long era = y / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string date_of_day(long day) {
    // Howard Hinnant's civil_from_days, the inverse of day_number.
    day += 719468;
    const long era = (day >= 0 ? day : day - 146096) / 146097;
    const long doe = day - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
    return text;
}

std::optional<int> month_number(std::string_view month) {
    if (month.size() != 7 || month[4] != '-') return std::nullopt;
    int v[2] = {0, 0};
    for (size_t i = 0; i < 7; i++) {
        if (i == 4) continue;
        if (month[i] < '0' || month[i] > '9') return std::nullopt;
        int& part = v[i > 4];
        part = part * 10 + (month[i] - '0');
    }
    if (v[1] < 1 || v[1] > 12) return std::nullopt;
    return v[0] * 12 + v[1] - 1;
}

std::string month_text(int month) {
    if (month < 0) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d", month / 12 % 10000, month % 12 + 1);
        return text;
    }
    // Digit by digit rather than snprintf: an import of actuals asks for one per line of its file.
    const int year = month / 12 % 10000, m = month % 12 + 1;
    std::string text = "0000-00";
    text[0] = static_cast<char>('0' + year / 1000);
    text[1] = static_cast<char>('0' + year / 100 % 10);
    text[2] = static_cast<char>('0' + year / 10 % 10);
    text[3] = static_cast<char>('0' + year % 10);
    text[5] = static_cast<char>('0' + m / 10);
    text[6] = static_cast<char>('0' + m % 10);
    return text;
}

std::optional<std::string> add_months(std::string_view date, int months) {
    const std::optional<int> month = month_number(date.substr(0, 7));
    if (!day_number(date) || !month) return std::nullopt;
    const std::string target = month_text(*month + months);
    int day = (date[8] - '0') * 10 + (date[9] - '0');
    while (day > 28 && !day_number(target + (day < 10 ? "-0" : "-") + std::to_string(day))) day--;
    return target + (day < 10 ? "-0" : "-") + std::to_string(day);
}

const char* month_abbreviation(int month) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return kMonths[(month % 12 + 12) % 12];
}

}  // namespace kam
