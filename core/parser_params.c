// parser_params.c — function and lambda parameter lists of
// Grammar/python.gram: positional-only parameters before '/', defaults,
// '*args' or a bare '*', keyword-only parameters, '**kwargs', annotations.
// Each rule exists twice in the grammar (def and lambda); here one function
// serves both. tests/parser/README.md.
#include "parser_impl.h"

// The token that ends a parameter list without a trailing comma.
static int closer(int lam) {
  return lam ? TOK_COLON : TOK_RPAR;
}

// param: NAME annotation? | lambda_param: NAME
// With [star]: param_star_annotation: NAME ':' star_expression.
static Arg *param(Parser *p, int lam, int star) {
  int mark = p->mark;
  Expr *name = action_name(p, parser_expect(p, TOK_NAME)), *ann = NULL;
  if (!name) return NULL;
  if (!lam) {
    int m = p->mark;
    if (parser_expect(p, TOK_COLON))
      ann = star ? parse_star_expression(p) : parse_expression(p);
    if (!ann) {
      if (star || p->error) return NULL;
      p->mark = m;
    }
  }
  Arg *a = action_alloc(p, sizeof *a);
  if (a) {
    a->arg = name->v.name.id;
    a->annotation = ann;
    a->loc = parser_extra(p, mark);
  }
  return a;
}

static void *param_(Parser *p) {
  return param(p, 0, 0);
}
static void *lambda_param_(Parser *p) {
  return param(p, 1, 0);
}
Arg *parse_param(Parser *p) {
  return parser_rule(p, param_);
}
Arg *parse_lambda_param(Parser *p) {
  return parser_rule(p, lambda_param_);
}

// ',' | &CLOSER after a parameter.
static int param_end(Parser *p, int lam) {
  return parser_expect(p, TOK_COMMA) || parser_at(p, closer(lam));
}

// param_no_default: param ',' | param &')'
static Arg *param_no_default(Parser *p, int lam, int star) {
  Arg *a = param(p, lam, star);
  return a && param_end(p, lam) ? a : NULL;
}

// default: '=' expression | invalid_default
static Expr *default_value(Parser *p) {
  int mark = p->mark;
  Expr *e;
  if (parser_expect(p, TOK_EQUAL) && (e = parse_expression(p))) return e;
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_default(p);
  return NULL;
}

// param_with_default: param default (',' | &')')
// param_maybe_default: param default? (',' | &')')
static NameDefault *param_default(Parser *p, int lam, int required) {
  Arg *a = param(p, lam, 0);
  if (!a) return NULL;
  Expr *value = default_value(p);
  if (p->error || (required && !value) || !param_end(p, lam)) return NULL;
  NameDefault *nd = action_alloc(p, sizeof *nd);
  if (nd) {
    nd->arg = a;
    nd->value = value;
  }
  return nd;
}

static void *param_no_default_(Parser *p) {
  return param_no_default(p, 0, 0);
}
static void *param_with_default_(Parser *p) {
  return param_default(p, 0, 1);
}
static void *param_maybe_default_(Parser *p) {
  return param_default(p, 0, 0);
}
static void *lambda_param_no_default_(Parser *p) {
  return param_no_default(p, 1, 0);
}
static void *lambda_param_with_default_(Parser *p) {
  return param_default(p, 1, 1);
}
static void *lambda_param_maybe_default_(Parser *p) {
  return param_default(p, 1, 0);
}
static void *param_no_default_star_annotation_(Parser *p) {
  return param_no_default(p, 0, 1);
}

void *parse_param_no_default(Parser *p) {
  return parser_rule(p, param_no_default_);
}
void *parse_param_with_default(Parser *p) {
  return parser_rule(p, param_with_default_);
}
void *parse_param_maybe_default(Parser *p) {
  return parser_rule(p, param_maybe_default_);
}
void *parse_lambda_param_no_default(Parser *p) {
  return parser_rule(p, lambda_param_no_default_);
}
void *parse_lambda_param_with_default(Parser *p) {
  return parser_rule(p, lambda_param_with_default_);
}
void *parse_lambda_param_maybe_default(Parser *p) {
  return parser_rule(p, lambda_param_maybe_default_);
}

// The three parameter rules of one mode.
typedef struct ParamRules {
  RuleFn no_default, with_default, maybe_default;
} ParamRules;

static ParamRules rules_for(int lam) {
  ParamRules r = {param_no_default_, param_with_default_, param_maybe_default_};
  ParamRules l = {lambda_param_no_default_, lambda_param_with_default_,
                  lambda_param_maybe_default_};
  return lam ? l : r;
}

// RULE* appended to [out]; returns how many.
static int repeat(Parser *p, RuleFn rule, PVec *out) {
  int n = 0;
  void *item;
  while ((item = parser_rule(p, rule))) {
    pvec_push(p, out, item);
    n++;
  }
  return n;
}

// ==== '/' ====================================================================

// slash_no_default: param_no_default+ '/' (',' | &')')
static PVec *slash_no_default(Parser *p, int lam) {
  PVec *v = action_alloc(p, sizeof *v);
  if (!v || !repeat(p, rules_for(lam).no_default, v) ||
      !parser_expect(p, TOK_SLASH) || !param_end(p, lam))
    return NULL;
  return v;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
static SlashWithDefault *slash_with_default(Parser *p, int lam) {
  SlashWithDefault *s = action_alloc(p, sizeof *s);
  if (!s) return NULL;
  repeat(p, rules_for(lam).no_default, &s->plain);
  if (!repeat(p, rules_for(lam).with_default, &s->with_defaults) ||
      !parser_expect(p, TOK_SLASH) || !param_end(p, lam))
    return NULL;
  return s;
}

static void *slash_no_default_(Parser *p) {
  return slash_no_default(p, 0);
}
static void *slash_with_default_(Parser *p) {
  return slash_with_default(p, 0);
}
static void *lambda_slash_no_default_(Parser *p) {
  return slash_no_default(p, 1);
}
static void *lambda_slash_with_default_(Parser *p) {
  return slash_with_default(p, 1);
}
void *parse_slash_no_default(Parser *p) {
  return parser_rule(p, slash_no_default_);
}
void *parse_slash_with_default(Parser *p) {
  return parser_rule(p, slash_with_default_);
}
void *parse_lambda_slash_no_default(Parser *p) {
  return parser_rule(p, lambda_slash_no_default_);
}
void *parse_lambda_slash_with_default(Parser *p) {
  return parser_rule(p, lambda_slash_with_default_);
}

// ==== '*' and '**' ===========================================================

// kwds: invalid_kwds | '**' param_no_default
static Arg *kwds(Parser *p, int lam) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    lam ? parse_invalid_lambda_kwds(p) : parse_invalid_kwds(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Arg *a;
  if (parser_expect(p, TOK_DOUBLESTAR) &&
      (a = parser_rule(p, rules_for(lam).no_default)))
    return a;
  p->mark = mark;
  return NULL;
}

static void *kwds_(Parser *p) {
  return kwds(p, 0);
}
static void *lambda_kwds_(Parser *p) {
  return kwds(p, 1);
}

static StarEtc *star_etc_node(Parser *p, Arg *vararg, PVec *kwonly,
                              Arg *kwarg) {
  StarEtc *s = action_alloc(p, sizeof *s);
  if (s) {
    s->vararg = vararg;
    if (kwonly) s->kwonly = *kwonly;
    s->kwarg = kwarg;
  }
  return s;
}

// '*' VARARG param_maybe_default* [kwds]; VARARG is a parameter, a
// parameter with a starred annotation, or ',' (then at least one follows).
static StarEtc *star_alt(Parser *p, int lam, int form) {
  PVec kwonly = {0};
  Arg *vararg = NULL;
  if (!parser_expect(p, TOK_STAR)) return NULL;
  if (form == 2) {
    if (!parser_expect(p, TOK_COMMA)) return NULL;
  } else if (!(vararg =
                   form == 0
                       ? parser_rule(p, rules_for(lam).no_default)
                       : parser_rule(p, param_no_default_star_annotation_))) {
    return NULL;
  }
  int n = repeat(p, rules_for(lam).maybe_default, &kwonly);
  if (p->error || (form == 2 && n == 0)) return NULL;
  Arg *kwarg = parser_rule(p, lam ? lambda_kwds_ : kwds_);
  if (p->error) return NULL;
  return star_etc_node(p, vararg, &kwonly, kwarg);
}

// star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds] | kwds
static StarEtc *star_etc(Parser *p, int lam) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    lam ? parse_invalid_lambda_star_etc(p) : parse_invalid_star_etc(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  for (int form = 0; form < 3; form++) {
    if (lam && form == 1) continue;
    p->mark = mark;
    StarEtc *s = star_alt(p, lam, form);
    if (s || p->error) return s;
  }
  p->mark = mark;
  Arg *kwarg = parser_rule(p, lam ? lambda_kwds_ : kwds_);
  return kwarg ? star_etc_node(p, NULL, NULL, kwarg) : NULL;
}

static void *star_etc_(Parser *p) {
  return star_etc(p, 0);
}
static void *lambda_star_etc_(Parser *p) {
  return star_etc(p, 1);
}

// ==== parameters =============================================================

// [star_etc]: the optional tail; NULL when absent (or on error).
static StarEtc *optional_star_etc(Parser *p, int lam) {
  return parser_rule(p, lam ? lambda_star_etc_ : star_etc_);
}

// parameters: slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc] | star_etc
static Arguments *parameters(Parser *p, int lam) {
  int mark = p->mark;
  ParamRules r = rules_for(lam);
  PVec plain = {0}, defaults = {0};
  PVec *slash =
      parser_rule(p, lam ? lambda_slash_no_default_ : slash_no_default_);
  if (slash) {
    repeat(p, r.no_default, &plain);
    repeat(p, r.with_default, &defaults);
    StarEtc *s = optional_star_etc(p, lam);
    if (p->error) return NULL;
    return action_make_arguments(p, slash, NULL, &plain, &defaults, s);
  }
  SlashWithDefault *sw = p->error
                             ? NULL
                             : parser_rule(p, lam ? lambda_slash_with_default_
                                                  : slash_with_default_);
  if (sw) {
    repeat(p, r.with_default, &defaults);
    StarEtc *s = optional_star_etc(p, lam);
    if (p->error) return NULL;
    return action_make_arguments(p, NULL, sw, NULL, &defaults, s);
  }
  if (p->error) return NULL;
  if (repeat(p, r.no_default, &plain) || repeat(p, r.with_default, &defaults)) {
    if (plain.len) repeat(p, r.with_default, &defaults);
    StarEtc *s = optional_star_etc(p, lam);
    if (p->error) return NULL;
    return action_make_arguments(p, NULL, NULL, &plain, &defaults, s);
  }
  p->mark = mark;
  StarEtc *s = optional_star_etc(p, lam);
  return s ? action_make_arguments(p, NULL, NULL, NULL, NULL, s) : NULL;
}

// params: invalid_parameters | parameters
static void *params_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_parameters(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  return parameters(p, 0);
}
Arguments *parse_params(Parser *p) {
  return parser_rule(p, params_);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
static void *lambda_params_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_lambda_parameters(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  return parameters(p, 1);
}
Arguments *parse_lambda_params(Parser *p) {
  return parser_rule(p, lambda_params_);
}
