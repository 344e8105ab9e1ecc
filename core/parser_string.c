// parser_string.c — string and bytes literals: prefixes, quotes, escape
// sequences (CPython's unicode-escape and bytes decoders, with their exact
// error messages) and the concatenation of adjacent literals, f-strings
// included (Parser/string_parser.c, _PyPegen_concatenate_strings).
// tests/parser/README.md.
#include "parser_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ==== Escapes ================================================================

static int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends code point [cp] as UTF-8; lone surrogates get the 3-byte form.
static void put_code_point(Buf *out, unsigned cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    char s[3] = {(char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)),
                 (char)(0x80 | (cp & 0x3F))};
    buf_append(out, s, 3);
  } else {
    buf_put_utf8(out, cp);
  }
}

// A UnicodeDecodeError from the 'unicodeescape' codec over [start, end).
static int unicode_error(Parser *p, size_t start, size_t end,
                         unsigned char byte, const char *reason) {
  if (end == start + 1)
    parser_raise(p, SYNTAX_ERROR,
                 "(unicode error) 'unicodeescape' codec "
                 "can't decode byte 0x%02x in position %zu: %s",
                 byte, start, reason);
  else
    parser_raise(p, SYNTAX_ERROR,
                 "(unicode error) 'unicodeescape' codec "
                 "can't decode bytes in position %zu-%zu: %s",
                 start, end - 1, reason);
  return -1;
}

// \xXX, \uXXXX, \UXXXXXXXX at s[*i] (after the letter).
static int hex_escape(Parser *p, const char *s, size_t len, size_t *i,
                      size_t start, int count, Buf *out) {
  static const char *const msgs[] = {"truncated \\xXX escape",
                                     "truncated \\uXXXX escape",
                                     "truncated \\UXXXXXXXX escape"};
  const char *msg = msgs[count == 2 ? 0 : count == 4 ? 1 : 2];
  unsigned long ch = 0;
  for (; count; count--, (*i)++) {
    if (*i >= len || hex_value((unsigned char)s[*i]) < 0)
      return unicode_error(p, start, *i, '\\', msg);
    ch = (ch << 4) + (unsigned long)hex_value((unsigned char)s[*i]);
  }
  if (ch > 0x10FFFF)
    return unicode_error(p, start, *i, '\\', "illegal Unicode character");
  put_code_point(out, (unsigned)ch);
  return 0;
}

// \N{NAME}: Refscope ships no Unicode name table.
static int name_escape(Parser *p, const char *s, size_t len, size_t *i,
                       size_t start) {
  const char *malformed = "malformed \\N character escape";
  if (*i >= len || s[*i] != '{')
    return unicode_error(p, start, *i, '\\', malformed);
  size_t name = ++*i;
  while (*i < len && s[*i] != '}')
    (*i)++;
  if (*i >= len || *i == name)
    return unicode_error(p, start, *i, '\\', malformed);
  parser_raise(p, SYNTAX_ERROR,
               "(unicode error) \\N{...} escapes are not "
               "supported by Refscope");
  return -1;
}

static int simple_escape(int c) {
  switch (c) {
  case '\\':
    return '\\';
  case '\'':
    return '\'';
  case '"':
    return '"';
  case 'b':
    return '\b';
  case 'f':
    return '\f';
  case 't':
    return '\t';
  case 'n':
    return '\n';
  case 'r':
    return '\r';
  case 'v':
    return '\v';
  case 'a':
    return '\a';
  default:
    return -1;
  }
}

// Octal \OOO at s[*i - 1].
static unsigned octal_escape(const char *s, size_t len, size_t *i) {
  unsigned ch = (unsigned)(s[*i - 1] - '0');
  for (int k = 0; k < 2 && *i < len && s[*i] >= '0' && s[*i] <= '7'; k++)
    ch = (ch << 3) + (unsigned)(s[(*i)++] - '0');
  return ch;
}

// _PyUnicode_DecodeUnicodeEscapeInternal over the prepared buffer [s, len).
static int unicode_escape(Parser *p, const char *s, size_t len, Buf *out) {
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i++];
    if (c != '\\') {
      buf_putc(out, (char)c);
      continue;
    }
    size_t start = i - 1;
    if (i >= len)
      return unicode_error(p, start, len, '\\', "\\ at end of string");
    c = (unsigned char)s[i++];
    int simple = simple_escape(c);
    if (c == '\n') continue;
    if (simple >= 0)
      buf_putc(out, (char)simple);
    else if (c >= '0' && c <= '7')
      put_code_point(out, octal_escape(s, len, &i));
    else if (c == 'x' || c == 'u' || c == 'U') {
      if (hex_escape(p, s, len, &i, start,
                     c == 'x'   ? 2
                     : c == 'u' ? 4
                                : 8,
                     out) < 0)
        return -1;
    } else if (c == 'N') {
      return name_escape(p, s, len, &i, start);
    } else {
      buf_putc(out, '\\');
      buf_putc(out, (char)c);
    }
  }
  return 0;
}

// decode_unicode_with_escapes: non-ASCII characters become \UXXXXXXXX
// escapes first (so error positions count those), a backslash before one
// becomes \u005c.
int parser_decode_str(Parser *p, const char *s, size_t len, int raw, Buf *out) {
  if (raw) return buf_append(out, s, len);
  Buf tmp;
  buf_init(&tmp);
  for (size_t i = 0; i < len;) {
    if (s[i] == '\\') {
      buf_putc(&tmp, s[i++]);
      if (i >= len || (s[i] & 0x80)) buf_puts(&tmp, "u005c");
      if (i >= len) break;
    }
    if (s[i] & 0x80) {
      int n, cp = lexer_utf8_decode(s + i, len - i, &n);
      buf_printf(&tmp, "\\U%08x", cp < 0 ? 0xFFFDu : (unsigned)cp);
      i += (size_t)n;
    } else {
      buf_putc(&tmp, s[i++]);
    }
  }
  int r = unicode_escape(p, tmp.data ? tmp.data : "", tmp.len, out);
  buf_free(&tmp);
  return r;
}

// _PyBytes_DecodeEscape.
static int decode_bytes(Parser *p, const char *s, size_t len, Buf *out) {
  for (size_t i = 0; i < len;) {
    if (s[i] != '\\') {
      buf_putc(out, s[i++]);
      continue;
    }
    size_t start = i++;
    if (i >= len) {
      parser_raise(p, SYNTAX_ERROR, "(value error) Trailing \\ in string");
      return -1;
    }
    int c = (unsigned char)s[i++], simple = simple_escape(c);
    if (c == '\n') continue;
    if (simple >= 0) {
      buf_putc(out, (char)simple);
    } else if (c >= '0' && c <= '7') {
      buf_putc(out, (char)(octal_escape(s, len, &i) & 0xFF));
    } else if (c == 'x') {
      int d1 = i + 1 < len ? hex_value((unsigned char)s[i]) : -1;
      int d2 = i + 1 < len ? hex_value((unsigned char)s[i + 1]) : -1;
      if (d1 < 0 || d2 < 0) {
        parser_raise(p, SYNTAX_ERROR,
                     "(value error) invalid \\x escape at "
                     "position %zu",
                     start);
        return -1;
      }
      buf_putc(out, (char)(d1 * 16 + d2));
      i += 2;
    } else {
      buf_putc(out, '\\');
      i--;
    }
  }
  return 0;
}

// ==== One literal ============================================================

typedef struct Literal {
  int bytes, raw, fmode;
  const char *body; // between the quotes
  size_t len;
} Literal;

// Reads the prefix and quotes of STRING token [t].
static void split_literal(const Token *t, Literal *lit) {
  const char *s = t->start;
  memset(lit, 0, sizeof *lit);
  for (;; s++) {
    int c = *s | 32;
    if (c == 'b')
      lit->bytes = 1;
    else if (c == 'r')
      lit->raw = 1;
    else if (c == 'f')
      lit->fmode = 1;
    else if (c != 'u')
      break;
  }
  char quote = *s;
  size_t len = (size_t)(t->start + t->len - s);
  size_t q = len >= 6 && s[1] == quote && s[2] == quote ? 3 : 1;
  lit->body = s + q;
  lit->len = len - 2 * q;
}

// _PyPegen_parsestr for a non-f-string token [t]: the decoded value in
// [out].
static int decode_literal(Parser *p, Token *t, Literal *lit, Buf *out) {
  int raw = lit->raw || !memchr(lit->body, '\\', lit->len);
  if (!lit->bytes) return parser_decode_str(p, lit->body, lit->len, raw, out);
  for (size_t i = 0; i < lit->len; i++) {
    if ((unsigned char)lit->body[i] >= 0x80) {
      Loc at = parser_token_loc(t); // CPython 3.11.7 points at the literal
      parser_raise_range(p, at, at,
                         "bytes can only contain ASCII literal characters");
      return -1;
    }
  }
  return raw ? buf_append(out, lit->body, lit->len)
             : decode_bytes(p, lit->body, lit->len, out);
}

// ==== Concatenation ==========================================================

static Expr *bytes_constant(Parser *p, Buf *b, Token *first, Token *last) {
  Loc loc = {first->lineno, first->col_offset, last->end_lineno,
             last->end_col_offset};
  Expr *e = action_constant(p, CONST_BYTES, loc);
  if (!e) return NULL;
  e->v.constant.text = arena_strndup(p->arena, b->data ? b->data : "", b->len);
  e->v.constant.len = b->len;
  return e;
}

// strings: STRING+ -> one Constant (str or bytes) or a JoinedStr.
Expr *parser_concatenate_strings(Parser *p, Token **toks, int n) {
  Token *first = toks[0], *last = toks[n - 1];
  FstringState st;
  fstring_state_init(&st);
  Buf bytes;
  buf_init(&bytes);
  int bytesmode = 0, ok = 1;
  for (int i = 0; i < n && ok; i++) {
    Literal lit;
    split_literal(toks[i], &lit);
    if (i != 0 && bytesmode != lit.bytes) {
      parser_raise(p, SYNTAX_ERROR, "cannot mix bytes and nonbytes literals");
      ok = 0;
      break;
    }
    bytesmode = lit.bytes;
    if (lit.fmode) {
      const char *s = lit.body;
      ok = fstring_concat(p, &st, &s, lit.body + lit.len, lit.raw, 0, first,
                          toks[i], last) == 0;
    } else {
      ok = decode_literal(p, toks[i], &lit,
                          bytesmode ? &bytes : &st.last_str) == 0;
    }
  }
  Expr *e = NULL;
  if (ok)
    e = bytesmode ? bytes_constant(p, &bytes, first, last)
                  : fstring_finish(p, &st, first, last);
  buf_free(&bytes);
  fstring_state_free(&st);
  return e;
}
