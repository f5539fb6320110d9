# What the app ships as data (assets/), turned into what the build needs:
# - the UI font, cut down to the glyphs of assets/glyphs.txt, and the same glyph ranges for
#   Dear ImGui (one list, so the font and what ImGui asks of it cannot drift apart);
# - the sample workspace (assets/sample-workspace.json), embedded in kam_core as text.
# Generated files go to ${KAM_GENERATED}.
set(KAM_GENERATED "${CMAKE_BINARY_DIR}/generated")

#------------------------------------------------------------------------------
# Glyph list: "XXXX-YYYY  what" or "XXXX  what" a line, '#' starts a comment.
# Read at configure time; an edit of the list configures again.
#------------------------------------------------------------------------------
set(KAM_GLYPH_LIST "${CMAKE_SOURCE_DIR}/assets/glyphs.txt")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${KAM_GLYPH_LIST}")
file(STRINGS "${KAM_GLYPH_LIST}" glyph_lines ENCODING UTF-8)
set(KAM_FONT_UNICODES "")     # for pyftsubset: U+0020-007E,U+00A0-017F,...
set(KAM_GLYPH_RANGES "")      # for ImGui: 0x0020, 0x007E, 0x00A0, 0x017F, ...
set(line_number 0)
foreach(line IN LISTS glyph_lines)
  math(EXPR line_number "${line_number} + 1")
  if(line MATCHES "^[ \t]*(#|$)")
    continue()
  endif()
  if(NOT line MATCHES "^([0-9A-Fa-f]+)(-([0-9A-Fa-f]+))?([ \t]|$)")
    message(FATAL_ERROR "${KAM_GLYPH_LIST}:${line_number}: expected a code point or range in hex (e.g. 00A0-017F), got: ${line}")
  endif()
  set(first "${CMAKE_MATCH_1}")
  set(last "${CMAKE_MATCH_3}")
  if(last STREQUAL "")
    set(last "${first}")
    list(APPEND KAM_FONT_UNICODES "U+${first}")
  else()
    list(APPEND KAM_FONT_UNICODES "U+${first}-${last}")
  endif()
  string(APPEND KAM_GLYPH_RANGES "0x${first}, 0x${last},\n")
endforeach()
list(JOIN KAM_FONT_UNICODES "," KAM_FONT_UNICODES)
file(CONFIGURE OUTPUT "${KAM_GENERATED}/glyph_ranges.inc"
     CONTENT "// Generated from assets/glyphs.txt by cmake/assets.cmake: do not edit.\n${KAM_GLYPH_RANGES}")

#------------------------------------------------------------------------------
# The UI font: DejaVu Sans from Debian, cut down to the glyph list to keep the download small.
#------------------------------------------------------------------------------
find_program(PYFTSUBSET pyftsubset PATHS /usr/bin REQUIRED)
set(KAM_FONT_SOURCE /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set(KAM_FONT "${CMAKE_BINARY_DIR}/fonts/ui.ttf")
add_custom_command(OUTPUT ${KAM_FONT}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
  COMMAND ${PYFTSUBSET} ${KAM_FONT_SOURCE} --output-file=${KAM_FONT} --unicodes=${KAM_FONT_UNICODES}
          --no-hinting --desubroutinize --layout-features= --name-IDs=1,2 --drop-tables+=GPOS,GSUB,GDEF,kern
  DEPENDS ${KAM_FONT_SOURCE} ${KAM_GLYPH_LIST}
  COMMENT "Subsetting the UI font")
add_custom_target(kam_font DEPENDS ${KAM_FONT})

#------------------------------------------------------------------------------
# The sample workspace, as a string in the program (see core/sample_workspace.h).
#------------------------------------------------------------------------------
set(KAM_SAMPLE_JSON "${CMAKE_SOURCE_DIR}/assets/sample-workspace.json")
set(KAM_SAMPLE_SOURCE "${KAM_GENERATED}/sample_workspace_json.cpp")
add_custom_command(OUTPUT ${KAM_SAMPLE_SOURCE}
  COMMAND ${CMAKE_COMMAND} -DIN=${KAM_SAMPLE_JSON} -DOUT=${KAM_SAMPLE_SOURCE} -P ${CMAKE_SOURCE_DIR}/cmake/embed_json.cmake
  DEPENDS ${KAM_SAMPLE_JSON} ${CMAKE_SOURCE_DIR}/cmake/embed_json.cmake
  COMMENT "Embedding the sample workspace")
