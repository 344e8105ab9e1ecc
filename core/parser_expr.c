// parser_expr.c — the expression rules of Grammar/python.gram from
// `expressions` down to `await_primary`: tuples, conditional expressions,
// lambda, yield, starred and named expressions, boolean operators,
// comparisons and the binary/unary operator ladder. Left-recursive rules
// are loops. tests/parser/README.md.
#include "parser_impl.h"

// ==== Tuples of expressions ==================================================

// a=ITEM (',' ITEM)+ [','] -> Tuple | a=ITEM ',' -> Tuple | ITEM
static Expr *item_tuple(Parser *p, Expr *(*item)(Parser *)) {
  int mark = p->mark;
  Expr *a = item(p);
  if (a) {
    PVec v = {0}; // filled only once a second item is found
    for (;;) {
      int m = p->mark;
      Expr *c = parser_expect(p, TOK_COMMA) ? item(p) : NULL;
      if (!c) {
        p->mark = m;
        break;
      }
      if (v.len == 0) pvec_push(p, &v, a);
      pvec_push(p, &v, c);
    }
    if (v.len > 1) {
      parser_expect(p, TOK_COMMA);
      return action_tuple(p, pvec_exprs(p, &v), AST_Load,
                          parser_extra(p, mark));
    }
  }
  p->mark = mark;
  if ((a = item(p)) && parser_expect(p, TOK_COMMA))
    return action_tuple(p, expr_seq1(p, a), AST_Load, parser_extra(p, mark));
  p->mark = mark;
  return item(p);
}

static void *expressions_(Parser *p) {
  return item_tuple(p, parse_expression);
}
Expr *parse_expressions(Parser *p) {
  return parser_rule(p, expressions_);
}

static void *star_expressions_(Parser *p) {
  return item_tuple(p, parse_star_expression);
}
Expr *parse_star_expressions(Parser *p) {
  return parser_rule(p, star_expressions_);
}

// ==== expression =============================================================

// a=disjunction 'if' b=disjunction 'else' c=expression
static Expr *conditional(Parser *p, int mark) {
  Expr *a = parse_disjunction(p), *b, *c;
  if (!a || !parser_expect(p, KW_IF) || !(b = parse_disjunction(p)) ||
      !parser_expect(p, KW_ELSE) || !(c = parse_expression(p)))
    return NULL;
  Expr *e = action_expr(p, EXPR_IfExp, parser_extra(p, mark));
  if (e) {
    e->v.ifexp.test = b;
    e->v.ifexp.body = a;
    e->v.ifexp.orelse = c;
  }
  return e;
}

// expression: invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
static Expr *expression_alts(Parser *p, int with_invalid) {
  int mark = p->mark;
  if (with_invalid && p->call_invalid_rules) {
    parse_invalid_expression(p);
    p->mark = mark;
    parse_invalid_legacy_expression(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *e = conditional(p, mark);
  if (e) return e;
  p->mark = mark;
  if ((e = parse_disjunction(p))) return e;
  p->mark = mark;
  return parse_lambdef(p);
}

static void *expression_(Parser *p) {
  return expression_alts(p, 1);
}
Expr *parse_expression(Parser *p) {
  return parser_memo_rule(p, MEMO_EXPRESSION, expression_);
}

static void *expression_without_invalid_(Parser *p) {
  int saved = p->call_invalid_rules;
  p->call_invalid_rules = 0;
  Expr *e = expression_alts(p, 0);
  p->call_invalid_rules = saved;
  return e;
}
Expr *parse_expression_without_invalid(Parser *p) {
  return parser_rule(p, expression_without_invalid_);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
static void *yield_expr_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, KW_YIELD) && parser_expect(p, KW_FROM) &&
      (a = parse_expression(p))) {
    Expr *e = action_expr(p, EXPR_YieldFrom, parser_extra(p, mark));
    if (e) e->v.yield.value = a;
    return e;
  }
  p->mark = mark;
  if (!parser_expect(p, KW_YIELD)) return NULL;
  a = parse_star_expressions(p);
  Expr *e = action_expr(p, EXPR_Yield, parser_extra(p, mark));
  if (e) e->v.yield.value = a;
  return e;
}
Expr *parse_yield_expr(Parser *p) {
  return parser_rule(p, yield_expr_);
}

static Expr *starred(Parser *p, int mark, Expr *value) {
  Expr *e = action_expr(p, EXPR_Starred, parser_extra(p, mark));
  if (e) {
    e->v.starred.value = value;
    e->v.starred.ctx = AST_Load;
  }
  return e;
}

// '*' a=bitwise_or -> Starred | OTHER
static Expr *star_or(Parser *p, Expr *(*other)(Parser *)) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, TOK_STAR) && (a = parse_bitwise_or(p)))
    return starred(p, mark, a);
  p->mark = mark;
  return other(p);
}

static void *star_expression_(Parser *p) {
  return star_or(p, parse_expression);
}
Expr *parse_star_expression(Parser *p) {
  return parser_memo_rule(p, MEMO_STAR_EXPRESSION, star_expression_);
}

static void *star_named_expression_(Parser *p) {
  return star_or(p, parse_named_expression);
}
Expr *parse_star_named_expression(Parser *p) {
  return parser_rule(p, star_named_expression_);
}

// star_named_expressions: ','.star_named_expression+ [',']
int parse_star_named_expressions(Parser *p, PVec *out) {
  Expr *e = parse_star_named_expression(p);
  if (!e) return 0;
  pvec_push(p, out, e);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA)) break;
    if (!(e = parse_star_named_expression(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, out, e);
  }
  parser_expect(p, TOK_COMMA);
  return !p->error;
}

// assignment_expression: NAME ':=' ~ expression
static void *assignment_expression_(Parser *p) {
  int mark = p->mark;
  Expr *a = action_name(p, parser_expect(p, TOK_NAME)), *b;
  if (!a || !parser_expect(p, TOK_COLONEQUAL) || !(b = parse_expression(p)))
    return NULL;
  Expr *e = action_expr(p, EXPR_NamedExpr, parser_extra(p, mark));
  if (e) {
    e->v.namedexpr.target = action_set_context(p, a, AST_Store);
    e->v.namedexpr.value = b;
  }
  return e;
}
Expr *parse_assignment_expression(Parser *p) {
  return parser_rule(p, assignment_expression_);
}

// named_expression: assignment_expression | invalid_named_expression
//   | expression !':='
static void *named_expression_(Parser *p) {
  int mark = p->mark;
  Expr *e = parse_assignment_expression(p);
  if (e || p->error) return e;
  p->mark = mark;
  if (p->call_invalid_rules) {
    parse_invalid_named_expression(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  if ((e = parse_expression(p)) && !parser_at(p, TOK_COLONEQUAL)) return e;
  p->mark = mark;
  return NULL;
}
Expr *parse_named_expression(Parser *p) {
  return parser_rule(p, named_expression_);
}

// annotated_rhs: yield_expr | star_expressions
static void *annotated_rhs_(Parser *p) {
  int mark = p->mark;
  Expr *e = parse_yield_expr(p);
  if (e || p->error) return e;
  p->mark = mark;
  return parse_star_expressions(p);
}
Expr *parse_annotated_rhs(Parser *p) {
  return parser_rule(p, annotated_rhs_);
}

// lambdef: 'lambda' [lambda_params] ':' expression
static void *lambdef_(Parser *p) {
  int mark = p->mark;
  if (!parser_expect(p, KW_LAMBDA)) return NULL;
  Arguments *args = parse_lambda_params(p);
  Expr *body;
  if (p->error || !parser_expect(p, TOK_COLON) || !(body = parse_expression(p)))
    return NULL;
  Expr *e = action_expr(p, EXPR_Lambda, parser_extra(p, mark));
  if (e) {
    e->v.lambda.args = args ? args : action_empty_arguments(p);
    e->v.lambda.body = body;
  }
  return e;
}
Expr *parse_lambdef(Parser *p) {
  return parser_rule(p, lambdef_);
}

// ==== Boolean operators ======================================================

// a=ITEM (KEYWORD ITEM)+ -> BoolOp | ITEM
static Expr *boolop(Parser *p, Expr *(*item)(Parser *), int keyword,
                    BoolOpKind op) {
  int mark = p->mark;
  Expr *a = item(p);
  if (!a) return NULL;
  PVec v = {0}; // filled only once a second operand is found
  for (;;) {
    int m = p->mark;
    Expr *c = parser_expect(p, keyword) ? item(p) : NULL;
    if (!c) {
      p->mark = m;
      break;
    }
    if (v.len == 0) pvec_push(p, &v, a);
    pvec_push(p, &v, c);
  }
  if (v.len == 0) return p->error ? NULL : a;
  Expr *e = action_expr(p, EXPR_BoolOp, parser_extra(p, mark));
  if (e) {
    e->v.boolop.op = op;
    e->v.boolop.values = pvec_exprs(p, &v);
  }
  return e;
}

static Expr *parse_conjunction(Parser *p);
static Expr *parse_inversion(Parser *p);

static void *disjunction_(Parser *p) {
  return boolop(p, parse_conjunction, KW_OR, AST_Or);
}
Expr *parse_disjunction(Parser *p) {
  return parser_memo_rule(p, MEMO_DISJUNCTION, disjunction_);
}

static void *conjunction_(Parser *p) {
  return boolop(p, parse_inversion, KW_AND, AST_And);
}
static Expr *parse_conjunction(Parser *p) {
  return parser_memo_rule(p, MEMO_CONJUNCTION, conjunction_);
}

static Expr *parse_comparison(Parser *p);

// inversion: 'not' inversion | comparison
static void *inversion_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, KW_NOT) && (a = parse_inversion(p))) {
    Expr *e = action_expr(p, EXPR_UnaryOp, parser_extra(p, mark));
    if (e) {
      e->v.unaryop.op = AST_Not;
      e->v.unaryop.operand = a;
    }
    return e;
  }
  p->mark = mark;
  return parse_comparison(p);
}
static Expr *parse_inversion(Parser *p) {
  return parser_memo_rule(p, MEMO_INVERSION, inversion_);
}

// ==== Comparisons ============================================================

// compare_op_bitwise_or_pair: one operator and its right operand.
static int compare_pair(Parser *p, CmpOpKind *op, Expr **right) {
  int mark = p->mark, type = parser_peek(p);
  switch (type) {
  case TOK_EQEQUAL:
    *op = AST_Eq;
    break;
  case TOK_NOTEQUAL:
    *op = AST_NotEq;
    break;
  case TOK_LESSEQUAL:
    *op = AST_LtE;
    break;
  case TOK_LESS:
    *op = AST_Lt;
    break;
  case TOK_GREATEREQUAL:
    *op = AST_GtE;
    break;
  case TOK_GREATER:
    *op = AST_Gt;
    break;
  case KW_IN:
    *op = AST_In;
    break;
  case KW_NOT:
    *op = AST_NotIn;
    break;
  case KW_IS:
    *op = AST_Is;
    break;
  default:
    return 0;
  }
  Token *t = p->tokens[mark];
  p->mark++;
  if (type == TOK_NOTEQUAL && (t->len != 2 || t->start[0] != '!')) {
    p->mark = mark; // '<>' is only valid with `barry_as_FLUFL`
    return 0;
  }
  if (type == KW_NOT && !parser_expect(p, KW_IN)) {
    p->mark = mark;
    return 0;
  }
  if (type == KW_IS) {
    int m = p->mark;
    if (parser_expect(p, KW_NOT) && (*right = parse_bitwise_or(p))) {
      *op = AST_IsNot;
      return 1;
    }
    p->mark = m;
  }
  if ((*right = parse_bitwise_or(p))) return 1;
  p->mark = mark;
  return 0;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static void *comparison_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_bitwise_or(p), *right;
  if (!a) return NULL;
  PVec ops = {0}, rights = {0};
  CmpOpKind op;
  while (compare_pair(p, &op, &right)) {
    CmpOpKind *boxed = action_alloc(p, sizeof *boxed);
    if (!boxed) return NULL;
    *boxed = op;
    pvec_push(p, &ops, boxed);
    pvec_push(p, &rights, right);
  }
  if (p->error) return NULL;
  if (ops.len == 0) return a;
  Expr *e = action_expr(p, EXPR_Compare, parser_extra(p, mark));
  CmpOpKind *kinds = action_alloc(p, (size_t)ops.len * sizeof *kinds);
  if (!e || !kinds) return NULL;
  for (int i = 0; i < ops.len; i++)
    kinds[i] = *(CmpOpKind *)ops.items[i];
  e->v.compare.left = a;
  e->v.compare.n = ops.len;
  e->v.compare.ops = kinds;
  e->v.compare.comparators = pvec_exprs(p, &rights);
  return e;
}
static Expr *parse_comparison(Parser *p) {
  return parser_rule(p, comparison_);
}

// ==== Binary operators (left-recursive rules as loops) =======================

// The operator a token spells in [ops] (type/operator pairs), or -1.
static int binary_op(Parser *p, const int (*ops)[2], int n) {
  int type = parser_peek(p);
  for (int i = 0; i < n; i++)
    if (ops[i][0] == type) return ops[i][1];
  return -1;
}

// a=RULE OP b=NEXT: left-associative chains.
static Expr *binary_chain(Parser *p, Expr *(*next)(Parser *),
                          const int (*ops)[2], int n) {
  int mark = p->mark;
  Expr *left = next(p);
  if (!left) return NULL;
  for (;;) {
    int m = p->mark, op = binary_op(p, ops, n);
    Expr *right = NULL;
    if (op >= 0) {
      p->mark++;
      right = next(p);
    }
    if (!right) {
      p->mark = m;
      return p->error ? NULL : left;
    }
    left =
        action_binop(p, left, (OperatorKind)op, right, parser_extra(p, mark));
    if (!left) return NULL;
  }
}

static Expr *parse_bitwise_xor(Parser *p);
static Expr *parse_bitwise_and(Parser *p);
static Expr *parse_shift_expr(Parser *p);
static Expr *parse_sum(Parser *p);
static Expr *parse_term(Parser *p);
static Expr *parse_factor(Parser *p);

static void *bitwise_or_(Parser *p) {
  static const int ops[][2] = {{TOK_VBAR, AST_BitOr}};
  return binary_chain(p, parse_bitwise_xor, ops, 1);
}
Expr *parse_bitwise_or(Parser *p) {
  return parser_left_rec_rule(p, MEMO_BITWISE_OR, bitwise_or_);
}

static void *bitwise_xor_(Parser *p) {
  static const int ops[][2] = {{TOK_CIRCUMFLEX, AST_BitXor}};
  return binary_chain(p, parse_bitwise_and, ops, 1);
}
static Expr *parse_bitwise_xor(Parser *p) {
  return parser_left_rec_rule(p, MEMO_BITWISE_XOR, bitwise_xor_);
}

static void *bitwise_and_(Parser *p) {
  static const int ops[][2] = {{TOK_AMPER, AST_BitAnd}};
  return binary_chain(p, parse_shift_expr, ops, 1);
}
static Expr *parse_bitwise_and(Parser *p) {
  return parser_left_rec_rule(p, MEMO_BITWISE_AND, bitwise_and_);
}

static void *shift_expr_(Parser *p) {
  static const int ops[][2] = {{TOK_LEFTSHIFT, AST_LShift},
                               {TOK_RIGHTSHIFT, AST_RShift}};
  return binary_chain(p, parse_sum, ops, 2);
}
static Expr *parse_shift_expr(Parser *p) {
  return parser_left_rec_rule(p, MEMO_SHIFT_EXPR, shift_expr_);
}

static void *sum_(Parser *p) {
  static const int ops[][2] = {{TOK_PLUS, AST_Add}, {TOK_MINUS, AST_Sub}};
  return binary_chain(p, parse_term, ops, 2);
}
static Expr *parse_sum(Parser *p) {
  return parser_left_rec_rule(p, MEMO_SUM, sum_);
}

static void *term_(Parser *p) {
  static const int ops[][2] = {{TOK_STAR, AST_Mult},
                               {TOK_SLASH, AST_Div},
                               {TOK_DOUBLESLASH, AST_FloorDiv},
                               {TOK_PERCENT, AST_Mod},
                               {TOK_AT, AST_MatMult}};
  return binary_chain(p, parse_factor, ops, 5);
}
static Expr *parse_term(Parser *p) {
  return parser_left_rec_rule(p, MEMO_TERM, term_);
}

// ==== Unary operators, power, await ==========================================

static Expr *parse_power(Parser *p);

// factor: '+' factor | '-' factor | '~' factor | power
static void *factor_(Parser *p) {
  static const int ops[][2] = {
      {TOK_PLUS, AST_UAdd}, {TOK_MINUS, AST_USub}, {TOK_TILDE, AST_Invert}};
  int mark = p->mark, op = binary_op(p, ops, 3);
  if (op >= 0) {
    p->mark++;
    Expr *a = parse_factor(p);
    if (a) {
      Expr *e = action_expr(p, EXPR_UnaryOp, parser_extra(p, mark));
      if (e) {
        e->v.unaryop.op = (UnaryOpKind)op;
        e->v.unaryop.operand = a;
      }
      return e;
    }
    p->mark = mark;
  }
  return parse_power(p);
}
static Expr *parse_factor(Parser *p) {
  return parser_memo_rule(p, MEMO_FACTOR, factor_);
}

static Expr *parse_await_primary(Parser *p);

// power: await_primary '**' factor | await_primary
static void *power_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_await_primary(p), *b;
  if (a && parser_expect(p, TOK_DOUBLESTAR) && (b = parse_factor(p)))
    return action_binop(p, a, AST_Pow, b, parser_extra(p, mark));
  p->mark = mark;
  return parse_await_primary(p);
}
static Expr *parse_power(Parser *p) {
  return parser_rule(p, power_);
}

// await_primary: AWAIT primary | primary
static void *await_primary_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, TOK_AWAIT) && (a = parse_primary(p))) {
    Expr *e = action_expr(p, EXPR_Await, parser_extra(p, mark));
    if (e) e->v.await_.value = a;
    return e;
  }
  p->mark = mark;
  return parse_primary(p);
}
static Expr *parse_await_primary(Parser *p) {
  return parser_memo_rule(p, MEMO_AWAIT_PRIMARY, await_primary_);
}
