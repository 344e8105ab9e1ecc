// parser.h — Python 3.11 source to the AST of core/ast.h, or CPython 3.11's
// SyntaxError. The parser is a PEG parser written after CPython's
// Grammar/python.gram (two passes: the second enables the invalid_* rules
// that pick CPython's specialised messages). tests/parser/README.md.
#ifndef core_parser_h
#define core_parser_h

#include <stddef.h>

#include "ast.h"
#include "buf.h"
#include "lexer.h"
#include "syntax_error.h"

// CPython's MAXSTACK: the rule nesting it parses before a MemoryError.
enum { PARSER_MAX_DEPTH = 6000 };

typedef struct ParserConfig {
  // Rule-nesting limit (PARSER_MAX_DEPTH by default). Past it the parse fails
  // with SYNTAX_MEMORY_ERROR, as CPython fails with MemoryError.
  int max_depth;
  // Receives SyntaxWarnings ("invalid decimal literal" before a keyword)
  // in the order python3 prints them. May be NULL.
  LexWarnFn warn;
  void *warn_ctx;
} ParserConfig;

void parser_config_init(ParserConfig *config);

// Parses [len] bytes of [src], the contents of the file [filename] (used in
// messages), as a module. Returns the Module (in [arena]), or NULL with [err]
// filled. [config] may be NULL for the defaults.
Module *parser_parse_module(Arena *arena, const char *src, size_t len,
                            const char *filename, const ParserConfig *config,
                            SyntaxErrorInfo *err);

// Appends the one-line dump of [mod] that CPython 3.11 prints for
// `ast.dump(ast.parse(src), include_attributes=True)`. Returns 0, or -1 when
// the tree nests deeper than 5000 nodes (those parts print as "...").
// Implemented in ast.c.
int ast_dump(Buf *out, const Module *mod);

#endif
