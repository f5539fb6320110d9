// libFuzzer target: the reader of small side files (the last view, the export record).
#include "core/io/json_io.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    kam::read_flat_object(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
