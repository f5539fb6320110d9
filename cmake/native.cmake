# Native build: unit tests, headless UI tests, benchmarks and (when GLFW is present) a
# desktop window for development.
enable_testing()
find_package(Catch2 2 REQUIRED)
include(Catch)

# Tests mirror the source tree: tests/core/<capability>/, tests/storage/, tests/ui/<capability>/.
file(GLOB_RECURSE KAM_CORE_TESTS CONFIGURE_DEPENDS tests/core/test_*.cpp tests/storage/test_*.cpp)
add_executable(core_tests tests/core/main.cpp ${KAM_CORE_TESTS})
# The desktop build's PNG encoder is plain C++: tested here with the core.
target_sources(core_tests PRIVATE tests/platform/test_png_encode.cpp src/platform/native/png_encode.cpp)
target_link_libraries(core_tests PRIVATE kam_storage Catch2::Catch2)
target_compile_definitions(core_tests PRIVATE KAM_ASSETS_DIR="${CMAKE_SOURCE_DIR}/assets"
                                             KAM_TEST_FIXTURES="${CMAKE_SOURCE_DIR}/tests/core/io/fixtures")
catch_discover_tests(core_tests EXTRA_ARGS -w NoTests)   # a name that matches no test fails

file(GLOB_RECURSE KAM_UI_TESTS CONFIGURE_DEPENDS tests/ui/*.cpp)
if(KAM_UI_TESTS)
  add_executable(ui_tests tests/core/main.cpp ${KAM_UI_TESTS})
  target_include_directories(ui_tests PRIVATE tests/ui)   # ui_harness.h, for the tests in every folder
  target_link_libraries(ui_tests PRIVATE kam_ui Catch2::Catch2)
  add_dependencies(ui_tests kam_font)
  target_compile_definitions(ui_tests PRIVATE KAM_FONT_PATH="${KAM_FONT}")
  catch_discover_tests(ui_tests EXTRA_ARGS -w NoTests)
endif()

# The parts of platform/web that are plain C++ (the CPU renderer's rasteriser, the frame pacing):
# the browser build compiles them with the rest of platform/web; here they are tested and benchmarked.
add_library(kam_web_plain STATIC src/platform/web/cpu_raster.cpp src/platform/web/frame_pacing.cpp)
target_include_directories(kam_web_plain PUBLIC src)
target_link_libraries(kam_web_plain PUBLIC imgui)
file(GLOB KAM_PLATFORM_TESTS CONFIGURE_DEPENDS tests/platform/test_cpu_*.cpp tests/platform/test_frame_*.cpp)
add_executable(platform_tests tests/core/main.cpp ${KAM_PLATFORM_TESTS})
target_link_libraries(platform_tests PRIVATE kam_web_plain Catch2::Catch2)
catch_discover_tests(platform_tests EXTRA_ARGS -w NoTests)

# Golden frames (tests/platform/golden/): the CPU renderer's pictures of fixed screens against the PNGs kept
# there. zlib (a Debian package) reads and writes the compressed PNGs; the app itself does not use it.
find_package(ZLIB REQUIRED)
add_executable(golden_tests tests/core/main.cpp tests/platform/golden/golden_png.cpp tests/platform/golden/test_golden_frames.cpp
                            src/platform/native/png_encode.cpp)
target_include_directories(golden_tests PRIVATE tests/ui tests/platform/golden)   # ui_harness.h
target_link_libraries(golden_tests PRIVATE kam_ui kam_web_plain ZLIB::ZLIB Catch2::Catch2)
add_dependencies(golden_tests kam_font)
target_compile_definitions(golden_tests PRIVATE KAM_FONT_PATH="${KAM_FONT}" KAM_GOLDEN_DIR="${CMAKE_SOURCE_DIR}/tests/platform/golden"
                                               KAM_GOLDEN_FAILURES="${CMAKE_BINARY_DIR}/golden-failures")
catch_discover_tests(golden_tests EXTRA_ARGS -w NoTests)

# The layers and capabilities include only what they may (see cmake/check_layers.cmake).
add_test(NAME layers_and_capabilities
         COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} -P ${CMAKE_SOURCE_DIR}/cmake/check_layers.cmake)

file(GLOB KAM_BENCHES CONFIGURE_DEPENDS bench/*.cpp)
foreach(bench ${KAM_BENCHES})
  get_filename_component(name ${bench} NAME_WE)
  add_executable(${name} ${bench})
  target_link_libraries(${name} PRIVATE kam_ui kam_web_plain)   # kam_ui brings storage and core; the map bench draws frames
  add_dependencies(${name} kam_font)
  target_compile_definitions(${name} PRIVATE KAM_FONT_PATH="${KAM_FONT}")
endforeach()

find_package(glfw3 3.3 QUIET)
find_package(OpenGL QUIET)
if(glfw3_FOUND AND OpenGL_FOUND)
  add_executable(kam-canvas-desktop src/app/main_native.cpp src/app/app.cpp
    src/platform/native/native_platform.cpp src/platform/native/native_window.cpp src/platform/native/png_encode.cpp
    src/platform/today.cpp
    ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(kam-canvas-desktop PRIVATE ${IMGUI_DIR}/backends)
  target_link_libraries(kam-canvas-desktop PRIVATE kam_ui glfw OpenGL::GL)
  add_dependencies(kam-canvas-desktop kam_font)
  target_compile_definitions(kam-canvas-desktop PRIVATE KAM_FONT_PATH="${KAM_FONT}")
endif()
