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
# was without it. Both take the whole suite (about 1.5 min of CPU); under
# the sanitizers, which are 5-10 times slower, they take the memory-model
# topics only (a fixed list: about 430 snippets, 2 min on 2 busy cores).
set(REFSCOPE_MEMORY_TOPICS
    aliasing copy defaults tuple_iadd identity refcount del_timing cycles
    gc_disable generations finalizer_order resurrection del_raises weakref
    referrers tracked saveall gc_callbacks gc_debug getsizeof shutdown
    exceptions_mem closures_mem generators_mem classes_mem)
set(heapcheck_paths ${CMAKE_SOURCE_DIR}/tests/conformance)
set(stress_filters "")
if(REFSCOPE_SANITIZE)
  set(heapcheck_paths "")
  foreach(topic ${REFSCOPE_MEMORY_TOPICS})
    list(APPEND heapcheck_paths ${CMAKE_SOURCE_DIR}/tests/conformance/${topic})
    list(APPEND stress_filters ${topic}/)
  endforeach()
endif()
add_executable(test_heapcheck tests/c/test_heapcheck.c)
target_link_libraries(test_heapcheck PRIVATE refscope_core)
add_test(NAME heapcheck COMMAND test_heapcheck ${heapcheck_paths})
find_program(PYTHON3 python3)
if(PYTHON3)
  add_test(NAME gc_stress
           COMMAND ${PYTHON3} ${CMAKE_SOURCE_DIR}/tests/gc_stress.py
                   --refscope $<TARGET_FILE:refscope> ${stress_filters})
endif()

# ---- The event trace: C API, golden traces, the JS replay (core/TRACE.md) ---
include(${CMAKE_SOURCE_DIR}/tests/trace/trace.cmake)

# ---- Hostile programs within time and memory bounds (core/LIMITS.md) --------
include(${CMAKE_SOURCE_DIR}/tests/limits/limits.cmake)

# ---- Areas with their own harnesses: run once, from the optimized build ------
# (each builds its own sanitizer variant where it has one)
if(NOT REFSCOPE_SANITIZE)
  # Front end against python3's ast, symtable and SyntaxErrors.
  include(${CMAKE_SOURCE_DIR}/tests/parser/parser.cmake)
  # The number library (bigint, float formatting) against python3's vectors.
  # (its WebAssembly half is left to the page's tests, which run the wasm core)
  add_test(NAME numbers COMMAND sh ${CMAKE_SOURCE_DIR}/tests/numbers/run.sh)
  set_tests_properties(numbers PROPERTIES ENVIRONMENT NUMBERS_SKIP_WASM=1)
  # The text library (UTF-8, Unicode database, case, search) likewise.
  add_test(NAME text COMMAND make -s -C ${CMAKE_SOURCE_DIR}/tests/text check)
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
