#include "core/io/problems.h"

#include "core/utf8.h"

#include <nlohmann/detail/conversions/to_chars.hpp>   // its shortest double-to-text (std::to_chars of doubles is missing from wasm's libc++)

#include <charconv>
#include <cmath>

namespace kam {

std::string describe_problems(const std::vector<Problem>& problems, size_t max_lines) {
    std::string text;
    const size_t shown = problems.size() > max_lines ? max_lines : problems.size();
    for (size_t i = 0; i < shown; i++) {
        if (i > 0) text += '\n';
        text += problems[i].path;
        text += ": ";
        text += problems[i].message;
    }
    if (shown < problems.size()) {
        if (!text.empty()) text += '\n';
        text += "... and " + std::to_string(problems.size() - shown) + " more";
    }
    return text;
}

std::string format_number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char buf[40];
    if (value == std::trunc(value) && std::fabs(value) < 1e15 && !(value == 0 && std::signbit(value)))
        return std::string(buf, std::to_chars(buf, buf + sizeof(buf), static_cast<long long>(value)).ptr);   // "9"
    return std::string(buf, nlohmann::detail::to_chars(buf, buf + sizeof(buf), value));                   // "2.5"
}

std::string quote(std::string_view text) {
    // A pasted essay in a wrong field must not flood the message list.
    constexpr size_t kMaxShown = 40;
    std::string out = "\"";
    if (text.size() <= kMaxShown) {
        out += text;
    } else {
        size_t cut = kMaxShown;
        while (cut > 0 && is_utf8_continuation(text[cut])) cut--;   // keep characters whole
        out += text.substr(0, cut);
        out += "...";
    }
    out += '"';
    return out;
}

std::string pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace kam
