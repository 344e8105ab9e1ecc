// syntax_error.h — what the lexer, parser and symbol table report when source
// is rejected: CPython 3.11's SyntaxError attributes (msg, lineno, offset,
// end_lineno, end_offset, text) and the stderr block python3 prints for it.
// tests/parser/README.md explains how offsets are computed.
#ifndef core_syntax_error_h
#define core_syntax_error_h

#include <limits.h>

#include "buf.h"

// An attribute that is None in CPython.
#define SYNTAX_NONE INT_MIN

typedef enum {
  SYNTAX_ERROR,      // SyntaxError
  INDENTATION_ERROR, // IndentationError
  TAB_ERROR,         // TabError
  // The parser's nesting limit (CPython raises MemoryError: "MemoryError" is
  // all python3 prints). No location, no message.
  SYNTAX_MEMORY_ERROR,
  // Expressions or statements nested deeper than CPython's symbol table
  // allows (3 x the recursion limit): "RecursionError: maximum recursion
  // depth exceeded during compilation", no location.
  SYNTAX_RECURSION_ERROR,
} SyntaxErrorKind;

typedef struct SyntaxErrorInfo {
  int set; // 1 once an error is recorded
  SyntaxErrorKind kind;
  char *msg; // malloc'd UTF-8
  // 1-based line; 1-based offsets as CPython stores them (characters, or
  // bytes where CPython leaves them as bytes). SYNTAX_NONE when None.
  int lineno, offset, end_lineno, end_offset;
  char *text;         // malloc'd UTF-8 source line(s), or NULL for None
  int print_location; // 0: python3 prints only "Kind: msg" (no File line)
} SyntaxErrorInfo;

void syntax_error_init(SyntaxErrorInfo *e);
// Frees msg and text and resets [e].
void syntax_error_clear(SyntaxErrorInfo *e);
// Replaces [dst] by [src] (taking its strings) and resets [src].
void syntax_error_move(SyntaxErrorInfo *dst, SyntaxErrorInfo *src);
// Records an error. [text] (may be NULL) is copied, [text_len] bytes.
// Returns -1 (so callers can `return syntax_error_set(...)`).
int syntax_error_set(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *msg,
                     int lineno, int offset, int end_lineno, int end_offset,
                     const char *text, size_t text_len);
// Like syntax_error_set for errors that carry no location (lineno None).
int syntax_error_set_nolocation(SyntaxErrorInfo *e, const char *msg);
// "SyntaxError", "IndentationError", "TabError", "MemoryError" or
// "RecursionError".
const char *syntax_error_kind_name(SyntaxErrorKind kind);

// Appends to [out] exactly what python3 writes to stderr when running the
// file [filename] fails with [e].
void syntax_error_format(Buf *out, const char *filename,
                         const SyntaxErrorInfo *e);
// Appends a warning block as python3 prints it for a SyntaxWarning raised
// while compiling [filename]: "FILE:LINE: SyntaxWarning: MSG" and the line.
void syntax_warning_format(Buf *out, const char *filename, int lineno,
                           const char *msg, const char *line);
// Line [lineno] of the file holding [src] ([len] bytes) as CPython re-reads
// it for an error (err_programtext: universal newlines, only the last
// 999-byte piece of a long line, cut at a NUL). NULL when there is no such
// line or, if [strict], when it is not valid UTF-8. The result is malloc'd;
// *[len_out] gets its length.
char *syntax_error_program_text(const char *src, size_t len, int lineno,
                                int strict, size_t *len_out);

#endif
