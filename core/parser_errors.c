// parser_errors.c — how the parser turns failures into CPython 3.11's exact
// SyntaxError: locations, the source line shown (re-read from the file as
// CPython's err_programtext does), byte-to-character offsets, and the rules
// of Parser/pegen_errors.c for tokenizer errors and generic "invalid syntax".
// tests/parser/README.md explains the offset rules.
#include "parser_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Loc parser_token_loc(const Token *t) {
  Loc loc = {t->lineno, t->col_offset, t->end_lineno, t->end_col_offset};
  return loc;
}

void parser_raise_memory(Parser *p) {
  syntax_error_set(p->err, SYNTAX_MEMORY_ERROR, "", SYNTAX_NONE, SYNTAX_NONE,
                   SYNTAX_NONE, SYNTAX_NONE, NULL, 0);
  p->err->print_location = 0;
  p->error = 1;
}

// ==== The source line ========================================================

// err_programtext: line [lineno] re-read from the file (strictly UTF-8
// unless an encoding was declared).
static char *program_text(Parser *p, int lineno, size_t *len_out) {
  return syntax_error_program_text(p->source, p->source_len, lineno,
                                   !p->lx->encoding_declared, len_out);
}

static char *copy_text(const char *s, size_t n, size_t *len_out) {
  char *text = malloc(n + 1);
  if (!text) return NULL;
  memcpy(text, s, n);
  text[n] = '\0';
  *len_out = n;
  return text;
}

// get_error_line_from_tokenizer_buffers for an f-string expression.
static char *buffer_line(Parser *p, int lineno, size_t *len_out) {
  const char *cur = p->lx->buf;
  int rel = p->starting_lineno ? lineno - p->starting_lineno + 1 : lineno;
  for (int i = 0; i < rel - 1; i++) {
    const char *nl = strchr(cur, '\n');
    if (!nl || nl + 1 > p->lx->buf + p->lx->inp) break;
    cur = nl + 1;
  }
  return copy_text(cur, strcspn(cur, "\n"), len_out);
}

// The text attribute of an error raised by the parser at [lineno].
static char *error_line(Parser *p, int lineno, size_t *len) {
  Lexer *lx = p->lx;
  char *text = p->fstring_mode ? NULL : program_text(p, lineno, len);
  if (text) return text;
  if (lx->lineno <= lineno && lx->inp > lx->read_start)
    return copy_text(lx->buf + lx->read_start, lx->inp - lx->read_start, len);
  if (p->fstring_mode) return buffer_line(p, lineno, len);
  return copy_text("", 0, len);
}

// _PyPegen_byte_offset_to_character_offset.
static int char_offset(const char *text, size_t len, int col) {
  if (col < 0) return col;
  if ((size_t)col > len + 1) col = (int)len + 1;
  if ((size_t)col > len) return lexer_utf8_chars(text, len) + (col - (int)len);
  return lexer_utf8_chars(text, (size_t)col);
}

// ==== Raising ================================================================

// _PyPegen_raise_error_known_location: 1-based columns, or CURRENT_POS.
static void raise_known(Parser *p, SyntaxErrorKind kind, int lineno, int col,
                        int end_lineno, int end_col, const char *fmt,
                        va_list ap) {
  char msg[600];
  int prefix = p->fstring_mode ? snprintf(msg, sizeof msg, "f-string: ") : 0;
  vsnprintf(msg + prefix, sizeof msg - (size_t)prefix, fmt, ap);
  p->error = 1;
  if (end_lineno == PARSER_CURRENT_POS) end_lineno = p->lx->lineno;
  if (end_col == PARSER_CURRENT_POS)
    end_col = (int)(p->lx->cur - p->lx->line_start);
  size_t len = 0;
  char *text = error_line(p, lineno, &len);
  if (p->fstring_mode) {
    col -= p->starting_col_offset;
    end_col -= p->starting_col_offset;
  }
  if (!p->fstring_mode && p->lx->encoding_declared && text) {
    col = char_offset(text, len, col);
    if (end_col > 0) end_col = char_offset(text, len, end_col);
  }
  syntax_error_set(p->err, kind, msg, lineno, col, end_lineno, end_col, text,
                   len);
  free(text);
}

void *parser_raise_at(Parser *p, SyntaxErrorKind kind, int lineno, int col,
                      int end_lineno, int end_col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_known(p, kind, lineno, col == PARSER_CURRENT_POS ? col : col + 1,
              end_lineno, end_col == PARSER_CURRENT_POS ? end_col : end_col + 1,
              fmt, ap);
  va_end(ap);
  return NULL;
}

static void raise_at_last_token(Parser *p, SyntaxErrorKind kind,
                                const char *fmt, va_list ap) {
  if (p->fill == 0) {
    raise_known(p, kind, 0, 0, 0, -1, fmt, ap);
    return;
  }
  Token *t = p->tokens[p->fill - 1];
  Lexer *lx = p->lx;
  int col = t->col_offset + 1;
  if (t->col_offset == -1)
    col = lx->cur == lx->read_start ? 0 : (int)(lx->cur - lx->line_start);
  int end_col = t->end_col_offset != -1 ? t->end_col_offset + 1 : -1;
  raise_known(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, ap);
}

void *parser_raise(Parser *p, SyntaxErrorKind kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_at_last_token(p, kind, fmt, ap);
  va_end(ap);
  return NULL;
}

void *parser_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_known(p, SYNTAX_ERROR, a.lineno, a.col_offset + 1, b.end_lineno,
              b.end_col_offset + 1, fmt, ap);
  va_end(ap);
  return NULL;
}

void *parser_raise_from(Parser *p, Loc a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_known(p, SYNTAX_ERROR, a.lineno, a.col_offset + 1, PARSER_CURRENT_POS,
              PARSER_CURRENT_POS, fmt, ap);
  va_end(ap);
  return NULL;
}

// ==== Tokenizer errors =======================================================

static void raise_unclosed_paren(Parser *p) {
  Lexer *lx = p->lx;
  int lineno = lx->parenlinenostack[lx->level - 1];
  parser_raise_at(p, SYNTAX_ERROR, lineno, lx->parencolstack[lx->level - 1],
                  lineno, -1, "'%c' was never closed",
                  lx->parenstack[lx->level - 1]);
}

static int lexer_recorded_error(const Lexer *lx) {
  return lx->done == LEX_ERROR || lx->done == LEX_DECODE ||
         lx->done == LEX_EOFS || lx->done == LEX_EOLS;
}

// _Pypegen_tokenizer_error: the lexer returned ERRORTOKEN.
void parser_tokenizer_error(Parser *p) {
  Lexer *lx = p->lx;
  p->error = 1;
  if (lexer_recorded_error(lx)) {
    syntax_error_move(p->err, &lx->error);
    return;
  }
  int col = 0;
  switch (lx->done) {
  case LEX_EOF:
    if (lx->level)
      raise_unclosed_paren(p);
    else
      parser_raise(p, SYNTAX_ERROR, "unexpected EOF while parsing");
    return;
  case LEX_DEDENT:
    parser_raise(p, INDENTATION_ERROR,
                 "unindent does not match any outer indentation level");
    return;
  case LEX_TABSPACE:
    parser_raise_at(p, TAB_ERROR, lx->lineno, 0, lx->lineno, -1,
                    "inconsistent use of tabs and spaces in indentation");
    return;
  case LEX_TOODEEP:
    parser_raise_at(p, INDENTATION_ERROR, lx->lineno, 0, lx->lineno, -1,
                    "too many levels of indentation");
    return;
  case LEX_LINECONT:
    col = (int)(lx->cur - lx->read_start) - 1;
    parser_raise_at(p, SYNTAX_ERROR, lx->lineno, col, lx->lineno, -1,
                    "unexpected character after line continuation "
                    "character");
    return;
  default:
    parser_raise_at(p, SYNTAX_ERROR, lx->lineno, 0, lx->lineno, -1,
                    "unknown parsing error");
  }
}

// _PyPegen_tokenize_full_source_to_check_for_errors: a later tokenizer
// error, or a bracket left open before the error line, takes priority.
static void check_rest_of_source(Parser *p) {
  Lexer *lx = p->lx;
  int err_line = p->tokens[p->fill - 1]->lineno;
  Token t;
  for (;;) {
    int type = lexer_next(lx, &t);
    if (type == TOK_ENDMARKER) return;
    if (type != TOK_ERRORTOKEN) continue;
    if (lexer_recorded_error(lx)) {
      syntax_error_move(p->err, &lx->error);
    } else if (lx->level != 0 &&
               err_line > lx->parenlinenostack[lx->level - 1]) {
      raise_unclosed_paren(p);
    }
    return;
  }
}

void parser_set_syntax_error(Parser *p, Token *last_token) {
  Lexer *lx = p->lx;
  if (p->err->set) {
    if (lx->done == LEX_OK && p->err->kind != SYNTAX_MEMORY_ERROR)
      check_rest_of_source(p);
    return;
  }
  if (!last_token) {
    parser_raise(p, SYNTAX_ERROR, "error at start before reading any input");
    return;
  }
  if (last_token->type == TOK_ERRORTOKEN && lx->done == LEX_EOF) {
    if (lx->level)
      raise_unclosed_paren(p);
    else
      parser_raise(p, SYNTAX_ERROR, "unexpected EOF while parsing");
    return;
  }
  if (last_token->type == TOK_INDENT || last_token->type == TOK_DEDENT) {
    parser_raise(p, INDENTATION_ERROR,
                 last_token->type == TOK_INDENT ? "unexpected indent"
                                                : "unexpected unindent");
    return;
  }
  Loc at = parser_token_loc(last_token);
  parser_raise_range(p, at, at, "invalid syntax");
  check_rest_of_source(p);
}
