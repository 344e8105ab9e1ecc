# tests/tests.cmake — ctest entries (included by CMakeLists.txt for native
# builds). Each area adds its tests in its own section.

# ---- API: a run leaves no object allocated; several VMs in one process -------
add_executable(test_api tests/c/test_api.c)
target_link_libraries(test_api PRIVATE refscope_core)
add_test(NAME api COMMAND test_api)

# ---- Memory model: the heap self-checks (core/GC.md, "Checking the heap") ----
# test_heapcheck: the checks catch references broken on purpose, and every
# conformance snippet runs with check_heap and stress_gc on without a "heap"
# stop. gc_stress: REFSCOPE_STRESS_GC=1 leaves every snippet's output as it
# was without it.
add_executable(test_heapcheck tests/c/test_heapcheck.c)
target_link_libraries(test_heapcheck PRIVATE refscope_core)
add_test(NAME heapcheck
         COMMAND test_heapcheck ${CMAKE_SOURCE_DIR}/tests/conformance)
find_program(PYTHON3 python3)
if(PYTHON3)
  add_test(NAME gc_stress
           COMMAND ${PYTHON3} ${CMAKE_SOURCE_DIR}/tests/gc_stress.py
                   --refscope $<TARGET_FILE:refscope>)
endif()

# ---- Robustness: the leak gate (fuzz/README.md) --------------------------------
# test_leak_gate: an object leaked on purpose (vm_run wrapped by the linker)
# is named by the leak report and makes the real CLI exit with status 70
# under REFSCOPE_CHECK_LEAKS=1.
add_executable(test_leak_gate tests/c/test_leak_gate.c tests/c/leak_gate_cli.c)
target_link_libraries(test_leak_gate PRIVATE refscope_core)
target_link_options(test_leak_gate PRIVATE -Wl,--wrap=vm_run)
add_test(NAME leak_gate COMMAND test_leak_gate)
# fuzz_regressions: every input the fuzzers made crash (fuzz/regressions/)
# through this build's CLI, with the leak, heap and stress checks on.
add_test(NAME fuzz_regressions
         COMMAND ${CMAKE_SOURCE_DIR}/fuzz/regressions.sh $<TARGET_FILE:refscope>)
