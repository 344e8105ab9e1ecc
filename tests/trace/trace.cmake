# tests/trace/trace.cmake — the trace's ctest entries (tests/trace/README.md);
# included from tests/tests.cmake.
#   trace_api     the trace through api.h (self-description, budget, two VMs)
#   trace_golden  `refscope trace` against tests/trace/golden/*.jsonl
#   trace_replay  node --test tests/trace/: the JS decoder and replay against
#                 the golden traces and the VM's state dumps at every step
add_executable(test_trace tests/trace/test_trace.c)
target_link_libraries(test_trace PRIVATE refscope_core)
add_test(NAME trace_api COMMAND test_trace)

find_program(PYTHON3 python3)
if(PYTHON3)
  add_test(NAME trace_golden
           COMMAND ${PYTHON3} ${CMAKE_SOURCE_DIR}/tests/trace/golden.py
                   --refscope $<TARGET_FILE:refscope>)
endif()
find_program(NODE node)
if(NODE)
  add_test(NAME trace_replay
           COMMAND ${NODE} --test ${CMAKE_SOURCE_DIR}/tests/trace/
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(trace_replay PROPERTIES
                       ENVIRONMENT "REFSCOPE=$<TARGET_FILE:refscope>")
endif()
