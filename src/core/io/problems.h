// KAM Canvas: problems found while reading or checking a workspace.
// Each problem names the place with a JSON pointer into the file ("/accounts/3/contacts/7/attitude")
// so a user can find it in the file and a test can check it exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kam {

struct Problem {
    std::string path;      // JSON pointer; "/" for the whole document
    std::string message;   // short and concrete: "expected -2..2, got 9"
    bool operator==(const Problem&) const = default;
};

// One line per problem ("path: message"), at most max_lines of them, then "... and N more".
std::string describe_problems(const std::vector<Problem>& problems, size_t max_lines = 12);

// Helpers for writing problem messages and paths.
std::string format_number(double value);               // shortest form that reads back the same: "2.5", "9", "nan"
std::string quote(std::string_view text);              // "\"text\"", shortened when very long
std::string pointer_token(std::string_view key);       // escapes '~' and '/' for use in a JSON pointer

}  // namespace kam
