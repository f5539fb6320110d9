// KAM Canvas: the little of UTF-8 that cutting and abbreviating text needs, so that no cut ever
// splits a character (a split one shows as a replacement box, or breaks the JSON it lands in).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace kam {

// A byte that continues a character rather than starting one.
inline constexpr bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The bytes of the character that starts at s[i] (1 for a stray byte; never past the end).
inline size_t utf8_char_length(std::string_view s, size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : c >> 5 == 0x6 ? 2 : c >> 4 == 0xE ? 3 : c >> 3 == 0x1E ? 4 : 1;
    return std::min(n, s.size() - i);
}

}  // namespace kam
