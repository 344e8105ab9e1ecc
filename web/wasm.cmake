# wasm.cmake — the WebAssembly module of the page (included by CMakeLists.txt
# under emcmake): refscope.mjs + refscope.wasm, an ES module whose exports are
# core/api.h plus web/wasm/page.c. web/README.md explains the build.
set(REFSCOPE_WASM_MAX_MEMORY 268435456 CACHE STRING
    "Largest wasm memory in bytes (the VM's max_memory stays below it)")
set(REFSCOPE_EXPORTS
  _vm_config_init _vm_new _vm_free _vm_run _vm_exit_code
  _vm_output_data _vm_output_size _vm_limit_name _vm_limit_message
  _vm_error_line _vm_error_column _vm_error_end_column _vm_error_message
  _vm_live_objects _vm_trace_data _vm_trace_size _vm_strings_data
  _vm_strings_size _vm_trace_version _vm_trace_record_size
  _vm_trace_count _vm_event_kind_count _vm_event_name _vm_event_fields
  _vm_event_size
  _vm_enum_table_count _vm_enum_table_name _vm_enum_count _vm_enum_name
  _page_vm_new _malloc _free)
string(REPLACE ";" "," REFSCOPE_EXPORTS_CSV "${REFSCOPE_EXPORTS}")

add_executable(refscope_wasm ${CMAKE_SOURCE_DIR}/web/wasm/page.c)
target_link_libraries(refscope_wasm PRIVATE refscope_core)
set_target_properties(refscope_wasm PROPERTIES OUTPUT_NAME refscope SUFFIX .mjs)
target_link_options(refscope_wasm PRIVATE
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createRefscope
  -sENVIRONMENT=web,worker,node -sFILESYSTEM=0 --no-entry
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=${REFSCOPE_WASM_MAX_MEMORY}
  -sMALLOC=emmalloc -sINITIAL_MEMORY=16777216 -sTOTAL_STACK=8388608
  -sEXPORTED_FUNCTIONS=${REFSCOPE_EXPORTS_CSV}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  --extern-pre-js=${CMAKE_SOURCE_DIR}/web/wasm/node-extern-pre.js
  --pre-js=${CMAKE_SOURCE_DIR}/web/wasm/node-pre.js)
set_property(TARGET refscope_wasm APPEND PROPERTY LINK_DEPENDS
  ${CMAKE_SOURCE_DIR}/web/wasm/node-extern-pre.js
  ${CMAKE_SOURCE_DIR}/web/wasm/node-pre.js)
