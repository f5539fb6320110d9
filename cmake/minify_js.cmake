# Run after linking: shrinks Emscripten's JavaScript glue with esbuild (Emscripten 3.1.6's own
# Closure step does not work here). The glue is written as one classic script whose names
# are all global, so no minifier may rename them; wrapped in a function they become local
# and esbuild shortens them. The page reaches the app only through the Module object it
# passes in (the glue's first line, "var Module = typeof Module != 'undefined' ? Module : {}",
# then picks up the parameter). The helper thread's Web Worker loads the same file, where the
# global object is "self", not "window".
#   cmake -DESBUILD=... -DJS=site/kam-canvas.js -P minify_js.cmake
file(READ "${JS}" glue)
file(WRITE "${JS}.wrapped.js" "(function(Module){\n${glue}\n})(self.Module);\n")
execute_process(COMMAND "${ESBUILD}" "${JS}.wrapped.js" --minify --target=es2020 --log-level=warning
                        "--outfile=${JS}" --allow-overwrite
                RESULT_VARIABLE failed)
file(REMOVE "${JS}.wrapped.js")
if(failed)
  message(FATAL_ERROR "esbuild could not minify ${JS}")
endif()
