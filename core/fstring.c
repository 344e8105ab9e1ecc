// fstring.c — f-strings as CPython 3.11 parses them (Parser/string_parser.c):
// literal parts with doubled braces, replacement fields {expr!c:spec} with
// nested format specs and the `=` form, each expression compiled by a
// sub-parser over "(expr)" placed at its position in the file, and 3.11's
// error messages and node locations. tests/parser/README.md.
#include "parser_impl.h"

#include <string.h>

void fstring_state_init(FstringState *st) {
  memset(st, 0, sizeof *st);
  buf_init(&st->last_str);
}

void fstring_state_free(FstringState *st) {
  buf_free(&st->last_str);
}

static Loc span(Token *first, Token *last) {
  Loc loc = {first->lineno, first->col_offset, last->end_lineno,
             last->end_col_offset};
  return loc;
}

// make_str_node_and_del: a Constant for the pending literal text.
static Expr *str_node(Parser *p, Buf *text, Token *first, Token *last) {
  Expr *e = action_constant(p, CONST_STR, span(first, last));
  if (!e) return NULL;
  e->v.constant.text =
      arena_strndup(p->arena, text->data ? text->data : "", text->len);
  e->v.constant.len = text->len;
  e->v.constant.u_prefix = first->start[0] == 'u';
  buf_clear(text);
  return e;
}

// ==== Literal parts ==========================================================

// fstring_find_literal. Returns 1 when a doubled brace ended the literal
// (the caller continues), 0 at an expression or the end, -1 on error.
static int find_literal(Parser *p, const char **str, const char *end, int raw,
                        Buf *literal, int recurse_lvl) {
  const char *s = *str, *start = s;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        if (s < end && *s++ == '{')
          while (s < end && *s++ != '}') {
          }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && *s == ch) {
          *str = s + 1;
          result = 1;
          goto done;
        }
        if (ch == '}') {
          *str = s - 1;
          parser_raise(p, SYNTAX_ERROR, "f-string: single '}' is not allowed");
          return -1;
        }
      }
      s--;
      break;
    }
  }
  *str = s;
done:
  if (start != s &&
      parser_decode_str(p, start, (size_t)(s - start), raw, literal) < 0)
    return -1;
  return result;
}

// ==== Replacement fields =====================================================

// Scans the expression of a replacement field to its end ('!', ':', '}',
// '=' at depth 0), tracking strings and brackets like CPython. Returns -1
// after raising.
static int scan_expression(Parser *p, const char **str, const char *end) {
  char quote = 0, stack[LEX_MAXLEVEL];
  int string_type = 0, depth = 0;
  for (; *str < end; (*str)++) {
    char ch = **str;
    if (ch == '\\') {
      parser_raise(p, SYNTAX_ERROR,
                   "f-string expression part cannot include a backslash");
      return -1;
    }
    if (quote) {
      if (ch != quote) continue;
      if (string_type == 3) {
        if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
          *str += 2;
          string_type = quote = 0;
        }
      } else {
        string_type = quote = 0;
      }
    } else if (ch == '\'' || ch == '"') {
      string_type =
          *str + 2 < end && (*str)[1] == ch && (*str)[2] == ch ? 3 : 1;
      if (string_type == 3) *str += 2;
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= LEX_MAXLEVEL) {
        parser_raise(p, SYNTAX_ERROR, "f-string: too many nested parenthesis");
        return -1;
      }
      stack[depth++] = ch;
    } else if (ch == '#') {
      parser_raise(p, SYNTAX_ERROR,
                   "f-string expression part cannot include '#'");
      return -1;
    } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' ||
                              ch == '=' || ch == '>' || ch == '<')) {
      char next = *str + 1 < end ? (*str)[1] : 0;
      if (next == '=' && ch != ':' && ch != '}') {
        (*str)++;
        continue;
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (!depth) {
        parser_raise(p, SYNTAX_ERROR, "f-string: unmatched '%c'", ch);
        return -1;
      }
      char open = stack[--depth];
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
            (open == '{' && ch == '}'))) {
        parser_raise(p, SYNTAX_ERROR,
                     "f-string: closing parenthesis '%c' "
                     "does not match opening parenthesis '%c'",
                     ch, open);
        return -1;
      }
    }
  }
  if (quote) {
    parser_raise(p, SYNTAX_ERROR, "f-string: unterminated string");
    return -1;
  }
  if (depth) {
    parser_raise(p, SYNTAX_ERROR, "f-string: unmatched '%c'", stack[depth - 1]);
    return -1;
  }
  return 0;
}

// fstring_find_expr_location: lines and columns from the start of token [t]
// to the '{' at [brace].
static void expr_location(Token *t, const char *brace, int *lines, int *cols) {
  const char *s = brace + 1;
  int newline_after_brace = 1;
  *lines = *cols = 0;
  for (; *s != '}' && *s != '\n'; s++) {
    if (*s != ' ' && *s != '\t' && *s != '\f') {
      newline_after_brace = 0;
      break;
    }
  }
  if (!newline_after_brace) {
    s = brace;
    while (s > t->start && *s != '\n')
      s--;
    *cols = (int)(brace - s) - (*s == '\n');
  }
  for (s = t->start; s < brace; s++)
    if (*s == '\n') (*lines)++;
}

// fstring_compile_expr: parses "(expr)" with a sub-parser.
static Expr *compile_expr(Parser *p, const char *start, const char *stop,
                          Token *t) {
  const char *s = start;
  while (s < stop && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
    s++;
  if (s == stop) {
    if (*stop == '!' || *stop == ':' || *stop == '=')
      return parser_raise(p, SYNTAX_ERROR,
                          "f-string: expression required "
                          "before '%c'",
                          *stop);
    return parser_raise(p, SYNTAX_ERROR,
                        "f-string: empty expression not allowed");
  }
  Buf text;
  buf_init(&text);
  buf_putc(&text, '(');
  buf_append(&text, start, (size_t)(stop - start));
  buf_putc(&text, ')');
  int lines, cols;
  expr_location(t, start - 1, &lines, &cols);
  Expr *e = NULL;
  if (text.failed)
    parser_raise_memory(p);
  else
    e = parser_parse_fstring_expr(p, text.data, text.len, t->lineno + lines,
                                  lines != 0 ? cols : t->col_offset + cols);
  buf_free(&text);
  return e;
}

static Expr *parse_spec(Parser *p, const char **str, const char *end, int raw,
                        int recurse_lvl, Token *first, Token *t, Token *last);

static void *expecting_brace(Parser *p) {
  return parser_raise(p, SYNTAX_ERROR, "f-string: expecting '}'");
}

// fstring_find_expr: the replacement field at *[str] ('{'). Adds any `=`
// text to [literal] and returns the FormattedValue.
static Expr *find_expr(Parser *p, const char **str, const char *end, int raw,
                       int recurse_lvl, Buf *literal, Token *first, Token *t,
                       Token *last) {
  if (recurse_lvl >= 2)
    return parser_raise(p, SYNTAX_ERROR,
                        "f-string: expressions nested too deeply");
  const char *start = ++*str;
  if (scan_expression(p, str, end) < 0) return NULL;
  if (*str >= end) return expecting_brace(p);
  const char *stop = *str;
  Expr *value = compile_expr(p, start, stop, t), *spec = NULL;
  if (!value) return NULL;
  int conversion = -1, self_doc = 0;
  if (**str == '=') {
    for (++*str; *str < end && strchr(" \t\n\r\f\v", **str); ++*str) {
    }
    if (*str >= end) return expecting_brace(p);
    buf_append(literal, start, (size_t)(*str - start));
    self_doc = 1;
  }
  if (**str == '!') {
    if (++*str >= end) return expecting_brace(p);
    conversion = (unsigned char)*(*str)++;
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      return parser_raise(p, SYNTAX_ERROR,
                          "f-string: invalid conversion "
                          "character: expected 's', 'r', or 'a'");
  }
  if (*str >= end) return expecting_brace(p);
  if (**str == ':') {
    if (++*str >= end) return expecting_brace(p);
    spec = parse_spec(p, str, end, raw, recurse_lvl + 1, first, t, last);
    if (!spec) return NULL;
  }
  if (*str >= end || **str != '}') return expecting_brace(p);
  ++*str;
  if (self_doc && !spec && conversion == -1) conversion = 'r';
  Expr *e = action_expr(p, EXPR_FormattedValue, span(first, last));
  if (e) {
    e->v.formatted.value = value;
    e->v.formatted.conversion = conversion;
    e->v.formatted.format_spec = spec;
  }
  return e;
}

// ==== Whole f-strings ========================================================

int fstring_concat(Parser *p, FstringState *st, const char **str,
                   const char *end, int raw, int recurse_lvl, Token *first,
                   Token *t, Token *last) {
  st->fmode = 1;
  for (;;) {
    int r = find_literal(p, str, end, raw, &st->last_str, recurse_lvl);
    if (r < 0) return -1;
    if (r == 1) continue;
    if (*str >= end || **str == '}') break;
    Expr *e =
        find_expr(p, str, end, raw, recurse_lvl, &st->last_str, first, t, last);
    if (!e) return -1;
    if (st->last_str.len &&
        pvec_push(p, &st->values, str_node(p, &st->last_str, first, last)) < 0)
      return -1;
    if (pvec_push(p, &st->values, e) < 0) return -1;
  }
  if (recurse_lvl == 0 && *str < end - 1) {
    parser_raise(p, SYNTAX_ERROR, "f-string: unexpected end of string");
    return -1;
  }
  if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
    expecting_brace(p);
    return -1;
  }
  return 0;
}

Expr *fstring_finish(Parser *p, FstringState *st, Token *first, Token *last) {
  if (!st->fmode) return str_node(p, &st->last_str, first, last);
  if (st->last_str.len &&
      pvec_push(p, &st->values, str_node(p, &st->last_str, first, last)) < 0)
    return NULL;
  Expr *e = action_expr(p, EXPR_JoinedStr, span(first, last));
  if (e) e->v.joinedstr.values = pvec_exprs(p, &st->values);
  return e;
}

// fstring_parse: a nested format spec, as its own JoinedStr at token [t].
static Expr *parse_spec(Parser *p, const char **str, const char *end, int raw,
                        int recurse_lvl, Token *first, Token *t, Token *last) {
  FstringState st;
  fstring_state_init(&st);
  Expr *e = NULL;
  if (fstring_concat(p, &st, str, end, raw, recurse_lvl, first, t, last) == 0)
    e = fstring_finish(p, &st, t, t);
  fstring_state_free(&st);
  return e;
}
