// lexer.c — Python 3.11 tokenizer (see lexer.h). The control flow follows
// CPython's Parser/tokenizer.c (tok_get) closely, because the parser's error
// messages and positions depend on its exact behaviour: which characters are
// read before an error, where each token starts, and when lines are read.
// tests/parser/README.md describes the pipeline.
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_unicode.h"

#define TABSIZE 8

// ==== UTF-8 =================================================================

int lexer_utf8_decode(const char *s, size_t len, int *n) {
  const unsigned char *u = (const unsigned char *)s;
  *n = 1;
  if (len == 0) return -1;
  if (u[0] < 0x80) return u[0];
  int need, cp;
  if (u[0] >= 0xC2 && u[0] < 0xE0)
    need = 1, cp = u[0] & 0x1F;
  else if (u[0] >= 0xE0 && u[0] < 0xF0)
    need = 2, cp = u[0] & 0x0F;
  else if (u[0] >= 0xF0 && u[0] < 0xF5)
    need = 3, cp = u[0] & 0x07;
  else
    return -1;
  if ((size_t)need >= len) return -1;
  for (int i = 1; i <= need; i++) {
    if ((u[i] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (u[i] & 0x3F);
  }
  if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || cp > 0x10FFFF)
    return -1;
  *n = need + 1;
  return cp;
}

int lexer_utf8_chars(const char *s, size_t len) {
  int count = 0;
  size_t i = 0;
  while (i < len) {
    int n;
    lexer_utf8_decode(s + i, len - i, &n);
    i += (size_t)n;
    count++;
  }
  return count;
}

// CPython's valid_utf8: surrogates are rejected too.
static int valid_utf8_at(const unsigned char *s) {
  if (*s < 0x80) return 1;
  int expected;
  if (*s < 0xE0) {
    if (*s < 0xC2) return 0;
    expected = 1;
  } else if (*s < 0xF0) {
    if (*s == 0xE0 && s[1] < 0xA0) return 0;
    if (*s == 0xED && s[1] >= 0xA0) return 0;
    expected = 2;
  } else if (*s < 0xF5) {
    if (s[1] < 0x90 ? *s == 0xF0 : *s == 0xF4) return 0;
    expected = 3;
  } else {
    return 0;
  }
  for (int i = 1; i <= expected; i++)
    if (s[i] < 0x80 || s[i] >= 0xC0) return 0;
  return expected + 1;
}

// ==== Setup =================================================================

int lexer_init(Lexer *lx, const char *src, size_t len, const char *filename) {
  memset(lx, 0, sizeof *lx);
  syntax_error_init(&lx->error);
  lx->filename = filename;
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
    lx->has_bom = lx->encoding_declared = 1;
    src += 3;
    len -= 3;
  }
  lx->buf = malloc(len + 2);
  if (!lx->buf) return -1;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) { // universal newlines, like fgets
    if (src[i] == '\r') {
      lx->buf[n++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n') i++;
    } else {
      lx->buf[n++] = src[i];
    }
  }
  if (n > 0 && lx->buf[n - 1] != '\n') {
    lx->buf[n++] = '\n';
    lx->final_newline_added = 1;
  }
  lx->buf[n] = '\0';
  lx->len = n;
  lx->start = LEX_NOPOS;
  lx->atbol = 1;
  return 0;
}

void lexer_free(Lexer *lx) {
  free(lx->buf);
  lx->buf = NULL;
  syntax_error_clear(&lx->error);
}

// ==== Errors ================================================================

// tokenizer.c's _syntaxerror_range: the offset counts the characters of the
// line read so far unless given; the text is the whole current line.
static int error_range(Lexer *lx, int col, int end_col, const char *fmt,
                       va_list ap) {
  char msg[512];
  vsnprintf(msg, sizeof msg, fmt, ap);
  const char *line = lx->buf + lx->line_start;
  if (col == -1) col = lexer_utf8_chars(line, lx->cur - lx->line_start);
  if (end_col == -1) end_col = col;
  size_t line_len = strcspn(line, "\n");
  syntax_error_set(&lx->error, SYNTAX_ERROR, msg, lx->lineno, col, lx->lineno,
                   end_col, line, line_len);
  lx->done = LEX_ERROR;
  return TOK_ERRORTOKEN;
}

static int syntax_error(Lexer *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int syntax_error(Lexer *lx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = error_range(lx, -1, -1, fmt, ap);
  va_end(ap);
  return r;
}

static int syntax_error_range(Lexer *lx, int col, int end_col, const char *fmt,
                              ...) __attribute__((format(printf, 4, 5)));
static int syntax_error_range(Lexer *lx, int col, int end_col, const char *fmt,
                              ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = error_range(lx, col, end_col, fmt, ap);
  va_end(ap);
  return r;
}

static int done_error(Lexer *lx, LexDone done) {
  lx->done = done;
  lx->cur = lx->inp;
  return TOK_ERRORTOKEN;
}

// ==== Reading lines ==========================================================

// get_coding_spec: the encoding named by a "coding[:=]" comment, or "" .
static void coding_spec(const char *s, size_t size, char *out, size_t cap) {
  size_t i = 0;
  out[0] = '\0';
  for (; i + 6 < size; i++) {
    if (s[i] == '#') break;
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\014') return;
  }
  for (; i + 6 < size; i++) {
    const char *t = s + i;
    if (memcmp(t, "coding", 6) != 0 || (t[6] != ':' && t[6] != '=')) continue;
    t += 6;
    do
      t++;
    while (*t == ' ' || *t == '\t');
    size_t n = 0;
    while ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
           (*t >= '0' && *t <= '9') || *t == '-' || *t == '_' || *t == '.') {
      if (n + 1 < cap) out[n++] = *t;
      t++;
    }
    out[n] = '\0';
    if (n > 0) return;
  }
}

static int is_utf8_name(const char *name) {
  char low[13];
  size_t i = 0;
  for (; i < 12 && name[i]; i++)
    low[i] =
        name[i] == '_'
            ? '-'
            : (char)(name[i] | (name[i] >= 'A' && name[i] <= 'Z' ? 32 : 0));
  low[i] = '\0';
  return strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0;
}

// check_coding_spec for the line just read. Returns 0 on an error.
static int check_coding(Lexer *lx, const char *line, size_t size) {
  if (lx->cont_line || lx->lineno > 2) {
    lx->coding_checked = 1;
    return 1;
  }
  char spec[128];
  coding_spec(line, size, spec, sizeof spec);
  if (!spec[0]) {
    size_t i = 0;
    for (; i < size && line[i] != '#' && line[i] != '\n'; i++)
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\014') break;
    if (i < size && line[i] != '#' && line[i] != '\n') lx->coding_checked = 1;
    return 1;
  }
  lx->coding_checked = 1;
  if (is_utf8_name(spec)) {
    lx->encoding_declared = 1;
    return 1;
  }
  char msg[200];
  snprintf(msg, sizeof msg, "encoding problem: %s%s", spec,
           lx->has_bom ? " with BOM" : "");
  syntax_error_set_nolocation(&lx->error, msg);
  return 0;
}

// ensure_utf8 for the line just read (only without a declared encoding);
// like CPython, it stops at a NUL byte.
static int check_utf8(Lexer *lx, const char *line, size_t size) {
  const unsigned char *c = (const unsigned char *)line;
  const unsigned char *end = c + size;
  int n;
  for (; c < end && *c; c += n) {
    if ((n = valid_utf8_at(c)) == 0) {
      char msg[600];
      snprintf(msg, sizeof msg,
               "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
               "but no encoding declared; see https://peps.python.org/pep-0263/"
               " for details",
               *c, lx->filename, lx->lineno);
      syntax_error_set_nolocation(&lx->error, msg);
      return 0;
    }
  }
  return 1;
}

// tok_underflow_file: makes the next line available. Returns 0 at the end
// of input or on an error (lx->done says which).
static int read_line(Lexer *lx) {
  if (lx->start == LEX_NOPOS) lx->read_start = lx->inp;
  if (lx->inp >= lx->len) {
    lx->done = LEX_EOF;
    return 0;
  }
  const char *line = lx->buf + lx->inp;
  const char *nl = memchr(line, '\n', lx->len - lx->inp);
  size_t size = (size_t)(nl - line) + 1;
  lx->inp += size;
  lx->lineno++;
  if ((!lx->coding_checked && !check_coding(lx, line, size)) ||
      (!lx->encoding_declared && !check_utf8(lx, line, size))) {
    lx->done = LEX_DECODE;
    lx->decoding_erred = 1;
    return 0;
  }
  return 1;
}

static int nul_in_line(Lexer *lx) {
  const char *line = lx->buf + lx->line_start;
  if (!memchr(line, '\0', lx->inp - lx->line_start)) return 0;
  syntax_error(lx, "source code cannot contain null bytes");
  lx->done = LEX_DECODE;
  lx->decoding_erred = 1;
  return 1;
}

// tok_nextc: the next byte, reading a new line when needed; EOF at the end.
static int nextc(Lexer *lx) {
  for (;;) {
    if (lx->cur != lx->inp) return (unsigned char)lx->buf[lx->cur++];
    if (lx->done != LEX_OK) return EOF;
    if (!read_line(lx)) {
      lx->cur = lx->inp;
      return EOF;
    }
    lx->line_start = lx->cur;
    if (nul_in_line(lx)) {
      lx->cur = lx->inp;
      return EOF;
    }
  }
}

static void backup(Lexer *lx, int c) {
  if (c != EOF) lx->cur--;
}

// ==== Character classes ======================================================

static int is_digit(int c) {
  return c >= '0' && c <= '9';
}

static int is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int is_ident_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c >= 128;
}

static int is_ident_char(int c) {
  return is_ident_start(c) || is_digit(c);
}

// ==== Identifiers ============================================================

// verify_identifier: a non-ASCII name must be a valid identifier.
static int verify_identifier(Lexer *lx) {
  const char *s = lx->buf + lx->start;
  size_t len = lx->cur - lx->start, i = 0;
  while (i < len) {
    int n, cp = lexer_utf8_decode(s + i, len - i, &n);
    int ok = i == 0 ? (cp == '_' || unicode_is_xid_start((uint32_t)cp))
                    : unicode_is_xid_continue((uint32_t)cp);
    if (cp < 0) ok = 0;
    if (!ok) {
      lx->cur = lx->start + i + (size_t)n;
      if (unicode_is_printable((uint32_t)cp))
        syntax_error(lx, "invalid character '%.*s' (U+%04X)", n, s + i, cp);
      else
        syntax_error(lx, "invalid non-printable character U+%04X", cp);
      return 0;
    }
    i += (size_t)n;
  }
  return 1;
}

static int keyword_type(const char *s, size_t len) {
  static const struct {
    const char *text;
    size_t len;
  } words[] = {
#define LEX_KEYWORD_TEXT(name, text) {text, sizeof(text) - 1},
      LEX_KEYWORDS(LEX_KEYWORD_TEXT)
#undef LEX_KEYWORD_TEXT
  };
  if (len < 2 || len > 8) return TOK_NAME;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (words[i].len == len && words[i].text[0] == s[0] &&
        memcmp(words[i].text, s, len) == 0)
      return KW_FALSE + (int)i;
  if (len == 5 && memcmp(s, "async", 5) == 0) return TOK_ASYNC;
  if (len == 5 && memcmp(s, "await", 5) == 0) return TOK_AWAIT;
  return TOK_NAME;
}

// ==== Numbers ================================================================

// lookahead: the next bytes spell [test] and end the word there.
static int lookahead(Lexer *lx, const char *test) {
  const char *s = test;
  int res = 0;
  for (;;) {
    int c = nextc(lx);
    if (*s == 0) {
      res = !is_ident_char(c);
    } else if (c == *s) {
      s++;
      continue;
    }
    backup(lx, c);
    while (s != test)
      backup(lx, *--s);
    return res;
  }
}

// verify_end_of_number: [c] (just read) may not continue the literal. A
// keyword right after it only warns.
static int verify_end_of_number(Lexer *lx, int c, const char *kind) {
  int r = 0;
  if (c == 'a')
    r = lookahead(lx, "nd");
  else if (c == 'e')
    r = lookahead(lx, "lse");
  else if (c == 'f')
    r = lookahead(lx, "or");
  else if (c == 'o')
    r = lookahead(lx, "r");
  else if (c == 'n')
    r = lookahead(lx, "ot");
  else if (c == 'i') {
    int c2 = nextc(lx);
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(lx, c2);
  }
  if (r) {
    backup(lx, c);
    if (lx->warn) {
      char msg[64];
      snprintf(msg, sizeof msg, "invalid %s literal", kind);
      lx->warn(lx->warn_ctx, lx->lineno, msg);
    }
    nextc(lx);
  } else if (c < 128 && is_ident_char(c)) { // 3.11.7: ASCII only
    backup(lx, c);
    syntax_error(lx, "invalid %s literal", kind);
    return 0;
  }
  return 1;
}

// tok_decimal_tail: digits with single underscores; returns the next char,
// or 0 after an error.
static int decimal_tail(Lexer *lx) {
  int c;
  for (;;) {
    do
      c = nextc(lx);
    while (is_digit(c));
    if (c != '_') break;
    c = nextc(lx);
    if (!is_digit(c)) {
      backup(lx, c);
      syntax_error(lx, "invalid decimal literal");
      return 0;
    }
  }
  return c;
}

static int number_end(Lexer *lx, int c) {
  backup(lx, c);
  return TOK_NUMBER;
}

static int scan_imaginary(Lexer *lx) {
  int c = nextc(lx);
  if (!verify_end_of_number(lx, c, "imaginary")) return TOK_ERRORTOKEN;
  return number_end(lx, c);
}

static int scan_exponent(Lexer *lx, int e) {
  int c = nextc(lx);
  if (c == '+' || c == '-') {
    c = nextc(lx);
    if (!is_digit(c)) {
      backup(lx, c);
      return syntax_error(lx, "invalid decimal literal");
    }
  } else if (!is_digit(c)) {
    backup(lx, c);
    if (!verify_end_of_number(lx, e, "decimal")) return TOK_ERRORTOKEN;
    backup(lx, e);
    return TOK_NUMBER;
  }
  if ((c = decimal_tail(lx)) == 0) return TOK_ERRORTOKEN;
  if (c == 'j' || c == 'J') return scan_imaginary(lx);
  if (!verify_end_of_number(lx, c, "decimal")) return TOK_ERRORTOKEN;
  return number_end(lx, c);
}

// After the integer part and an optional fraction: exponent, 'j' or end.
static int scan_float_tail(Lexer *lx, int c) {
  if (c == 'e' || c == 'E') return scan_exponent(lx, c);
  if (c == 'j' || c == 'J') return scan_imaginary(lx);
  if (!verify_end_of_number(lx, c, "decimal")) return TOK_ERRORTOKEN;
  return number_end(lx, c);
}

// [c] is the character after the '.'.
static int scan_fraction(Lexer *lx, int c) {
  if (is_digit(c) && (c = decimal_tail(lx)) == 0) return TOK_ERRORTOKEN;
  return scan_float_tail(lx, c);
}

static int radix_digit(int c, int radix) {
  return radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix;
}

// 0x / 0o / 0b literals; [c] is the character after the prefix.
static int scan_radix(Lexer *lx, int c, int radix, const char *kind) {
  do {
    if (c == '_') c = nextc(lx);
    if (!radix_digit(c, radix)) {
      if (radix != 16 && is_digit(c))
        return syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
      backup(lx, c);
      return syntax_error(lx, "invalid %s literal", kind);
    }
    do
      c = nextc(lx);
    while (radix_digit(c, radix));
  } while (c == '_');
  if (radix != 16 && is_digit(c))
    return syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
  if (!verify_end_of_number(lx, c, kind)) return TOK_ERRORTOKEN;
  return number_end(lx, c);
}

// A literal starting with '0' that is not 0x/0o/0b; [c] follows the '0'.
static int scan_zero(Lexer *lx, int c) {
  int nonzero = 0;
  for (;;) {
    if (c == '_') {
      c = nextc(lx);
      if (!is_digit(c)) {
        backup(lx, c);
        return syntax_error(lx, "invalid decimal literal");
      }
    }
    if (c != '0') break;
    c = nextc(lx);
  }
  size_t zeros_end = lx->cur;
  if (is_digit(c)) {
    nonzero = 1;
    if ((c = decimal_tail(lx)) == 0) return TOK_ERRORTOKEN;
  }
  if (c == '.') return scan_fraction(lx, nextc(lx));
  if (c == 'e' || c == 'E') return scan_exponent(lx, c);
  if (c == 'j' || c == 'J') return scan_imaginary(lx);
  if (nonzero) {
    backup(lx, c);
    return syntax_error_range(
        lx, (int)(lx->start + 1 - lx->line_start),
        (int)(zeros_end - lx->line_start),
        "leading zeros in decimal integer literals are not permitted; "
        "use an 0o prefix for octal integers");
  }
  if (!verify_end_of_number(lx, c, "decimal")) return TOK_ERRORTOKEN;
  return number_end(lx, c);
}

// [c] is the first digit, already read.
static int scan_number(Lexer *lx, int c) {
  if (c == '0') {
    c = nextc(lx);
    if (c == 'x' || c == 'X')
      return scan_radix(lx, nextc(lx), 16, "hexadecimal");
    if (c == 'o' || c == 'O') return scan_radix(lx, nextc(lx), 8, "octal");
    if (c == 'b' || c == 'B') return scan_radix(lx, nextc(lx), 2, "binary");
    return scan_zero(lx, c);
  }
  if ((c = decimal_tail(lx)) == 0) return TOK_ERRORTOKEN;
  if (c == '.') return scan_fraction(lx, nextc(lx));
  return scan_float_tail(lx, c);
}

// A '.' was read: a float like .5, '...' or a plain '.'.
static int scan_dot(Lexer *lx) {
  int c = nextc(lx);
  if (is_digit(c)) return scan_fraction(lx, c);
  if (c == '.') {
    c = nextc(lx);
    if (c == '.') return TOK_ELLIPSIS;
    backup(lx, c);
    backup(lx, '.');
  } else {
    backup(lx, c);
  }
  return TOK_DOT;
}

// ==== Strings ================================================================

static int unterminated(Lexer *lx, int c, int quote_size) {
  lx->cur = lx->start + 1;
  lx->line_start = lx->multi_line_start;
  int detected = lx->lineno;
  lx->lineno = lx->first_lineno;
  if (quote_size == 3) {
    syntax_error(lx,
                 "unterminated triple-quoted string literal (detected "
                 "at line %d)",
                 detected);
    if (c != '\n') lx->done = LEX_EOFS;
  } else {
    syntax_error(lx, "unterminated string literal (detected at line %d)",
                 detected);
    if (c != '\n') lx->done = LEX_EOLS;
  }
  return TOK_ERRORTOKEN;
}

// [quote] has been read (after any prefix).
static int scan_string(Lexer *lx, int quote) {
  int quote_size = 1, end_quote_size = 0;
  lx->first_lineno = lx->lineno;
  lx->multi_line_start = lx->line_start;
  int c = nextc(lx);
  if (c == quote) {
    c = nextc(lx);
    if (c == quote)
      quote_size = 3;
    else
      end_quote_size = 1; // empty string
  }
  if (c != quote) backup(lx, c);
  while (end_quote_size != quote_size) {
    c = nextc(lx);
    if (lx->done == LEX_DECODE) return TOK_ERRORTOKEN;
    if (c == EOF || (quote_size == 1 && c == '\n'))
      return unterminated(lx, c, quote_size);
    if (c == quote) {
      end_quote_size += 1;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc(lx);
    }
  }
  return TOK_STRING;
}

// Reads a name, or a string with a prefix; [c] is its first character.
static int scan_name_or_string(Lexer *lx, int c) {
  int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
      saw_b = 1;
    else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
      saw_u = 1;
    else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
      saw_r = 1;
    else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
      saw_f = 1;
    else
      break;
    c = nextc(lx);
    if (c == '"' || c == '\'') return scan_string(lx, c);
  }
  int nonascii = 0;
  while (is_ident_char(c)) {
    if (c >= 128) nonascii = 1;
    c = nextc(lx);
  }
  backup(lx, c);
  if (nonascii && !verify_identifier(lx)) return TOK_ERRORTOKEN;
  return keyword_type(lx->buf + lx->start, lx->cur - lx->start);
}

// ==== Operators ==============================================================

static int one_char(int c) {
  switch (c) {
  case '%':
    return TOK_PERCENT;
  case '&':
    return TOK_AMPER;
  case '(':
    return TOK_LPAR;
  case ')':
    return TOK_RPAR;
  case '*':
    return TOK_STAR;
  case '+':
    return TOK_PLUS;
  case ',':
    return TOK_COMMA;
  case '-':
    return TOK_MINUS;
  case '.':
    return TOK_DOT;
  case '/':
    return TOK_SLASH;
  case ':':
    return TOK_COLON;
  case ';':
    return TOK_SEMI;
  case '<':
    return TOK_LESS;
  case '=':
    return TOK_EQUAL;
  case '>':
    return TOK_GREATER;
  case '@':
    return TOK_AT;
  case '[':
    return TOK_LSQB;
  case ']':
    return TOK_RSQB;
  case '^':
    return TOK_CIRCUMFLEX;
  case '{':
    return TOK_LBRACE;
  case '|':
    return TOK_VBAR;
  case '}':
    return TOK_RBRACE;
  case '~':
    return TOK_TILDE;
  }
  return TOK_OP;
}

// Two- and three-character operators (PyToken_TwoChars, _ThreeChars).
static int multi_char(int c1, int c2, int c3) {
  static const char *const ops[] = {
      "!=", "%=", "&=",  "**",  "*=",  "+=",  "-=", "->", "//",
      "/=", ":=", "<<",  "<=",  "<>",  "==",  ">=", ">>", "@=",
      "^=", "|=", "**=", "...", "//=", "<<=", ">>="};
  if (c1 < 0 || c1 > 127 || c2 < 0 || c2 > 127 || c3 < 0 || c3 > 127)
    return TOK_OP;
  char s[4] = {(char)c1, (char)c2, (char)c3, 0};
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    if (strcmp(ops[i], s) != 0) continue;
    if (strcmp(s, "<>") == 0) return TOK_NOTEQUAL;
    for (int t = TOK_EQEQUAL; t <= TOK_COLONEQUAL; t++)
      if (strcmp(lexer_token_text(t), s) == 0) return t;
  }
  return TOK_OP;
}

static int open_bracket(Lexer *lx, int c) {
  if (lx->level >= LEX_MAXLEVEL)
    return syntax_error(lx, "too many nested parentheses");
  lx->parenstack[lx->level] = (char)c;
  lx->parenlinenostack[lx->level] = lx->lineno;
  lx->parencolstack[lx->level] = (int)(lx->start - lx->line_start);
  lx->level++;
  return 0;
}

static int close_bracket(Lexer *lx, int c) {
  if (!lx->level) return syntax_error(lx, "unmatched '%c'", c);
  lx->level--;
  int open = lx->parenstack[lx->level];
  if ((open == '(' && c == ')') || (open == '[' && c == ']') ||
      (open == '{' && c == '}'))
    return 0;
  if (lx->parenlinenostack[lx->level] != lx->lineno)
    return syntax_error(lx,
                        "closing parenthesis '%c' does not match opening "
                        "parenthesis '%c' on line %d",
                        c, open, lx->parenlinenostack[lx->level]);
  return syntax_error(lx,
                      "closing parenthesis '%c' does not match opening "
                      "parenthesis '%c'",
                      c, open);
}

static int scan_operator(Lexer *lx, int c) {
  int c2 = nextc(lx);
  int token = multi_char(c, c2, 0);
  if (token != TOK_OP) {
    int c3 = nextc(lx);
    int token3 = multi_char(c, c2, c3);
    if (token3 != TOK_OP)
      token = token3;
    else
      backup(lx, c3);
    return token;
  }
  backup(lx, c2);
  int err = 0;
  if (c == '(' || c == '[' || c == '{')
    err = open_bracket(lx, c);
  else if (c == ')' || c == ']' || c == '}')
    err = close_bracket(lx, c);
  if (err) return TOK_ERRORTOKEN;
  if (!unicode_is_printable((uint32_t)c))
    return syntax_error(lx, "invalid non-printable character U+%04X", c);
  return one_char(c);
}

// ==== Indentation ============================================================

// tok_continuation_line: after a '\', the line must end. Returns -1 on error.
static int continuation_line(Lexer *lx) {
  int c = nextc(lx);
  if (c != '\n') {
    lx->done = LEX_LINECONT;
    return -1;
  }
  c = nextc(lx);
  if (c == EOF) {
    done_error(lx, LEX_EOF);
    return -1;
  }
  backup(lx, c);
  return c;
}

// Measures the indentation of a new line; sets *blank for lines holding only
// a comment or nothing. Returns -1 on error.
static int measure_indent(Lexer *lx, int *col_out, int *altcol_out,
                          int *blank) {
  int col = 0, altcol = 0, cont_line_col = 0, c;
  for (;;) {
    c = nextc(lx);
    if (c == ' ') {
      col++, altcol++;
    } else if (c == '\t') {
      col = (col / TABSIZE + 1) * TABSIZE;
      altcol = altcol + 1;
    } else if (c == '\014') {
      col = altcol = 0;
    } else if (c == '\\') {
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (continuation_line(lx) == -1) return -1;
    } else {
      break;
    }
  }
  backup(lx, c);
  *blank = c == '#' || c == '\n';
  *col_out = cont_line_col ? cont_line_col : col;
  *altcol_out = cont_line_col ? cont_line_col : altcol;
  return 0;
}

// Compares the new line's indentation with the stack and queues INDENT or
// DEDENT tokens. Returns LEX_OK or the error.
static LexDone apply_indent(Lexer *lx, int col, int altcol) {
  int top = lx->indent;
  if (col == lx->indstack[top])
    return altcol != lx->altindstack[top] ? LEX_TABSPACE : LEX_OK;
  if (col > lx->indstack[top]) {
    if (top + 1 >= LEX_MAXINDENT) return LEX_TOODEEP;
    if (altcol <= lx->altindstack[top]) return LEX_TABSPACE;
    lx->pendin++;
    lx->indstack[++lx->indent] = col;
    lx->altindstack[lx->indent] = altcol;
    return LEX_OK;
  }
  while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
    lx->pendin--;
    lx->indent--;
  }
  if (col != lx->indstack[lx->indent]) return LEX_DEDENT;
  if (altcol != lx->altindstack[lx->indent]) return LEX_TABSPACE;
  return LEX_OK;
}

// ==== The token loop =========================================================

// tok_get. Sets *[start] and *[end] to the token's text (LEX_NOPOS if none).
static int scan(Lexer *lx, size_t *start, size_t *end) {
  int c, blankline;
  *start = *end = LEX_NOPOS;
nextline:
  lx->start = LEX_NOPOS;
  blankline = 0;
  if (lx->atbol) {
    int col, altcol;
    lx->atbol = 0;
    if (measure_indent(lx, &col, &altcol, &blankline) < 0)
      return TOK_ERRORTOKEN;
    LexDone err =
        !blankline && lx->level == 0 ? apply_indent(lx, col, altcol) : LEX_OK;
    if (err != LEX_OK) return done_error(lx, err);
  }
  lx->start = lx->cur;
  if (lx->pendin != 0) {
    if (lx->pendin < 0) {
      lx->pendin++;
      return TOK_DEDENT;
    }
    lx->pendin--;
    return TOK_INDENT;
  }
again:
  lx->start = LEX_NOPOS;
  do
    c = nextc(lx);
  while (c == ' ' || c == '\t' || c == '\014');
  lx->start = lx->cur - 1;
  if (c == '#')
    while (c != EOF && c != '\n')
      c = nextc(lx);
  if (c == EOF) {
    if (lx->level) return TOK_ERRORTOKEN;
    return lx->done == LEX_EOF ? TOK_ENDMARKER : TOK_ERRORTOKEN;
  }
  int type;
  if (is_ident_start(c)) {
    type = scan_name_or_string(lx, c);
  } else if (c == '\n') {
    lx->atbol = 1;
    if (blankline || lx->level > 0) goto nextline;
    *start = lx->start;
    *end = lx->cur - 1;
    lx->cont_line = 0;
    return TOK_NEWLINE;
  } else if (c == '.') {
    type = scan_dot(lx);
  } else if (is_digit(c)) {
    type = scan_number(lx, c);
  } else if (c == '\'' || c == '"') {
    type = scan_string(lx, c);
  } else if (c == '\\') {
    if (continuation_line(lx) == -1) return TOK_ERRORTOKEN;
    lx->cont_line = 1;
    goto again;
  } else {
    type = scan_operator(lx, c);
  }
  if (type != TOK_ERRORTOKEN) {
    *start = lx->start;
    *end = lx->cur;
  }
  return type;
}

int lexer_next(Lexer *lx, Token *tok) {
  size_t start, end;
  int type = scan(lx, &start, &end);
  if (lx->decoding_erred) { // _PyTokenizer_Get
    type = TOK_ERRORTOKEN;
    lx->done = LEX_DECODE;
  }
  size_t line_start =
      type == TOK_STRING ? lx->multi_line_start : lx->line_start;
  tok->type = type;
  tok->level = lx->level;
  tok->lineno = type == TOK_STRING ? lx->first_lineno : lx->lineno;
  tok->end_lineno = lx->lineno;
  tok->col_offset = start != LEX_NOPOS && start >= line_start
                        ? (int)(start - line_start)
                        : -1;
  tok->end_col_offset = end != LEX_NOPOS && end >= lx->line_start
                            ? (int)(end - lx->line_start)
                            : -1;
  tok->start = start != LEX_NOPOS ? lx->buf + start : NULL;
  tok->len = start != LEX_NOPOS && end != LEX_NOPOS ? (int)(end - start) : 0;
  tok->memo = NULL;
  tok->ident = NULL;
  return type;
}

// ==== Names ==================================================================

const char *lexer_token_text(int type) {
  static const char *const texts[] = {
#define LEX_TEXT(name, text) text,
      LEX_TOKENS(LEX_TEXT) LEX_KEYWORDS(LEX_TEXT)
#undef LEX_TEXT
  };
  return type >= 0 && type < TOK_COUNT ? texts[type] : "";
}

const char *lexer_token_name(int type) {
  static const char *const names[] = {
#define LEX_NAME(name, text) #name,
      LEX_TOKENS(LEX_NAME) LEX_KEYWORDS(LEX_NAME)
#undef LEX_NAME
  };
  return type >= 0 && type < TOK_COUNT ? names[type] : "?";
}
