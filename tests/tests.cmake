# tests/tests.cmake — ctest entries (included by CMakeLists.txt for native
# builds). Each area adds its tests in its own section.

# ---- API: a run leaves no object allocated; several VMs in one process -------
add_executable(test_api tests/c/test_api.c)
target_link_libraries(test_api PRIVATE refscope_core)
add_test(NAME api COMMAND test_api)
