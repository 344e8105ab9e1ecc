// parser_invalid_params.c — the invalid_* rules of Grammar/python.gram for
// parameter lists (def and lambda): defaults out of order, parenthesized
// parameters, misplaced '/', '*' and '**', and missing default values.
// Second pass only. tests/parser/README.md.
#include "parser_impl.h"

static void *raise_at_token(Parser *p, Token *t, const char *msg) {
  Loc at = parser_token_loc(t);
  return parser_raise_range(p, at, at, "%s", msg);
}

// The def or lambda flavour of each parameter rule.
typedef struct Flavour {
  int closer; // ')' or ':'
  void *(*no_default)(Parser *);
  void *(*with_default)(Parser *);
  void *(*maybe_default)(Parser *);
  void *(*slash_no_default)(Parser *);
  void *(*slash_with_default)(Parser *);
  Arg *(*param)(Parser *);
} Flavour;

static Flavour flavour(int lam) {
  Flavour def = {TOK_RPAR,
                 parse_param_no_default,
                 parse_param_with_default,
                 parse_param_maybe_default,
                 parse_slash_no_default,
                 parse_slash_with_default,
                 parse_param};
  Flavour lambda = {TOK_COLON,
                    parse_lambda_param_no_default,
                    parse_lambda_param_with_default,
                    parse_lambda_param_maybe_default,
                    parse_lambda_slash_no_default,
                    parse_lambda_slash_with_default,
                    parse_lambda_param};
  return lam ? lambda : def;
}

static int repeat(Parser *p, void *(*rule)(Parser *)) {
  int n = 0;
  while (rule(p))
    n++;
  return n;
}

// ==== invalid_parameters =====================================================

// param_no_default* invalid_parameters_helper a=param_no_default
static int non_default_after_default(Parser *p, Flavour f) {
  repeat(p, f.no_default);
  // invalid_parameters_helper: slash_with_default | param_with_default+
  int m = p->mark;
  if (!f.slash_with_default(p)) {
    p->mark = m;
    if (p->error || !repeat(p, f.with_default)) return 0;
  }
  Arg *a = f.no_default(p);
  if (!a) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "non-default argument follows default argument");
  return 1;
}

// param_no_default* a='(' param_no_default+ ','? b=')'
// lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
static int parenthesized_params(Parser *p, Flavour f, int lam) {
  repeat(p, f.no_default);
  Token *a = parser_expect(p, TOK_LPAR), *b;
  if (!a) return 0;
  if (!lam) {
    if (!repeat(p, f.no_default)) return 0;
  } else {
    if (!parse_lambda_param(p)) return 0;
    for (;;) {
      int m = p->mark;
      if (!parser_expect(p, TOK_COMMA) || !parse_lambda_param(p)) {
        p->mark = m;
        break;
      }
    }
  }
  parser_expect(p, TOK_COMMA);
  if (!(b = parser_expect(p, TOK_RPAR))) return 0;
  parser_raise_range(p, parser_token_loc(a), parser_token_loc(b),
                     lam ? "Lambda expression parameters cannot be "
                           "parenthesized"
                         : "Function parameters cannot be parenthesized");
  return 1;
}

// a="/" ','
static int slash_first(Parser *p) {
  Token *a = parser_expect(p, TOK_SLASH);
  if (!a || !parser_expect(p, TOK_COMMA)) return 0;
  raise_at_token(p, a, "at least one argument must precede /");
  return 1;
}

// (slash_no_default | slash_with_default)
static int any_slash(Parser *p, Flavour f) {
  int m = p->mark;
  if (f.slash_no_default(p)) return 1;
  p->mark = m;
  return !p->error && f.slash_with_default(p) != NULL;
}

// (slash_no_default | slash_with_default) param_maybe_default* a='/'
static int second_slash(Parser *p, Flavour f) {
  Token *a;
  if (!any_slash(p, f)) return 0;
  repeat(p, f.maybe_default);
  if (!(a = parser_expect(p, TOK_SLASH))) return 0;
  raise_at_token(p, a, "/ may appear only once");
  return 1;
}

// (',' | param_no_default)
static int comma_or_param(Parser *p, Flavour f) {
  return parser_expect(p, TOK_COMMA) || f.no_default(p);
}

// (slash_no_default | slash_with_default)? param_maybe_default* '*'
//   (',' | param_no_default) param_maybe_default* a='/'
static int slash_after_star(Parser *p, Flavour f) {
  int m = p->mark;
  if (!any_slash(p, f)) p->mark = m;
  repeat(p, f.maybe_default);
  Token *a;
  if (p->error || !parser_expect(p, TOK_STAR) || !comma_or_param(p, f))
    return 0;
  repeat(p, f.maybe_default);
  if (!(a = parser_expect(p, TOK_SLASH))) return 0;
  raise_at_token(p, a, "/ must be ahead of *");
  return 1;
}

// param_maybe_default+ '/' a='*'
static int star_right_after_slash(Parser *p, Flavour f) {
  Token *a;
  if (!repeat(p, f.maybe_default) || !parser_expect(p, TOK_SLASH) ||
      !(a = parser_expect(p, TOK_STAR)))
    return 0;
  raise_at_token(p, a, "expected comma between / and *");
  return 1;
}

static void *invalid_parameters(Parser *p, int lam) {
  Flavour f = flavour(lam);
  int mark = p->mark;
  for (int alt = 0; alt < 6 && !p->error; alt++) {
    p->mark = mark;
    int matched = alt == 0   ? non_default_after_default(p, f)
                  : alt == 1 ? parenthesized_params(p, f, lam)
                  : alt == 2 ? slash_first(p)
                  : alt == 3 ? second_slash(p, f)
                  : alt == 4 ? slash_after_star(p, f)
                             : star_right_after_slash(p, f);
    if (matched) break;
  }
  return NULL;
}

static void *invalid_parameters_(Parser *p) {
  return invalid_parameters(p, 0);
}
static void *invalid_lambda_parameters_(Parser *p) {
  return invalid_parameters(p, 1);
}
void *parse_invalid_parameters(Parser *p) {
  return parser_rule(p, invalid_parameters_);
}
void *parse_invalid_lambda_parameters(Parser *p) {
  return parser_rule(p, invalid_lambda_parameters_);
}

// invalid_default: a='=' &(')'|',')
static void *invalid_default_(Parser *p) {
  Token *a = parser_expect(p, TOK_EQUAL);
  if (a && (parser_at(p, TOK_RPAR) || parser_at(p, TOK_COMMA)))
    raise_at_token(p, a, "expected default value expression");
  return NULL;
}
void *parse_invalid_default(Parser *p) {
  return parser_rule(p, invalid_default_);
}

// ==== invalid_star_etc =======================================================

// a='*' (CLOSER | ',' (CLOSER | '**'))
static int bare_star_at_end(Parser *p, Flavour f, int lam) {
  Token *a = parser_expect(p, TOK_STAR);
  if (!a) return 0;
  if (!parser_expect(p, f.closer) &&
      !(parser_expect(p, TOK_COMMA) &&
        (parser_expect(p, f.closer) || parser_expect(p, TOK_DOUBLESTAR))))
    return 0;
  if (lam)
    parser_raise(p, SYNTAX_ERROR, "named arguments must follow bare *");
  else
    raise_at_token(p, a, "named arguments must follow bare *");
  return 1;
}

// '*' param a='='
static int vararg_default(Parser *p, Flavour f) {
  Token *a;
  if (!parser_expect(p, TOK_STAR) || !f.param(p) ||
      !(a = parser_expect(p, TOK_EQUAL)))
    return 0;
  raise_at_token(p, a, "var-positional argument cannot have default value");
  return 1;
}

// '*' (param_no_default | ',') param_maybe_default* a='*'
//   (param_no_default | ',')
static int second_star(Parser *p, Flavour f) {
  Token *a;
  if (!parser_expect(p, TOK_STAR) ||
      !(f.no_default(p) || parser_expect(p, TOK_COMMA)))
    return 0;
  repeat(p, f.maybe_default);
  if (!(a = parser_expect(p, TOK_STAR)) ||
      !(f.no_default(p) || parser_expect(p, TOK_COMMA)))
    return 0;
  raise_at_token(p, a, "* argument may appear only once");
  return 1;
}

static void *invalid_star_etc(Parser *p, int lam) {
  Flavour f = flavour(lam);
  int mark = p->mark;
  for (int alt = 0; alt < 3 && !p->error; alt++) {
    p->mark = mark;
    int matched = alt == 0   ? bare_star_at_end(p, f, lam)
                  : alt == 1 ? vararg_default(p, f)
                             : second_star(p, f);
    if (matched) break;
  }
  return NULL;
}

static void *invalid_star_etc_(Parser *p) {
  return invalid_star_etc(p, 0);
}
static void *invalid_lambda_star_etc_(Parser *p) {
  return invalid_star_etc(p, 1);
}
void *parse_invalid_star_etc(Parser *p) {
  return parser_rule(p, invalid_star_etc_);
}
void *parse_invalid_lambda_star_etc(Parser *p) {
  return parser_rule(p, invalid_lambda_star_etc_);
}

// ==== invalid_kwds ===========================================================

// '**' param a='=' | '**' param ',' a=param | '**' param ',' a=('*'|'**'|'/')
static void *invalid_kwds(Parser *p, int lam) {
  Flavour f = flavour(lam);
  int mark = p->mark;
  Token *t;
  if (parser_expect(p, TOK_DOUBLESTAR) && f.param(p) &&
      (t = parser_expect(p, TOK_EQUAL)))
    return raise_at_token(p, t,
                          "var-keyword argument cannot have default "
                          "value");
  p->mark = mark;
  Arg *a;
  if (!p->error && parser_expect(p, TOK_DOUBLESTAR) && f.param(p) &&
      parser_expect(p, TOK_COMMA) && (a = f.param(p)))
    return parser_raise_range(p, a->loc, a->loc,
                              "arguments cannot follow "
                              "var-keyword argument");
  p->mark = mark;
  if (!p->error && parser_expect(p, TOK_DOUBLESTAR) && f.param(p) &&
      parser_expect(p, TOK_COMMA)) {
    int type = parser_peek(p);
    if (type == TOK_STAR || type == TOK_DOUBLESTAR || type == TOK_SLASH)
      return raise_at_token(p, p->tokens[p->mark],
                            "arguments cannot follow "
                            "var-keyword argument");
  }
  return NULL;
}

static void *invalid_kwds_(Parser *p) {
  return invalid_kwds(p, 0);
}
static void *invalid_lambda_kwds_(Parser *p) {
  return invalid_kwds(p, 1);
}
void *parse_invalid_kwds(Parser *p) {
  return parser_rule(p, invalid_kwds_);
}
void *parse_invalid_lambda_kwds(Parser *p) {
  return parser_rule(p, invalid_lambda_kwds_);
}
