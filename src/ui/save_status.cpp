#include "ui/save_status.h"

#include "ui/test_hooks.h"
#include "ui/theme.h"

#include "imgui.h"

#include <string_view>

namespace kam::ui {

void draw_save_status(const char* save_status) {
    if (std::string_view(save_status).starts_with("Not saved")) ImGui::TextColored(vec4(palette().error), "%s", save_status);
    else ImGui::TextDisabled("%s", save_status);
    expose_text("status/save", save_status);
}

}  // namespace kam::ui
