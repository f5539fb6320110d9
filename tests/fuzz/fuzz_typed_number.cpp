// libFuzzer target: numbers as typed into a cell. What it reads is a finite number, or nothing.
#include "core/typed_number.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const kam::TypedNumber n = kam::parse_typed_number(std::string_view(reinterpret_cast<const char*>(data), size));
    if (n.ok && n.value && !std::isfinite(*n.value)) std::abort();
    return 0;
}
