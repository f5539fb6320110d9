// The device's preferences: written and read back, with defaults for whatever is missing or
// broken (never an error), and a scale out of range brought into it.
#include "storage/device_preferences.h"

#include <catch2/catch.hpp>

using namespace kam;

TEST_CASE("device preferences: written, then read back the same") {
    DevicePreferences p;
    p.ui_scale_percent = 175;
    p.theme = "high-contrast";
    p.show_legend = false;
    p.scale_hint_answered = true;
    CHECK(read_device_preferences(device_preferences_text(p)) == p);
    CHECK(read_device_preferences(device_preferences_text(DevicePreferences{})) == DevicePreferences{});
    // A theme name with quotes survives as JSON.
    p.theme = "a \"quoted\" theme";
    CHECK(read_device_preferences(device_preferences_text(p)).theme == p.theme);
}

TEST_CASE("device preferences: nothing stored, or a broken text, gives the defaults") {
    for (const char* text : {"", "{\"ui_scale_percent\": ", "[1, 2]", "null", "\xff\xfe garbage", "{\"ui_scale_percent\": \"big\", \"theme\": 3}"})
        CHECK(read_device_preferences(text) == DevicePreferences{});
    CHECK(read_device_preferences(std::string(70000, ' ')) == DevicePreferences{});
}

TEST_CASE("device preferences: what can be read is kept, the rest is the default") {
    const DevicePreferences p = read_device_preferences(R"({"theme": "dark", "zoom_of_a_later_version": 2})");
    CHECK(p.theme == "dark");
    CHECK(p.ui_scale_percent == 100);
    CHECK(p.show_legend);
    CHECK_FALSE(p.scale_hint_answered);
}

TEST_CASE("device preferences: a scale out of range is brought into 75..300") {
    CHECK(read_device_preferences(R"({"ui_scale_percent": 20})").ui_scale_percent == 75);
    CHECK(read_device_preferences(R"({"ui_scale_percent": 5000})").ui_scale_percent == 300);
    CHECK(read_device_preferences(R"({"ui_scale_percent": 1e300})").ui_scale_percent == 300);
    CHECK(read_device_preferences(R"({"ui_scale_percent": -1e300})").ui_scale_percent == 75);
    CHECK(read_device_preferences(R"({"ui_scale_percent": 149.6})").ui_scale_percent == 150);
}
