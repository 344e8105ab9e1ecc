// parser_stmt.c — statement sequences and the simple statements of
// Grammar/python.gram: assignments (plain, augmented, annotated), return,
// raise, global/nonlocal, del, assert, pass/break/continue, imports, and
// blocks. tests/parser/README.md.
#include "parser_impl.h"

#include <string.h>

// ==== statements =============================================================

static Stmt *parse_simple_stmt(Parser *p);

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
static int simple_stmts_body(Parser *p, PVec *out) {
  int mark = p->mark;
  Stmt *s = parse_simple_stmt(p);
  if (s && !parser_at(p, TOK_SEMI) && parser_expect(p, TOK_NEWLINE))
    return pvec_push(p, out, s) == 0;
  p->mark = mark;
  if (!(s = parse_simple_stmt(p))) return 0;
  int n = out->len;
  pvec_push(p, out, s);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_SEMI) || !(s = parse_simple_stmt(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, out, s);
  }
  parser_expect(p, TOK_SEMI);
  if (parser_expect(p, TOK_NEWLINE)) return 1;
  out->len = n;
  p->mark = mark;
  return 0;
}

// Nesting levels count like CPython's rules (simple_stmts; the loop of
// `statements` and `statement`), for the same depth limit.
static int simple_stmts(Parser *p, PVec *out) {
  p->level++;
  int ok = !p->error && simple_stmts_body(p, out);
  p->level--;
  return ok;
}

// statement: compound_stmt | simple_stmts. Appends to [out].
int parse_statement(Parser *p, PVec *out) {
  int mark = p->mark, ok = 0;
  p->level += 2;
  Stmt *s = parse_compound_stmt(p);
  if (s) {
    ok = pvec_push(p, out, s) == 0;
  } else if (!p->error) {
    p->mark = mark;
    ok = simple_stmts(p, out);
  }
  p->level -= 2;
  return ok;
}

// statements: statement+
static void *statements_(Parser *p) {
  PVec v = {0};
  while (parse_statement(p, &v)) {
  }
  if (p->error || v.len == 0) return NULL;
  StmtSeq *seq = action_alloc(p, sizeof *seq);
  if (seq) *seq = pvec_stmts(p, &v);
  return seq;
}
StmtSeq *parse_statements(Parser *p) {
  return parser_rule(p, statements_);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
static void *block_(Parser *p) {
  int mark = p->mark;
  StmtSeq *body;
  if (parser_expect(p, TOK_NEWLINE) && parser_expect(p, TOK_INDENT) &&
      (body = parse_statements(p)) && parser_expect(p, TOK_DEDENT))
    return body;
  p->mark = mark;
  PVec v = {0};
  if (simple_stmts(p, &v)) {
    StmtSeq *seq = action_alloc(p, sizeof *seq);
    if (seq) *seq = pvec_stmts(p, &v);
    return seq;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_block(p);
  return NULL;
}
StmtSeq *parse_block(Parser *p) {
  return parser_memo_rule(p, MEMO_BLOCK, block_);
}

// ==== assignment =============================================================

static Stmt *ann_assign(Parser *p, Expr *target, Expr *annotation, Expr *value,
                        int simple, int mark) {
  Stmt *s = action_stmt(p, STMT_AnnAssign, parser_extra(p, mark));
  if (s) {
    s->v.annassign.target = target;
    s->v.annassign.annotation = annotation;
    s->v.annassign.value = value;
    s->v.annassign.simple = simple;
  }
  return s;
}

// ':' expression ['=' annotated_rhs]. Returns the annotation.
static Expr *annotation_and_value(Parser *p, Expr **value) {
  Expr *b;
  *value = NULL;
  if (!parser_expect(p, TOK_COLON) || !(b = parse_expression(p))) return NULL;
  int m = p->mark;
  if (!parser_expect(p, TOK_EQUAL) || !(*value = parse_annotated_rhs(p)))
    p->mark = m;
  return p->error ? NULL : b;
}

// ('(' single_target ')' | single_subscript_attribute_target)
static Expr *annotated_target(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, TOK_LPAR) && (a = parse_single_target(p)) &&
      parser_expect(p, TOK_RPAR))
    return a;
  p->mark = mark;
  return parse_single_subscript_attribute_target(p);
}

static int augassign(Parser *p, OperatorKind *op) {
  static const int ops[][2] = {{TOK_PLUSEQUAL, AST_Add},
                               {TOK_MINEQUAL, AST_Sub},
                               {TOK_STAREQUAL, AST_Mult},
                               {TOK_ATEQUAL, AST_MatMult},
                               {TOK_SLASHEQUAL, AST_Div},
                               {TOK_PERCENTEQUAL, AST_Mod},
                               {TOK_AMPEREQUAL, AST_BitAnd},
                               {TOK_VBAREQUAL, AST_BitOr},
                               {TOK_CIRCUMFLEXEQUAL, AST_BitXor},
                               {TOK_LEFTSHIFTEQUAL, AST_LShift},
                               {TOK_RIGHTSHIFTEQUAL, AST_RShift},
                               {TOK_DOUBLESTAREQUAL, AST_Pow},
                               {TOK_DOUBLESLASHEQUAL, AST_FloorDiv}};
  int type = parser_peek(p);
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    if (ops[i][0] == type) {
      p->mark++;
      *op = (OperatorKind)ops[i][1];
      return 1;
    }
  }
  return 0;
}

// (star_targets '=')+ (yield_expr | star_expressions) !'=' -> Assign
static Stmt *plain_assignment(Parser *p, int mark) {
  PVec targets = {0};
  for (;;) {
    int m = p->mark;
    Expr *t = parse_star_targets(p);
    if (!t || !parser_expect(p, TOK_EQUAL)) {
      p->mark = m;
      break;
    }
    pvec_push(p, &targets, t);
  }
  if (targets.len == 0) return NULL;
  Expr *value = parse_annotated_rhs(p);
  if (!value || parser_at(p, TOK_EQUAL)) return NULL;
  Stmt *s = action_stmt(p, STMT_Assign, parser_extra(p, mark));
  if (s) {
    s->v.assign.targets = pvec_exprs(p, &targets);
    s->v.assign.value = value;
  }
  return s;
}

// assignment: NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' ...
//   | (star_targets '=')+ (yield_expr | star_expressions) !'='
//   | single_target augassign ~ (yield_expr | star_expressions)
//   | invalid_assignment
static void *assignment_(Parser *p) {
  int mark = p->mark;
  Expr *a, *b, *c;
  if ((a = action_name(p, parser_expect(p, TOK_NAME))) &&
      (b = annotation_and_value(p, &c)))
    return ann_assign(p, action_set_context(p, a, AST_Store), b, c, 1, mark);
  p->mark = mark;
  if ((a = annotated_target(p)) && (b = annotation_and_value(p, &c)))
    return ann_assign(p, a, b, c, 0, mark);
  p->mark = mark;
  Stmt *s = plain_assignment(p, mark);
  if (s || p->error) return s;
  p->mark = mark;
  OperatorKind op;
  if ((a = parse_single_target(p)) && augassign(p, &op)) {
    if (!(c = parse_annotated_rhs(p))) return NULL; // cut
    if ((s = action_stmt(p, STMT_AugAssign, parser_extra(p, mark)))) {
      s->v.augassign.target = a;
      s->v.augassign.op = op;
      s->v.augassign.value = c;
    }
    return s;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_assignment(p);
  return NULL;
}
static Stmt *parse_assignment(Parser *p) {
  return parser_rule(p, assignment_);
}

// ==== Other simple statements ================================================

static Stmt *value_stmt(Parser *p, StmtKind kind, Expr *value, int mark) {
  Stmt *s = action_stmt(p, kind, parser_extra(p, mark));
  if (s) s->v.expr.value = value; // Expr and Return share the layout
  return s;
}

// return_stmt: 'return' [star_expressions]
static Stmt *return_stmt(Parser *p, int mark) {
  parser_expect(p, KW_RETURN);
  Expr *value = parse_star_expressions(p);
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, STMT_Return, parser_extra(p, mark));
  if (s) s->v.return_.value = value;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
static Stmt *raise_stmt(Parser *p, int mark) {
  Expr *exc = NULL, *cause = NULL;
  parser_expect(p, KW_RAISE);
  int m = p->mark;
  if ((exc = parse_expression(p))) {
    int m2 = p->mark;
    if (!parser_expect(p, KW_FROM) || !(cause = parse_expression(p)))
      p->mark = m2;
  } else {
    p->mark = m;
  }
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, STMT_Raise, parser_extra(p, mark));
  if (s) {
    s->v.raise.exc = exc;
    s->v.raise.cause = cause;
  }
  return s;
}

// global_stmt / nonlocal_stmt: KEYWORD ','.NAME+
static Stmt *names_stmt(Parser *p, StmtKind kind, int mark) {
  PVec names = {0};
  p->mark++;
  Expr *n = action_name(p, parser_expect(p, TOK_NAME));
  if (!n) return NULL;
  pvec_push(p, &names, n);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) ||
        !(n = action_name(p, parser_expect(p, TOK_NAME)))) {
      p->mark = m;
      break;
    }
    pvec_push(p, &names, n);
  }
  Stmt *s = action_stmt(p, kind, parser_extra(p, mark));
  if (s) s->v.global.names = pvec_idents(p, &names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
static Stmt *del_stmt(Parser *p, int mark) {
  PVec targets = {0};
  if (parser_expect(p, KW_DEL) && parse_del_targets(p, &targets) &&
      (parser_at(p, TOK_SEMI) || parser_at(p, TOK_NEWLINE))) {
    Stmt *s = action_stmt(p, STMT_Delete, parser_extra(p, mark));
    if (s) s->v.delete_.targets = pvec_exprs(p, &targets);
    return s;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_del_stmt(p);
  return NULL;
}

// assert_stmt: 'assert' expression [',' expression]
static Stmt *assert_stmt(Parser *p, int mark) {
  Expr *test, *msg = NULL;
  p->mark++;
  if (!(test = parse_expression(p))) return NULL;
  int m = p->mark;
  if (!parser_expect(p, TOK_COMMA) || !(msg = parse_expression(p))) p->mark = m;
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, STMT_Assert, parser_extra(p, mark));
  if (s) {
    s->v.assert_.test = test;
    s->v.assert_.msg = msg;
  }
  return s;
}

static Stmt *parse_import_stmt(Parser *p);

// The statements after `assignment | star_expressions`, which all start
// with their keyword (the grammar's &'keyword' lookaheads).
static Stmt *keyword_stmt(Parser *p, int mark) {
  Expr *e;
  switch (parser_peek(p)) {
  case KW_RETURN:
    return return_stmt(p, mark);
  case KW_IMPORT:
  case KW_FROM:
    return parse_import_stmt(p);
  case KW_RAISE:
    return raise_stmt(p, mark);
  case KW_PASS:
    p->mark++;
    return action_stmt(p, STMT_Pass, parser_extra(p, mark));
  case KW_DEL:
    return del_stmt(p, mark);
  case KW_YIELD:
    return (e = parse_yield_expr(p)) ? value_stmt(p, STMT_Expr, e, mark) : NULL;
  case KW_ASSERT:
    return assert_stmt(p, mark);
  case KW_BREAK:
    p->mark++;
    return action_stmt(p, STMT_Break, parser_extra(p, mark));
  case KW_CONTINUE:
    p->mark++;
    return action_stmt(p, STMT_Continue, parser_extra(p, mark));
  case KW_GLOBAL:
    return names_stmt(p, STMT_Global, mark);
  case KW_NONLOCAL:
    return names_stmt(p, STMT_Nonlocal, mark);
  default:
    return NULL;
  }
}

// simple_stmt: assignment | star_expressions | &'return' return_stmt | ...
static void *simple_stmt_(Parser *p) {
  int mark = p->mark;
  Stmt *s = parse_assignment(p);
  if (s || p->error) return s;
  Expr *e = parse_star_expressions(p);
  if (e) return value_stmt(p, STMT_Expr, e, mark);
  if (p->error) return NULL;
  p->mark = mark;
  s = keyword_stmt(p, mark);
  if (!s) p->mark = mark;
  return s;
}
static Stmt *parse_simple_stmt(Parser *p) {
  return parser_memo_rule(p, MEMO_SIMPLE_STMT, simple_stmt_);
}

// ==== import =================================================================

static Alias *alias_node(Parser *p, const char *name, Expr *asname, int mark) {
  Alias *a = action_alloc(p, sizeof *a);
  if (a) {
    a->name = name;
    a->asname = asname ? asname->v.name.id : NULL;
    a->loc = parser_extra(p, mark);
  }
  return a;
}

// ['as' NAME]
Expr *parse_as_name(Parser *p) {
  int m = p->mark;
  Expr *n;
  if (parser_expect(p, KW_AS) &&
      (n = action_name(p, parser_expect(p, TOK_NAME))))
    return n;
  p->mark = m;
  return NULL;
}

// dotted_name (left-recursive): dotted_name '.' NAME | NAME
static void *dotted_name_(Parser *p) {
  int mark = p->mark;
  Expr *a = action_name(p, parser_expect(p, TOK_NAME)), *b;
  while (a) {
    int m = p->mark;
    if (!parser_expect(p, TOK_DOT) ||
        !(b = action_name(p, parser_expect(p, TOK_NAME)))) {
      p->mark = m;
      break;
    }
    size_t la = strlen(a->v.name.id), lb = strlen(b->v.name.id);
    char *id = action_alloc(p, la + lb + 2);
    Expr *joined = id ? action_expr(p, EXPR_Name, parser_extra(p, mark)) : NULL;
    if (!joined) return NULL;
    memcpy(id, a->v.name.id, la);
    id[la] = '.';
    memcpy(id + la + 1, b->v.name.id, lb + 1);
    joined->v.name.id = id;
    a = joined;
  }
  return a;
}
Expr *parse_dotted_name(Parser *p) {
  return parser_left_rec_rule(p, MEMO_DOTTED_NAME, dotted_name_);
}

// dotted_as_name: dotted_name ['as' NAME]
static void *dotted_as_name_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_dotted_name(p);
  return a ? alias_node(p, a->v.name.id, parse_as_name(p), mark) : NULL;
}

// import_from_as_name: NAME ['as' NAME]
static void *import_from_as_name_(Parser *p) {
  int mark = p->mark;
  Expr *a = action_name(p, parser_expect(p, TOK_NAME));
  return a ? alias_node(p, a->v.name.id, parse_as_name(p), mark) : NULL;
}

// ','.ITEM+
static int alias_list(Parser *p, RuleFn item, PVec *out) {
  Alias *a = parser_rule(p, item);
  if (!a) return 0;
  pvec_push(p, out, a);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(a = parser_rule(p, item))) {
      p->mark = m;
      return !p->error;
    }
    pvec_push(p, out, a);
  }
}

// import_from_targets: '(' import_from_as_names [','] ')'
//   | import_from_as_names !',' | '*' | invalid_import_from_targets
static int import_from_targets(Parser *p, PVec *out) {
  int mark = p->mark;
  if (parser_expect(p, TOK_LPAR) && alias_list(p, import_from_as_name_, out)) {
    parser_expect(p, TOK_COMMA);
    if (parser_expect(p, TOK_RPAR)) return 1;
  }
  p->mark = mark;
  out->len = 0;
  if (alias_list(p, import_from_as_name_, out) && !parser_at(p, TOK_COMMA))
    return 1;
  p->mark = mark;
  out->len = 0;
  if (parser_expect(p, TOK_STAR))
    return pvec_push(p, out, alias_node(p, "*", NULL, mark)) == 0;
  if (p->call_invalid_rules) parse_invalid_import_from_targets(p);
  return 0;
}

static Stmt *import_from_stmt(Parser *p, const char *module, int level,
                              PVec *names, int mark) {
  Stmt *s = action_stmt(p, STMT_ImportFrom, parser_extra(p, mark));
  if (s) {
    s->v.importfrom.module = module;
    s->v.importfrom.names = pvec_aliases(p, names);
    s->v.importfrom.level = level;
  }
  return s;
}

// ('.' | '...')* as a number of dots.
static int import_dots(Parser *p) {
  int dots = 0;
  for (;;) {
    if (parser_expect(p, TOK_DOT))
      dots += 1;
    else if (parser_expect(p, TOK_ELLIPSIS))
      dots += 3;
    else
      return dots;
  }
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
static Stmt *import_from(Parser *p, int mark) {
  PVec names = {0};
  parser_expect(p, KW_FROM);
  int start = p->mark, dots = import_dots(p);
  Expr *module = parse_dotted_name(p);
  if (module && parser_expect(p, KW_IMPORT) && import_from_targets(p, &names))
    return import_from_stmt(p, module->v.name.id, dots, &names, mark);
  p->mark = start;
  names.len = 0;
  if ((dots = import_dots(p)) > 0 && parser_expect(p, KW_IMPORT) &&
      import_from_targets(p, &names))
    return import_from_stmt(p, NULL, dots, &names, mark);
  return NULL;
}

// import_stmt: import_name | import_from
static void *import_stmt_(Parser *p) {
  int mark = p->mark;
  PVec names = {0};
  if (parser_expect(p, KW_IMPORT)) {
    if (!alias_list(p, dotted_as_name_, &names)) return NULL;
    Stmt *s = action_stmt(p, STMT_Import, parser_extra(p, mark));
    if (s) s->v.import.names = pvec_aliases(p, &names);
    return s;
  }
  return import_from(p, mark);
}
static Stmt *parse_import_stmt(Parser *p) {
  return parser_rule(p, import_stmt_);
}
