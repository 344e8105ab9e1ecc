# tests/parser/parser.cmake — ctest entries for the front end (lexer, parser,
# symbol table, SyntaxErrors), each comparing parse_tool with python3 at test
# time (tests/parser/README.md). Included from tests/tests.cmake.

add_executable(parse_tool tests/parser/parse_tool.c)
target_link_libraries(parse_tool PRIVATE refscope_core)

set(PARSER_TESTS ${CMAKE_SOURCE_DIR}/tests/parser)
set(PARSER_TOOL --tool $<TARGET_FILE:parse_tool>)
set(PARSER_VALID ${PARSER_TESTS}/valid ${PARSER_TESTS}/scopes
    ${CMAKE_SOURCE_DIR}/tests/conformance)

# ast.dump(ast.parse(...), include_attributes=True) of every valid file.
add_test(NAME parser_ast
         COMMAND python3 ${PARSER_TESTS}/compare_ast.py --quiet ${PARSER_TOOL}
                 ${PARSER_VALID})
# Every scope vs the symtable module and the compiled code objects.
add_test(NAME parser_symtable
         COMMAND python3 ${PARSER_TESTS}/compare_symtable.py --quiet
                 ${PARSER_TOOL} ${PARSER_VALID})
# SyntaxError fields and python3's whole stderr for the broken programs.
add_test(NAME parser_errors
         COMMAND python3 ${PARSER_TESTS}/compare_errors.py --jobs 2
                 ${PARSER_TOOL} ${PARSER_TESTS}/invalid ${PARSER_TESTS}/warnings)
# The doctests of python3's own test/test_syntax.py.
add_test(NAME parser_test_syntax
         COMMAND python3 ${PARSER_TESTS}/compare_cpython_tests.py ${PARSER_TOOL})
