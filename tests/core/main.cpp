// Catch2's main for the core tests. No POSIX signal handlers: they are not available under wasm.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_NO_POSIX_SIGNALS
#include <catch2/catch.hpp>
