# tests/limits/limits.cmake — the hostile-program tests (core/LIMITS.md):
# every case of tests/limits/run_limits.py against this build's CLI, within
# its time and peak-RSS bounds. Included from tests/tests.cmake. Under the
# sanitizers the bounds are looser (time x4) and RSS is not checked (ASan's
# shadow memory and quarantine are not the program's).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  if(REFSCOPE_SANITIZE)
    set(LIMITS_FACTORS --time-factor 4 --rss-factor 0)
  else()
    set(LIMITS_FACTORS --time-factor 1)
  endif()
  add_test(NAME limits
           COMMAND ${Python3_EXECUTABLE}
                   ${CMAKE_SOURCE_DIR}/tests/limits/run_limits.py
                   --runner "$<TARGET_FILE:refscope> run" ${LIMITS_FACTORS}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(limits PROPERTIES TIMEOUT 3600)
endif()
