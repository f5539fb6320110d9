// KAM Canvas: ImGui's draw data on WebGL2 (see webgl_renderer.h for why not ImGui's backend).
// The same steps as imgui_impl_opengl3, minus the state save/restore and the per-frame vertex
// array object: the state below is set once at start-up and nothing else changes it.
#include "platform/web/webgl_renderer.h"

#include "imgui.h"

#include <GLES3/gl3.h>

#include <cstdint>
#include <cstdio>

namespace kam::platform {

static GLuint g_program = 0, g_vertex_array = 0, g_vertices = 0, g_indices = 0, g_font_texture = 0;
static GLint g_projection = -1;

// The font atlas is one channel (coverage); every shape samples its white pixel. A single
// channel is a quarter of the upload of ImGui's RGBA atlas. (The app draws no images.)
static const char* kVertexShader =
    "#version 300 es\n"
    "precision highp float;\n"
    "layout (location = 0) in vec2 Position;\n"
    "layout (location = 1) in vec2 UV;\n"
    "layout (location = 2) in vec4 Color;\n"
    "uniform mat4 ProjMtx;\n"
    "out vec2 Frag_UV;\n"
    "out vec4 Frag_Color;\n"
    "void main() {\n"
    "    Frag_UV = UV;\n"
    "    Frag_Color = Color;\n"
    "    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);\n"
    "}\n";
static const char* kFragmentShader =
    "#version 300 es\n"
    "precision mediump float;\n"
    "uniform sampler2D Texture;\n"
    "in vec2 Frag_UV;\n"
    "in vec4 Frag_Color;\n"
    "layout (location = 0) out vec4 Out_Color;\n"
    "void main() {\n"
    "    Out_Color = Frag_Color * vec4(1.0, 1.0, 1.0, texture(Texture, Frag_UV.st).r);\n"
    "}\n";

static GLuint compile(GLenum type, const char* source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = "";
        glGetShaderInfoLog(shader, sizeof(log), nullptr, log);
        std::fprintf(stderr, "KAM Canvas: shader did not compile: %s\n", log);
    }
    return shader;
}

bool webgl_renderer_init() {
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader), fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g_program = glCreateProgram();
    glAttachShader(g_program, vs);
    glAttachShader(g_program, fs);
    glLinkProgram(g_program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(g_program, GL_LINK_STATUS, &ok);
    if (!ok) return false;
    glUseProgram(g_program);
    glUniform1i(glGetUniformLocation(g_program, "Texture"), 0);
    g_projection = glGetUniformLocation(g_program, "ProjMtx");

    glGenVertexArrays(1, &g_vertex_array);
    glBindVertexArray(g_vertex_array);
    glGenBuffers(1, &g_vertices);
    glGenBuffers(1, &g_indices);
    glBindBuffer(GL_ARRAY_BUFFER, g_vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_indices);   // part of the vertex array's state
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto offset = [](size_t bytes) { return reinterpret_cast<const void*>(bytes); };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, col)));

    // Alpha blending, no depth or culling: ImGui draws back to front.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "kam_webgl2";
    return true;
}

void webgl_renderer_create_font_texture() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!g_font_texture) glGenTextures(1, &g_font_texture);
    glBindTexture(GL_TEXTURE_2D, g_font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(static_cast<ImTextureID>(reinterpret_cast<void*>(static_cast<uintptr_t>(g_font_texture))));
    io.Fonts->ClearTexData();   // the pixels live on the GPU now
}

// Maps ImGui's display rectangle (pixels, y down) to clip space.
static void set_projection(const ImDrawData* data) {
    const float l = data->DisplayPos.x, r = l + data->DisplaySize.x;
    const float t = data->DisplayPos.y, b = t + data->DisplaySize.y;
    const float m[16] = {
        2.0f / (r - l), 0, 0, 0,
        0, 2.0f / (t - b), 0, 0,
        0, 0, -1, 0,
        (r + l) / (l - r), (t + b) / (b - t), 0, 1,
    };
    glUniformMatrix4fv(g_projection, 1, GL_FALSE, m);
}

void webgl_renderer_render(const ImDrawData* data, int width, int height) {
    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);   // clear all of it
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (width <= 0 || height <= 0 || !data || data->CmdListsCount == 0) return;
    glEnable(GL_SCISSOR_TEST);
    set_projection(data);

    const ImVec2 origin = data->DisplayPos, scale = data->FramebufferScale;
    GLuint bound_texture = 0;
    for (const ImDrawList* list : data->CmdLists) {
        // Orphan and refill: the GPU may still read last frame's buffers.
        glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const ImVec2 clip_min((cmd.ClipRect.x - origin.x) * scale.x, (cmd.ClipRect.y - origin.y) * scale.y);
            const ImVec2 clip_max((cmd.ClipRect.z - origin.x) * scale.x, (cmd.ClipRect.w - origin.y) * scale.y);
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
            glScissor(static_cast<GLint>(clip_min.x), static_cast<GLint>(height - clip_max.y),
                      static_cast<GLsizei>(clip_max.x - clip_min.x), static_cast<GLsizei>(clip_max.y - clip_min.y));
            const GLuint texture = static_cast<GLuint>(reinterpret_cast<uintptr_t>(cmd.GetTexID()));
            if (texture != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound_texture = texture;
            }
            // WebGL cannot offset vertices: 32-bit indices (ImDrawIdx) keep VtxOffset at 0.
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace kam::platform
