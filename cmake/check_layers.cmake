# Checks that each source file includes only what its place in the tree allows (DESIGN.md):
# - layers depend downwards only: core <- storage <- ui <- platform <- app;
# - core and storage know nothing of Dear ImGui, GLFW or Emscripten;
# - only platform/ holds browser code (__EMSCRIPTEN__, EM_JS, EM_ASM);
# - a capability folder (core/tiering/, ui/relationships/, tests/ui/tiering/, ...) includes no
#   other capability's files. What two capabilities share belongs at the layer's root, or in
#   core/io/ (reading, checking and writing the file: every capability's data goes through it).
#   cmake -DROOT=<source dir> -P check_layers.cmake
cmake_minimum_required(VERSION 3.25)
set(layers core storage ui platform app)
set(shared_folders io)
set(failures "")

file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/src/*.h" "${ROOT}/src/*.cpp" "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp")
foreach(file IN LISTS files)
  # "src/ui/tiering/x.cpp": layer ui, capability tiering; a file at a layer's root has none.
  string(REGEX MATCH "^(src|tests)/([a-z_]+)/(([a-z_]+)/)?" place "${file}")
  set(kind "${CMAKE_MATCH_1}")
  set(layer "${CMAKE_MATCH_2}")
  set(capability "${CMAKE_MATCH_4}")
  if(capability IN_LIST shared_folders OR (kind STREQUAL "src" AND layer STREQUAL "platform"))
    set(capability "")   # platform's folders are platforms (web/, native/), not capabilities
  endif()
  list(FIND layers "${layer}" rank)

  file(STRINGS "${ROOT}/${file}" lines REGEX "^#include|__EMSCRIPTEN__|EM_JS|EM_ASM" ENCODING UTF-8)
  foreach(line IN LISTS lines)
    if(kind STREQUAL "src" AND NOT layer STREQUAL "platform" AND line MATCHES "__EMSCRIPTEN__|EM_JS|EM_ASM")
      list(APPEND failures "${file}: browser code outside platform/: ${line}")
    endif()
    if(NOT line MATCHES "^#include [\"<]([^\">]+)[\">]")
      continue()
    endif()
    set(included "${CMAKE_MATCH_1}")
    if(kind STREQUAL "src" AND rank LESS_EQUAL 1 AND included MATCHES "^(imgui|GLFW/|emscripten)")
      list(APPEND failures "${file}: ${layer} must not use ${included}")
    endif()
    if(NOT included MATCHES "^([a-z_]+)/(([a-z_]+)/)?[^/]+$")
      continue()
    endif()
    set(included_layer "${CMAKE_MATCH_1}")
    set(included_capability "${CMAKE_MATCH_3}")
    list(FIND layers "${included_layer}" included_rank)
    if(included_rank EQUAL -1)
      continue()   # not one of ours (nlohmann/json.hpp, ...)
    endif()
    if(kind STREQUAL "src" AND included_rank GREATER rank)
      list(APPEND failures "${file}: ${layer} must not include ${included} (layers depend downwards only)")
    endif()
    if(included_capability IN_LIST shared_folders OR included_layer STREQUAL "platform")
      set(included_capability "")
    endif()
    if(NOT capability STREQUAL "" AND NOT included_capability STREQUAL "" AND NOT capability STREQUAL included_capability)
      list(APPEND failures "${file}: capability ${capability} must not include ${included} (capability ${included_capability})")
    endif()
  endforeach()
endforeach()

list(LENGTH files count)
if(failures)
  list(JOIN failures "\n  " message)
  message(FATAL_ERROR "Includes that break the layering:\n  ${message}")
endif()
message(STATUS "${count} files: layers and capabilities include only what they may")
