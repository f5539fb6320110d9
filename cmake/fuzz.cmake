# Fuzz build (clang, preset "fuzz"): one libFuzzer program per tests/fuzz/fuzz_*.cpp, linked with
# the core. scripts/fuzz.sh builds and runs them.
file(GLOB KAM_FUZZ_TARGETS CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
foreach(source ${KAM_FUZZ_TARGETS})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE kam_core)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endforeach()
add_custom_target(fuzz_targets)
foreach(source ${KAM_FUZZ_TARGETS})
  get_filename_component(name ${source} NAME_WE)
  add_dependencies(fuzz_targets ${name})
endforeach()
