// parser_targets.c — assignment and deletion targets of Grammar/python.gram:
// star_targets (with starred and nested tuple/list targets), single_target,
// t_primary (the chain before the last '.', '[' or '(') and del_targets.
// tests/parser/README.md.
#include "parser_impl.h"

// t_lookahead: '(' | '[' | '.'
int parse_t_lookahead(Parser *p) {
  int type = parser_peek(p);
  return type == TOK_LPAR || type == TOK_LSQB || type == TOK_DOT;
}

static Expr *sequence_node(Parser *p, ExprKind kind, PVec *v, ExprContext ctx,
                           int mark) {
  Expr *e = action_expr(p, kind, parser_extra(p, mark));
  if (e) {
    e->v.list.elts = pvec_exprs(p, v);
    e->v.list.ctx = ctx;
  }
  return e;
}

// ==== t_primary ==============================================================

// One step of t_primary, each followed by &t_lookahead: '.' NAME |
// '[' slices ']' | genexp | '(' [arguments] ')'.
static Expr *t_primary_step(Parser *p, Expr *a, int start) {
  int m = p->mark;
  Token *name;
  Expr *b;
  if (parser_expect(p, TOK_DOT) && (name = parser_expect(p, TOK_NAME)) &&
      parse_t_lookahead(p))
    return action_attribute(p, a, name, AST_Load, parser_extra(p, start));
  p->mark = m;
  if (parser_expect(p, TOK_LSQB) && (b = parse_slices(p)) &&
      parser_expect(p, TOK_RSQB) && parse_t_lookahead(p))
    return action_subscript(p, a, b, AST_Load, parser_extra(p, start));
  p->mark = m;
  if ((b = parse_genexp(p)) && parse_t_lookahead(p)) {
    Expr *e = action_expr(p, EXPR_Call, parser_extra(p, start));
    if (e) {
      e->v.call.func = a;
      e->v.call.args = expr_seq1(p, b);
    }
    return e;
  }
  p->mark = m;
  if (parser_expect(p, TOK_LPAR)) {
    b = parse_arguments(p);
    if (!p->error && parser_expect(p, TOK_RPAR) && parse_t_lookahead(p)) {
      Expr *e = action_expr(p, EXPR_Call, parser_extra(p, start));
      if (e) {
        e->v.call.func = a;
        if (b) {
          e->v.call.args = b->v.call.args;
          e->v.call.keywords = b->v.call.keywords;
        }
      }
      return e;
    }
  }
  p->mark = m;
  return NULL;
}

// t_primary (left-recursive): t_primary ('.' NAME | '[' slices ']' | genexp
//   | '(' [arguments] ')') &t_lookahead | atom &t_lookahead
static void *t_primary_(Parser *p) {
  int start = p->mark;
  Expr *a = parse_atom(p);
  if (!a || !parse_t_lookahead(p)) return NULL;
  for (;;) {
    Expr *next = t_primary_step(p, a, start);
    if (!next) return p->error ? NULL : a;
    a = next;
  }
}
Expr *parse_t_primary(Parser *p) {
  return parser_left_rec_rule(p, MEMO_T_PRIMARY, t_primary_);
}

// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
static Expr *attr_or_subscript_target(Parser *p, ExprContext ctx) {
  int mark = p->mark;
  Expr *a = parse_t_primary(p), *b;
  Token *name;
  if (a && parser_expect(p, TOK_DOT) && (name = parser_expect(p, TOK_NAME)) &&
      !parse_t_lookahead(p))
    return action_attribute(p, a, name, ctx, parser_extra(p, mark));
  p->mark = mark;
  a = parse_t_primary(p);
  if (a && parser_expect(p, TOK_LSQB) && (b = parse_slices(p)) &&
      parser_expect(p, TOK_RSQB) && !parse_t_lookahead(p))
    return action_subscript(p, a, b, ctx, parser_extra(p, mark));
  p->mark = mark;
  return NULL;
}

// ==== star_targets ===========================================================

static Expr *parse_target_with_star_atom(Parser *p);

// star_targets: star_target !',' | star_target (',' star_target)* [',']
static void *star_targets_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_star_target(p), *c;
  if (a && !parser_at(p, TOK_COMMA)) return a;
  p->mark = mark;
  if (!(a = parse_star_target(p))) return NULL;
  PVec v = {0};
  pvec_push(p, &v, a);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(c = parse_star_target(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, &v, c);
  }
  parser_expect(p, TOK_COMMA);
  return sequence_node(p, EXPR_Tuple, &v, AST_Store, mark);
}
Expr *parse_star_targets(Parser *p) {
  return parser_rule(p, star_targets_);
}

// star_targets_list_seq: ','.star_target+ [',']
static int star_targets_list_seq(Parser *p, PVec *v) {
  Expr *e = parse_star_target(p);
  if (!e) return 0;
  pvec_push(p, v, e);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(e = parse_star_target(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, v, e);
  }
  parser_expect(p, TOK_COMMA);
  return 1;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target
// ','
static int star_targets_tuple_seq(Parser *p, PVec *v) {
  int mark = p->mark;
  if (!star_targets_list_seq(p, v)) return 0;
  if (v->len > 1) return 1;
  // One target: it needs its comma.
  p->mark = mark;
  v->len = 0;
  Expr *e = parse_star_target(p);
  if (e && parser_expect(p, TOK_COMMA)) return pvec_push(p, v, e) == 0;
  p->mark = mark;
  return 0;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
static void *star_target_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, TOK_STAR) && !parser_at(p, TOK_STAR) &&
      (a = parse_star_target(p))) {
    Expr *e = action_expr(p, EXPR_Starred, parser_extra(p, mark));
    if (e) {
      e->v.starred.value = action_set_context(p, a, AST_Store);
      e->v.starred.ctx = AST_Store;
    }
    return e;
  }
  p->mark = mark;
  return parse_target_with_star_atom(p);
}
Expr *parse_star_target(Parser *p) {
  return parser_memo_rule(p, MEMO_STAR_TARGET, star_target_);
}

// star_atom: NAME | '(' target_with_star_atom ')'
//   | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
static Expr *star_atom(Parser *p) {
  int mark = p->mark;
  Expr *a = action_name(p, parser_expect(p, TOK_NAME));
  if (a) return action_set_context(p, a, AST_Store);
  if (parser_expect(p, TOK_LPAR) && (a = parse_target_with_star_atom(p)) &&
      parser_expect(p, TOK_RPAR))
    return action_set_context(p, a, AST_Store);
  p->mark = mark;
  PVec v = {0};
  if (parser_expect(p, TOK_LPAR)) {
    star_targets_tuple_seq(p, &v);
    if (!p->error && parser_expect(p, TOK_RPAR))
      return sequence_node(p, EXPR_Tuple, &v, AST_Store, mark);
  }
  p->mark = mark;
  v.len = 0;
  if (parser_expect(p, TOK_LSQB)) {
    star_targets_list_seq(p, &v);
    if (!p->error && parser_expect(p, TOK_RSQB))
      return sequence_node(p, EXPR_List, &v, AST_Store, mark);
  }
  p->mark = mark;
  return NULL;
}

// target_with_star_atom: t_primary '.' NAME !t_lookahead
//   | t_primary '[' slices ']' !t_lookahead | star_atom
static void *target_with_star_atom_(Parser *p) {
  Expr *e = attr_or_subscript_target(p, AST_Store);
  return e || p->error ? e : star_atom(p);
}
static Expr *parse_target_with_star_atom(Parser *p) {
  return parser_memo_rule(p, MEMO_TARGET_WITH_STAR_ATOM,
                          target_with_star_atom_);
}

// ==== single_target ==========================================================

static void *single_subscript_attribute_target_(Parser *p) {
  return attr_or_subscript_target(p, AST_Store);
}
Expr *parse_single_subscript_attribute_target(Parser *p) {
  return parser_rule(p, single_subscript_attribute_target_);
}

// single_target: single_subscript_attribute_target | NAME
//   | '(' single_target ')'
static void *single_target_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_single_subscript_attribute_target(p);
  if (a || p->error) return a;
  if ((a = action_name(p, parser_expect(p, TOK_NAME))))
    return action_set_context(p, a, AST_Store);
  if (parser_expect(p, TOK_LPAR) && (a = parse_single_target(p)) &&
      parser_expect(p, TOK_RPAR))
    return a;
  p->mark = mark;
  return NULL;
}
Expr *parse_single_target(Parser *p) {
  return parser_rule(p, single_target_);
}

// ==== del_targets ============================================================

static Expr *parse_del_target(Parser *p);

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')'
//   | '[' [del_targets] ']'
static Expr *del_t_atom(Parser *p) {
  int mark = p->mark;
  Expr *a = action_name(p, parser_expect(p, TOK_NAME));
  if (a) return action_set_context(p, a, AST_Del);
  if (parser_expect(p, TOK_LPAR) && (a = parse_del_target(p)) &&
      parser_expect(p, TOK_RPAR))
    return action_set_context(p, a, AST_Del);
  p->mark = mark;
  for (int square = 0; square < 2; square++) {
    PVec v = {0};
    p->mark = mark;
    if (!parser_expect(p, square ? TOK_LSQB : TOK_LPAR)) continue;
    parse_del_targets(p, &v);
    if (!p->error && parser_expect(p, square ? TOK_RSQB : TOK_RPAR))
      return sequence_node(p, square ? EXPR_List : EXPR_Tuple, &v, AST_Del,
                           mark);
  }
  p->mark = mark;
  return NULL;
}

// del_target: t_primary '.' NAME !t_lookahead
//   | t_primary '[' slices ']' !t_lookahead | del_t_atom
static void *del_target_(Parser *p) {
  Expr *e = attr_or_subscript_target(p, AST_Del);
  return e || p->error ? e : del_t_atom(p);
}
static Expr *parse_del_target(Parser *p) {
  return parser_memo_rule(p, MEMO_DEL_TARGET, del_target_);
}

// del_targets: ','.del_target+ [',']
int parse_del_targets(Parser *p, PVec *out) {
  Expr *e = parse_del_target(p);
  if (!e) return 0;
  pvec_push(p, out, e);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(e = parse_del_target(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, out, e);
  }
  parser_expect(p, TOK_COMMA);
  return !p->error;
}
