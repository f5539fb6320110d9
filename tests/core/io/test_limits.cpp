// The limits of core/io/limits.h: a file beyond any of them is refused whole, with the JSON path
// (or its line and column) and the limit; a real workspace of any size stays far inside them.
#include <catch2/catch.hpp>

#include "core/generate_workspace.h"
#include "core/io/json_io.h"
#include "core/io/limits.h"

#include <string>

using namespace kam;

namespace {

// A file with one account, its members as given (JSON text after "id" and "name").
std::string file_with_account(const std::string& members) {
    return R"({"format": "kam-canvas", "version": 1, "accounts": [{"id": "a1", "name": "Volvo")" + members + "}]}";
}

// The one problem reading 'text' gives, as "path: message".
std::string only_problem(const std::string& text) {
    const ReadResult r = read_workspace_json(text);
    REQUIRE(r.problems.size() == 1);
    REQUIRE_FALSE(r.ok());
    return r.problems[0].path + ": " + r.problems[0].message;
}

std::string repeat(const std::string& s, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; i++) out += s;
    return out;
}

}  // namespace

TEST_CASE("limits: a name or title of up to 1,000 characters, counted as characters", "[limits]") {
    const std::string longest = repeat("\xC3\x85", kMaxLineChars);   // 1,000 x Å: 2,000 bytes
    REQUIRE(read_workspace_json(file_with_account(R"(, "industry": ")" + longest + "\"")).ok());
    CHECK(only_problem(file_with_account(R"(, "industry": ")" + longest + "x\"")) ==
          "/accounts/0/industry: 1001 characters, longer than the limit of 1000");
    CHECK(only_problem(file_with_account(R"(, "contacts": [{"id": "c1", "name": "Eva", "title": ")" +
                                         repeat("a", 5000) + "\"}]")) ==
          "/accounts/0/contacts/0/title: 5000 characters, longer than the limit of 1000");
}

TEST_CASE("limits: notes of up to 1 MB", "[limits]") {
    REQUIRE(read_workspace_json(file_with_account(R"(, "notes": ")" + std::string(kMaxTextBytes, 'n') + "\"")).ok());
    CHECK(only_problem(file_with_account(R"(, "notes": ")" + std::string(kMaxTextBytes + 1, 'n') + "\"")) ==
          "/accounts/0/notes: a text of 1 MB (1048577 bytes), longer than the limit of 1 MB");
}

TEST_CASE("limits: no control characters in names, no NUL in any text", "[limits]") {
    CHECK(only_problem(R"({"format": "kam-canvas", "version": 1, "team": [{"id": "p1", "name": "Eva\tEk"}]})") ==
          "/team/0/name: contains a control character (U+0009) at character 4");
    CHECK(only_problem(file_with_account(R"(, "contacts": [{"id": "c\u0000", "name": "Eva"}])")) ==
          "/accounts/0/contacts/0/id: contains a control character (U+0000) at character 2");
    CHECK(only_problem(file_with_account(R"(, "notes": "a\u0000b")")) ==
          "/accounts/0/notes: contains a NUL character (U+0000)");
    // Line breaks and tabs belong in notes.
    REQUIRE(read_workspace_json(file_with_account(R"(, "notes": "line 1\nline 2\tend")")).ok());
}

TEST_CASE("limits: a member named twice in one object is refused", "[limits]") {
    CHECK(only_problem(file_with_account(R"(, "name": "Scania")")) ==
          "/accounts/0/name: duplicate member \"name\" in one object");
    CHECK(only_problem(file_with_account(R"(, "notes": null, "notes": "x")")) ==
          "/accounts/0/notes: duplicate member \"notes\" in one object");
    CHECK(only_problem(file_with_account(R"(, "scores": {"k1": 3, "k1": 9})")) ==
          "/accounts/0/scores/k1: duplicate member \"k1\" in one object");
}

TEST_CASE("limits: nesting of up to 64 levels", "[limits]") {
    auto nested = [](size_t levels) {
        return R"({"format": "kam-canvas", "version": 1, "future": )" + repeat("[", levels - 1) + "{}" +
               repeat("]", levels - 1) + "}";
    };
    REQUIRE(read_workspace_json(nested(kMaxNesting)).ok());   // an unknown member: skipped, checked all the same
    CHECK(only_problem(nested(kMaxNesting + 1)) ==
          "/: refused at line 1, column 114 (byte 114): nested deeper than the limit of 64 levels");
    CHECK(only_problem(nested(1000000)).ends_with("nested deeper than the limit of 64 levels"));
}

TEST_CASE("limits: numbers beyond a double's range", "[limits]") {
    CHECK(only_problem(file_with_account(R"(, "annual_sales": 1e400)")) ==
          "/: not valid JSON: syntax error at line 1, column 99 (byte 99): number out of range: 1e400");
    CHECK(only_problem(file_with_account(R"(, "annual_sales": -)" + repeat("9", 400))).ends_with("number out of range: -" +
                                                                                            repeat("9", 39)));
    REQUIRE(read_workspace_json(file_with_account(R"(, "annual_sales": 1.7e308)")).ok());
}

TEST_CASE("limits: a file over 256 MB is refused with its size", "[limits]") {
    CHECK(file_size_problem(kMaxFileBytes).empty());
    CHECK(file_size_problem(300u << 20) == "the file is 300 MB (314572800 bytes), larger than the limit of 256 MB");
    std::string huge = file_with_account("");
    huge.resize(kMaxFileBytes + 1, ' ');   // whitespace after the document: valid JSON
    CHECK(only_problem(huge) == "/: the file is 256 MB (268435457 bytes), larger than the limit of 256 MB");
}

TEST_CASE("limits: a realistic large workspace (200,000 contacts) is accepted", "[limits][big]") {
    const Workspace ws = generate_workspace(6667, 30, 12, 7);
    const std::string text = write_workspace_json(ws);
    INFO(describe_bytes(text.size()));
    CHECK(text.size() < kMaxFileBytes / 2);
    const ReadResult r = read_workspace_json(text);
    INFO(describe_problems(r.problems));
    REQUIRE(r.ok());
    CHECK(r.workspace->accounts.size() == 6667);
}
