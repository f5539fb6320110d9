// KAM Canvas: the limits on what a workspace file may hold, in one place. A file beyond any of
// them is refused whole, with the JSON path (or the line and column) and the limit, and the open
// workspace stays as it was. Real workspaces are far inside them: 200,000 contacts take about
// 80 MB, the longest real names a few hundred characters. They keep a hostile or broken file
// from freezing or exhausting the page (a 2 GB file, a name of a million characters, nesting a
// million levels deep), and names from holding characters no one can see or type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace kam {

// A whole workspace file (an import, or a file in storage).
inline constexpr size_t kMaxFileBytes = 256u << 20;
// A one-line text: a name, title, role, department, location, email, id. Counted in characters
// (a Swedish Å is one); control characters (below U+0020, and U+007F) are refused in them.
inline constexpr size_t kMaxLineChars = 1000;
// Any other text (notes, descriptions, plan items), in bytes. NUL is refused in every text.
inline constexpr size_t kMaxTextBytes = 1u << 20;
// Arrays and objects inside each other: our format nests 7 deep; unknown members may nest a little.
inline constexpr size_t kMaxNesting = 64;

// "256 MB", "1.5 MB", "812 bytes": sizes in messages.
inline std::string describe_bytes(uint64_t bytes) {
    char text[32];
    if (bytes < 1024) std::snprintf(text, sizeof text, "%u bytes", static_cast<unsigned>(bytes));
    else if (bytes < (1u << 20)) std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    else std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1048576.0);
    std::string s = text;
    if (s.ends_with(".0 MB") || s.ends_with(".0 KB")) s.erase(s.size() - 5, 2);   // "256 MB", not "256.0 MB"
    return s;
}

// "1.2 MB (1234567 bytes)": a size that is over a limit, exact where rounding would hide by how much.
inline std::string describe_size_over(uint64_t bytes) {
    return bytes < 1024 ? describe_bytes(bytes) : describe_bytes(bytes) + " (" + std::to_string(bytes) + " bytes)";
}

// The problem with a file of this size, or "" when it is within the limit.
inline std::string file_size_problem(uint64_t bytes) {
    if (bytes <= kMaxFileBytes) return {};
    return "the file is " + describe_size_over(bytes) + ", larger than the limit of " + describe_bytes(kMaxFileBytes);
}

}  // namespace kam
