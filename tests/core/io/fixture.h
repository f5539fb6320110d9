// KAM Canvas tests: a file of tests/core/io/fixtures (real exports of earlier format versions).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

inline std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(KAM_TEST_FIXTURES) + "/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
