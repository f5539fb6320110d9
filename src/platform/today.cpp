// KAM Canvas: today's date in the user's time zone, the same on every platform
// (the C library knows the zone both natively and in the browser).
#include "platform/platform.h"

#include <ctime>

namespace kam::platform {

std::string today() {
    std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

}  // namespace kam::platform
