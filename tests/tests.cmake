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

# ---- Hostile programs within time and memory bounds (core/LIMITS.md) --------
include(${CMAKE_SOURCE_DIR}/tests/limits/limits.cmake)

# ---- Areas with their own harnesses: run once, from the optimized build ------
# (each builds its own sanitizer variant where it has one)
if(NOT REFSCOPE_SANITIZE)
  # Front end against python3's ast, symtable and SyntaxErrors.
  include(${CMAKE_SOURCE_DIR}/tests/parser/parser.cmake)
  # The number library (bigint, float formatting) against python3's vectors.
  add_test(NAME numbers COMMAND sh ${CMAKE_SOURCE_DIR}/tests/numbers/run.sh)
  # The text library (UTF-8, Unicode database, case, search) likewise.
  add_test(NAME text COMMAND make -s -C ${CMAKE_SOURCE_DIR}/tests/text check)
endif()
