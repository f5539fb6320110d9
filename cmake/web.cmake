# Web build: the app as kam-canvas.js + .wasm (with the font inside), next to the files of
# web/ in ${CMAKE_BINARY_DIR}/site, which is what gets served.
set(KAM_SITE "${CMAKE_BINARY_DIR}/site")

file(GLOB KAM_PLATFORM_WEB CONFIGURE_DEPENDS src/platform/web/*.cpp)
# The CPU renderer's rasteriser touches every pixel of every frame: built for speed, not size.
set_source_files_properties(src/platform/web/cpu_raster.cpp PROPERTIES COMPILE_OPTIONS -O3)
add_executable(kam-canvas src/app/main_web.cpp src/app/app.cpp ${KAM_PLATFORM_WEB} src/platform/today.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)   # drawing: our own webgl_renderer and cpu_renderer
target_include_directories(kam-canvas PRIVATE ${IMGUI_DIR}/backends)
target_link_libraries(kam-canvas PRIVATE kam_ui)
add_dependencies(kam-canvas kam_font)
set_target_properties(kam-canvas PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${KAM_SITE}")
target_link_options(kam-canvas PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sENVIRONMENT=web,worker -sEXIT_RUNTIME=0
  # Less JavaScript glue: WebGL 2 needs no extensions enabled for what we draw, and GL errors
  # are checked where they matter, not after every call.
  -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
  -lidbfs.js
  "--js-library=${CMAKE_SOURCE_DIR}/src/platform/web/downloads.js"
  -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig   # see no_default_font.cpp
  "-sEXPORTED_RUNTIME_METHODS=['FS','IDBFS','UTF8ToString']"
  "-sEXPORTED_FUNCTIONS=['_main','_kam_items_json','_malloc','_free']"
  "--embed-file=${KAM_FONT}@/fonts/ui.ttf")   # inside the wasm: one request less
set_property(TARGET kam-canvas APPEND PROPERTY LINK_DEPENDS ${KAM_FONT} ${CMAKE_SOURCE_DIR}/src/platform/web/downloads.js)

# Shrink the JavaScript glue (see minify_js.cmake), then copy web/ and the icon beside the app,
# stamping the service worker with a hash of the built files so a new build replaces the offline
# cache and an unchanged one keeps it.
file(GLOB KAM_WEB_FILES CONFIGURE_DEPENDS web/* assets/icon.svg)
# The site is assembled after linking: an edit in web/ or of the icon links again, so it reaches the site.
set_property(TARGET kam-canvas APPEND PROPERTY LINK_DEPENDS ${KAM_WEB_FILES})
find_program(ESBUILD esbuild PATHS /usr/bin REQUIRED)
add_custom_command(TARGET kam-canvas POST_BUILD
  COMMAND ${CMAKE_COMMAND} -DESBUILD=${ESBUILD} -DJS=${KAM_SITE}/kam-canvas.js -P ${CMAKE_SOURCE_DIR}/cmake/minify_js.cmake
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR}/web -DICON=${CMAKE_SOURCE_DIR}/assets/icon.svg -DSITE=${KAM_SITE} -DVERSION=${KAM_VERSION}
          -P ${CMAKE_SOURCE_DIR}/cmake/assemble_site.cmake
  COMMENT "Assembling the site in ${KAM_SITE}")
