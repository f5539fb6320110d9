# Writes the JSON file IN as C++ source OUT defining kam::sample_workspace_json(), the text
# without its indentation (a JSON string never holds a raw line break, so every line break and
# the spaces after it are layout): about a third smaller in the download.
#   cmake -DIN=assets/sample-workspace.json -DOUT=.../sample_workspace_json.cpp -P embed_json.cmake
file(READ "${IN}" text)
string(REGEX REPLACE "\r?\n[ \t]*" "" text "${text}")
set(delimiter "kam_json")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} holds the text )${delimiter}\", which ends the raw string it is embedded in")
endif()
file(WRITE "${OUT}" "// Generated from ${IN} by cmake/embed_json.cmake: do not edit.\n"
  "#include \"core/sample_workspace.h\"\n\n"
  "std::string_view kam::sample_workspace_json() {\n"
  "    return R\"${delimiter}(${text})${delimiter}\";\n"
  "}\n")
