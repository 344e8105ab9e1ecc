// fuzz_parser.c — libFuzzer target for the front end alone: the input bytes
// are parsed as a module; the AST is dumped (every node visited) or the
// SyntaxError formatted as python3 prints it. fuzz/README.md.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Arena *arena = arena_new();
  if (!arena) abort();
  SyntaxErrorInfo err;
  syntax_error_init(&err);
  Buf out;
  buf_init(&out);
  Module *mod = parser_parse_module(arena, (const char *)data, size, "/fuzz.py",
                                    NULL, &err);
  if (mod)
    ast_dump(&out, mod);
  else
    syntax_error_format(&out, "/fuzz.py", &err);
  buf_free(&out);
  syntax_error_clear(&err);
  arena_free(arena);
  return 0;
}
