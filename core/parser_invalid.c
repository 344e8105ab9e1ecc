// parser_invalid.c — the invalid_* rules of Grammar/python.gram for
// expressions, assignments, call arguments, comprehensions and dicts. They
// run only in the second pass and raise CPython's specialised messages.
// Each alternative helper returns 1 when its items matched: the rule then
// stops, whether or not its action raised. tests/parser/README.md.
#include "parser_impl.h"

#include <string.h>

static Loc tok_loc(Token *t) {
  return parser_token_loc(t);
}

// ==== invalid_arguments ======================================================

static Expr *last_comprehension_item(PVec *gens) {
  return action_last_comprehension_item(gens->items[gens->len - 1]);
}

// ((','.positional_arg+ ',' kwargs) | kwargs) ',' a='*'
// (CPython 3.11.7's form: the keywords must come first; it points at '*')
static int kwargs_then_star(Parser *p) {
  int mark = p->mark;
  PVec v = {0};
  if (!parse_positional_args(p, &v) || !parser_expect(p, TOK_COMMA) ||
      !parse_kwargs(p, &v)) {
    p->mark = mark;
    v.len = 0;
    if (p->error || !parse_kwargs(p, &v)) return 0;
  }
  Token *a;
  if (!parser_expect(p, TOK_COMMA) || !(a = parser_expect(p, TOK_STAR)))
    return 0;
  parser_raise_range(p, tok_loc(a), tok_loc(a),
                     "iterable argument unpacking "
                     "follows keyword argument "
                     "unpacking");
  return 1;
}

// a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
static int unparenthesized_genexp_first(Parser *p) {
  PVec gens = {0}, more = {0};
  Expr *a = parse_expression(p);
  if (!a || !parse_for_if_clauses(p, &gens) || !parser_expect(p, TOK_COMMA))
    return 0;
  int m = p->mark;
  if (!parse_call_args(p) && !p->error) {
    p->mark = m;
    if (!parse_expression(p) || !parse_for_if_clauses(p, &more)) p->mark = m;
  }
  if (p->error) return 1;
  parser_raise_range(p, a->loc, last_comprehension_item(&gens)->loc,
                     "Generator expression must be parenthesized");
  return 1;
}

// a=NAME b='=' expression for_if_clauses
static int name_equal_genexp(Parser *p) {
  PVec gens = {0};
  Token *a = parser_expect(p, TOK_NAME), *b;
  if (!a || !(b = parser_expect(p, TOK_EQUAL)) || !parse_expression(p) ||
      !parse_for_if_clauses(p, &gens))
    return 0;
  parser_raise_range(p, tok_loc(a), tok_loc(b),
                     "invalid syntax. Maybe you "
                     "meant '==' or ':=' instead of '='?");
  return 1;
}

// a=args b=for_if_clauses: _PyPegen_nonparen_genexp_in_call
static int args_then_genexp(Parser *p) {
  PVec gens = {0};
  Expr *a = parse_call_args(p);
  if (!a || !parse_for_if_clauses(p, &gens)) return 0;
  ExprSeq args = a->v.call.args;
  if (args.len <= 1) return 1;
  parser_raise_range(p, args.items[args.len - 1]->loc,
                     last_comprehension_item(&gens)->loc,
                     "Generator expression must be parenthesized");
  return 1;
}

// args ',' a=expression b=for_if_clauses
static int args_then_unparenthesized_genexp(Parser *p) {
  PVec gens = {0};
  Expr *a;
  if (!parse_call_args(p) || !parser_expect(p, TOK_COMMA) ||
      !(a = parse_expression(p)) || !parse_for_if_clauses(p, &gens))
    return 0;
  parser_raise_range(p, a->loc, last_comprehension_item(&gens)->loc,
                     "Generator expression must be parenthesized");
  return 1;
}

// a=args ',' args: _PyPegen_arguments_parsing_error
static int positional_after_keyword(Parser *p) {
  Expr *a = parse_call_args(p);
  if (!a || !parser_expect(p, TOK_COMMA) || !parse_call_args(p)) return 0;
  int unpacking = 0;
  for (int i = 0; i < a->v.call.keywords.len; i++)
    if (!a->v.call.keywords.items[i]->arg) unpacking = 1;
  parser_raise(p, SYNTAX_ERROR,
               unpacking
                   ? "positional argument follows keyword argument unpacking"
                   : "positional argument follows keyword argument");
  return 1;
}

// Runs alternatives in order until one matches (or raises).
static void *alternatives(Parser *p, int (*const *alts)(Parser *), int n) {
  int mark = p->mark;
  for (int i = 0; i < n; i++) {
    p->mark = mark;
    if (alts[i](p) || p->error) return NULL;
  }
  p->mark = mark;
  return NULL;
}

static void *invalid_arguments_(Parser *p) {
  static int (*const alts[])(Parser *) = {kwargs_then_star,
                                          unparenthesized_genexp_first,
                                          name_equal_genexp,
                                          args_then_genexp,
                                          args_then_unparenthesized_genexp,
                                          positional_after_keyword};
  return alternatives(p, alts, 6);
}
void *parse_invalid_arguments(Parser *p) {
  return parser_rule(p, invalid_arguments_);
}

// ==== invalid_kwarg ==========================================================

// a=('True'|'False'|'None') b='='
static int kwarg_constant(Parser *p) {
  int type = parser_peek(p);
  if (type != KW_TRUE && type != KW_FALSE && type != KW_NONE) return 0;
  Token *a = p->tokens[p->mark++], *b = parser_expect(p, TOK_EQUAL);
  if (!b) return 0;
  parser_raise_range(p, tok_loc(a), tok_loc(b), "cannot assign to %s",
                     lexer_token_text(type));
  return 1;
}

// !(NAME '=') a=expression b='='
static int kwarg_expression(Parser *p) {
  int mark = p->mark;
  if (parser_expect(p, TOK_NAME) && parser_expect(p, TOK_EQUAL)) return 0;
  p->mark = mark;
  Expr *a = parse_expression(p);
  Token *b;
  if (!a || !(b = parser_expect(p, TOK_EQUAL))) return 0;
  parser_raise_range(p, a->loc, tok_loc(b),
                     "expression cannot contain "
                     "assignment, perhaps you meant \"==\"?");
  return 1;
}

static void *invalid_kwarg_(Parser *p) {
  static int (*const alts[])(Parser *) = {kwarg_constant, name_equal_genexp,
                                          kwarg_expression};
  return alternatives(p, alts, 3);
}
void *parse_invalid_kwarg(Parser *p) {
  return parser_rule(p, invalid_kwarg_);
}

// ==== invalid_expression =====================================================

// _PyPegen_soft_keyword_token: a NAME that is a prefix of a soft keyword
// (CPython compares with strncmp over the token's length).
static int soft_keyword_prefix(Parser *p) {
  static const char *const words[] = {"_", "case", "match"};
  if (parser_peek(p) != TOK_NAME) return 0;
  Token *t = p->tokens[p->mark];
  for (int i = 0; i < 3; i++)
    if ((size_t)t->len <= strlen(words[i]) &&
        strncmp(words[i], t->start, (size_t)t->len) == 0)
      return 1;
  return 0;
}

// !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
static int missing_comma(Parser *p) {
  int mark = p->mark;
  if (parser_expect(p, TOK_NAME) && parser_at(p, TOK_STRING)) return 0;
  p->mark = mark;
  if (soft_keyword_prefix(p)) return 0;
  Expr *a = parse_disjunction(p), *b;
  if (!a || !(b = parse_expression_without_invalid(p))) return 0;
  if (action_is_legacy_name(a) || p->tokens[p->mark - 1]->level == 0) return 1;
  parser_raise_range(p, a->loc, b->loc,
                     "invalid syntax. Perhaps you forgot a comma?");
  return 1;
}

// a=disjunction 'if' b=disjunction !('else'|':')
static int if_without_else(Parser *p) {
  Expr *a = parse_disjunction(p), *b;
  if (!a || !parser_expect(p, KW_IF) || !(b = parse_disjunction(p)) ||
      parser_at(p, KW_ELSE) || parser_at(p, TOK_COLON))
    return 0;
  parser_raise_range(p, a->loc, b->loc,
                     "expected 'else' after 'if' expression");
  return 1;
}

static void *invalid_expression_(Parser *p) {
  static int (*const alts[])(Parser *) = {missing_comma, if_without_else};
  return alternatives(p, alts, 2);
}
void *parse_invalid_expression(Parser *p) {
  return parser_rule(p, invalid_expression_);
}

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
static void *invalid_legacy_expression_(Parser *p) {
  Expr *a = action_name(p, parser_expect(p, TOK_NAME)), *b;
  if (!a || parser_at(p, TOK_LPAR) || !(b = parse_star_expressions(p)))
    return NULL;
  if (action_is_legacy_name(a))
    parser_raise_range(p, a->loc, b->loc,
                       "Missing parentheses in call to "
                       "'%s'. Did you mean %s(...)?",
                       a->v.name.id, a->v.name.id);
  return NULL;
}
void *parse_invalid_legacy_expression(Parser *p) {
  return parser_rule(p, invalid_legacy_expression_);
}

// ==== invalid_named_expression ===============================================

// a=expression ':=' expression
static int walrus_target(Parser *p) {
  Expr *a = parse_expression(p);
  if (!a || !parser_expect(p, TOK_COLONEQUAL) || !parse_expression(p)) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "cannot use assignment expressions "
                     "with %s",
                     action_expr_name(a));
  return 1;
}

// a=NAME '=' b=bitwise_or !('='|':=')
static int name_equal(Parser *p) {
  Expr *a = action_name(p, parser_expect(p, TOK_NAME)), *b;
  if (!a || !parser_expect(p, TOK_EQUAL) || !(b = parse_bitwise_or(p)) ||
      parser_at(p, TOK_EQUAL) || parser_at(p, TOK_COLONEQUAL))
    return 0;
  parser_raise_range(p, a->loc, b->loc,
                     "invalid syntax. Maybe you meant "
                     "'==' or ':=' instead of '='?");
  return 1;
}

static void *not_assignable_start_(Parser *p) {
  int t = parser_peek(p);
  if (t == KW_TRUE || t == KW_NONE || t == KW_FALSE) return p;
  Expr *e = parse_list(p);
  if (!e && !p->error) e = parse_tuple(p);
  if (!e && !p->error) e = parse_genexp(p);
  return e;
}

// !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or
//   !('='|':=')
static int assign_in_expression(Parser *p) {
  if (parser_lookahead(p, not_assignable_start_) || p->error) return 0;
  Expr *a = parse_bitwise_or(p);
  if (!a || !parser_expect(p, TOK_EQUAL) || !parse_bitwise_or(p) ||
      parser_at(p, TOK_EQUAL) || parser_at(p, TOK_COLONEQUAL))
    return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "cannot assign to %s here. Maybe you "
                     "meant '==' instead of '='?",
                     action_expr_name(a));
  return 1;
}

static void *invalid_named_expression_(Parser *p) {
  static int (*const alts[])(Parser *) = {walrus_target, name_equal,
                                          assign_in_expression};
  return alternatives(p, alts, 3);
}
void *parse_invalid_named_expression(Parser *p) {
  return parser_memo_rule(p, MEMO_INVALID_NAMED_EXPRESSION,
                          invalid_named_expression_);
}

// ==== invalid_assignment =====================================================

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
static void *invalid_ann_assign_target_(Parser *p) {
  int mark = p->mark;
  Expr *e = parse_list(p);
  if (e || p->error) return e;
  if ((e = parse_tuple(p)) || p->error) return e;
  if (parser_expect(p, TOK_LPAR) &&
      (e = parser_rule(p, invalid_ann_assign_target_)) &&
      parser_expect(p, TOK_RPAR))
    return e;
  p->mark = mark;
  return NULL;
}

// a=invalid_ann_assign_target ':' expression
static int annotated_sequence(Parser *p) {
  Expr *a = parser_rule(p, invalid_ann_assign_target_);
  if (!a || !parser_expect(p, TOK_COLON) || !parse_expression(p)) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "only single target (not %s) can be "
                     "annotated",
                     action_expr_name(a));
  return 1;
}

// a=star_named_expression ',' star_named_expressions* ':' expression
static int annotated_tuple(Parser *p) {
  Expr *a = parse_star_named_expression(p);
  if (!a || !parser_expect(p, TOK_COMMA)) return 0;
  PVec ignored = {0};
  while (parse_star_named_expressions(p, &ignored)) {
  }
  if (p->error || !parser_expect(p, TOK_COLON) || !parse_expression(p))
    return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "only single target (not tuple) can be annotated");
  return 1;
}

// a=expression ':' expression
static int annotated_expression(Parser *p) {
  Expr *a = parse_expression(p);
  if (!a || !parser_expect(p, TOK_COLON) || !parse_expression(p)) return 0;
  parser_raise_range(p, a->loc, a->loc, "illegal target for annotation");
  return 1;
}

// (star_targets '=')*
static void skip_assign_targets(Parser *p) {
  for (;;) {
    int m = p->mark;
    if (!parse_star_targets(p) || !parser_expect(p, TOK_EQUAL)) {
      p->mark = m;
      return;
    }
  }
}

// (star_targets '=')* a=star_expressions '='
static int assign_to_invalid_target(Parser *p) {
  skip_assign_targets(p);
  Expr *a = parse_star_expressions(p);
  if (!a || !parser_expect(p, TOK_EQUAL)) return 0;
  action_invalid_target(p, TARGETS_STAR, a);
  return 1;
}

// (star_targets '=')* a=yield_expr '='
static int assign_to_yield(Parser *p) {
  skip_assign_targets(p);
  Expr *a = parse_yield_expr(p);
  if (!a || !parser_expect(p, TOK_EQUAL)) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "assignment to yield expression not possible");
  return 1;
}

// a=star_expressions augassign (yield_expr | star_expressions)
static int bad_augassign(Parser *p) {
  static const int augs[] = {
      TOK_PLUSEQUAL,       TOK_MINEQUAL,        TOK_STAREQUAL,
      TOK_ATEQUAL,         TOK_SLASHEQUAL,      TOK_PERCENTEQUAL,
      TOK_AMPEREQUAL,      TOK_VBAREQUAL,       TOK_CIRCUMFLEXEQUAL,
      TOK_LEFTSHIFTEQUAL,  TOK_RIGHTSHIFTEQUAL, TOK_DOUBLESTAREQUAL,
      TOK_DOUBLESLASHEQUAL};
  Expr *a = parse_star_expressions(p);
  if (!a) return 0;
  int type = parser_peek(p), found = 0;
  for (size_t i = 0; i < sizeof augs / sizeof augs[0]; i++)
    if (augs[i] == type) found = 1;
  if (!found) return 0;
  p->mark++;
  if (!parse_annotated_rhs(p)) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "'%s' is an illegal expression for "
                     "augmented assignment",
                     action_expr_name(a));
  return 1;
}

static void *invalid_assignment_(Parser *p) {
  static int (*const alts[])(Parser *) = {
      annotated_sequence,       annotated_tuple, annotated_expression,
      assign_to_invalid_target, assign_to_yield, bad_augassign};
  return alternatives(p, alts, 6);
}
void *parse_invalid_assignment(Parser *p) {
  return parser_rule(p, invalid_assignment_);
}

// invalid_del_stmt: 'del' a=star_expressions
static void *invalid_del_stmt_(Parser *p) {
  Expr *a;
  if (parser_expect(p, KW_DEL) && (a = parse_star_expressions(p)))
    action_invalid_target(p, TARGETS_DEL, a);
  return NULL;
}
void *parse_invalid_del_stmt(Parser *p) {
  return parser_rule(p, invalid_del_stmt_);
}

// ==== Comprehensions and displays ============================================

// ('[' | '(' | '{') a=starred_expression for_if_clauses
static int unpacking_in_comprehension(Parser *p) {
  PVec gens = {0};
  int t = parser_peek(p);
  if (t != TOK_LSQB && t != TOK_LPAR && t != TOK_LBRACE) return 0;
  p->mark++;
  Expr *a = parse_starred_expression(p);
  if (!a || !parse_for_if_clauses(p, &gens)) return 0;
  parser_raise_range(p, a->loc, a->loc,
                     "iterable unpacking cannot be used in comprehension");
  return 1;
}

// ('[' | '{') a=star_named_expression ',' b=star_named_expressions
// for_if_clauses
static int unparenthesized_target_list(Parser *p) {
  PVec rest = {0}, gens = {0};
  int t = parser_peek(p);
  if (t != TOK_LSQB && t != TOK_LBRACE) return 0;
  p->mark++;
  Expr *a = parse_star_named_expression(p);
  if (!a || !parser_expect(p, TOK_COMMA) ||
      !parse_star_named_expressions(p, &rest) ||
      !parse_for_if_clauses(p, &gens))
    return 0;
  Expr *last = rest.items[rest.len - 1];
  parser_raise_range(p, a->loc, last->loc,
                     "did you forget parentheses around "
                     "the comprehension target?");
  return 1;
}

// ('[' | '{') a=star_named_expression b=',' for_if_clauses
static int trailing_comma_target(Parser *p) {
  PVec gens = {0};
  int t = parser_peek(p);
  if (t != TOK_LSQB && t != TOK_LBRACE) return 0;
  p->mark++;
  Expr *a = parse_star_named_expression(p);
  Token *b;
  if (!a || !(b = parser_expect(p, TOK_COMMA)) ||
      !parse_for_if_clauses(p, &gens))
    return 0;
  parser_raise_range(p, a->loc, tok_loc(b),
                     "did you forget parentheses "
                     "around the comprehension target?");
  return 1;
}

static void *invalid_comprehension_(Parser *p) {
  static int (*const alts[])(Parser *) = {unpacking_in_comprehension,
                                          unparenthesized_target_list,
                                          trailing_comma_target};
  return alternatives(p, alts, 3);
}
void *parse_invalid_comprehension(Parser *p) {
  return parser_rule(p, invalid_comprehension_);
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
static void *invalid_dict_comprehension_(Parser *p) {
  PVec gens = {0};
  Token *a;
  if (parser_expect(p, TOK_LBRACE) && (a = parser_expect(p, TOK_DOUBLESTAR)) &&
      parse_bitwise_or(p) && parse_for_if_clauses(p, &gens) &&
      parser_expect(p, TOK_RBRACE))
    parser_raise_range(p, tok_loc(a), tok_loc(a),
                       "dict unpacking cannot be "
                       "used in dict comprehension");
  return NULL;
}
void *parse_invalid_dict_comprehension(Parser *p) {
  return parser_rule(p, invalid_dict_comprehension_);
}

// invalid_group: '(' a=starred_expression ')' | '(' a='**' expression ')'
static void *invalid_group_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  Token *t;
  if (parser_expect(p, TOK_LPAR) && (a = parse_starred_expression(p)) &&
      parser_expect(p, TOK_RPAR))
    return parser_raise_range(p, a->loc, a->loc,
                              "cannot use starred expression here");
  p->mark = mark;
  if (!p->error && parser_expect(p, TOK_LPAR) &&
      (t = parser_expect(p, TOK_DOUBLESTAR)) && parse_expression(p) &&
      parser_expect(p, TOK_RPAR))
    return parser_raise_range(p, tok_loc(t), tok_loc(t),
                              "cannot use double starred expression here");
  return NULL;
}
void *parse_invalid_group(Parser *p) {
  return parser_rule(p, invalid_group_);
}

// expression ':' a='*' bitwise_or
static int starred_dict_value(Parser *p) {
  Token *a;
  if (!parse_expression(p) || !parser_expect(p, TOK_COLON) ||
      !(a = parser_expect(p, TOK_STAR)) || !parse_bitwise_or(p))
    return 0;
  parser_raise_from(p, tok_loc(a),
                    "cannot use a starred expression in a "
                    "dictionary value");
  return 1;
}

// expression a=':' &('}'|',')
static int missing_dict_value(Parser *p) {
  Token *a;
  if (!parse_expression(p) || !(a = parser_expect(p, TOK_COLON)) ||
      !(parser_at(p, TOK_RBRACE) || parser_at(p, TOK_COMMA)))
    return 0;
  parser_raise_range(p, tok_loc(a), tok_loc(a),
                     "expression expected after "
                     "dictionary key and ':'");
  return 1;
}

// a=expression !(':')
static int missing_colon(Parser *p) {
  Expr *a = parse_expression(p);
  if (!a || parser_at(p, TOK_COLON)) return 0;
  parser_raise_at(p, SYNTAX_ERROR, a->loc.lineno, a->loc.end_col_offset - 1,
                  a->loc.end_lineno, -1, "':' expected after dictionary key");
  return 1;
}

// invalid_kvpair: a=expression !(':') | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
static void *invalid_kvpair_(Parser *p) {
  static int (*const alts[])(Parser *) = {missing_colon, starred_dict_value,
                                          missing_dict_value};
  return alternatives(p, alts, 3);
}
void *parse_invalid_kvpair(Parser *p) {
  return parser_rule(p, invalid_kvpair_);
}

// ','.double_starred_kvpair+ ',' invalid_kvpair
static int bad_later_kvpair(Parser *p) {
  Expr *key, *value;
  if (!parse_double_starred_kvpair(p, &key, &value)) return 0;
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) ||
        !parse_double_starred_kvpair(p, &key, &value)) {
      p->mark = m;
      break;
    }
  }
  if (!parser_expect(p, TOK_COMMA)) return 0;
  parse_invalid_kvpair(p);
  return p->error;
}

// invalid_double_starred_kvpairs: ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' '*' bitwise_or | expression ':' &('}'|',')
static void *invalid_double_starred_kvpairs_(Parser *p) {
  static int (*const alts[])(Parser *) = {bad_later_kvpair, starred_dict_value,
                                          missing_dict_value};
  return alternatives(p, alts, 3);
}
void *parse_invalid_double_starred_kvpairs(Parser *p) {
  return parser_rule(p, invalid_double_starred_kvpairs_);
}
