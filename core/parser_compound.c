// parser_compound.c — compound statements of Grammar/python.gram: function
// and class definitions with decorators, if/elif/else, while, for, with,
// try/except/except*/finally, and `match`, which Refscope rejects with a
// SyntaxError of its own. tests/parser/README.md.
#include "parser_impl.h"

#include <string.h>

static Stmt *parse_if_stmt(Parser *p);
static Stmt *parse_with_stmt(Parser *p);
static Stmt *parse_for_stmt(Parser *p);
static Stmt *parse_try_stmt(Parser *p);
static Stmt *parse_while_stmt(Parser *p);
static Stmt *parse_match_stmt(Parser *p);

// compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt
//   | &('class' | '@') class_def | &('with' | ASYNC) with_stmt
//   | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt
//   | match_stmt
static void *compound_stmt_(Parser *p) {
  int mark = p->mark, t = parser_peek(p);
  struct {
    int ok;
    Stmt *(*rule)(Parser *);
  } alts[] = {
      {t == KW_DEF || t == TOK_AT || t == TOK_ASYNC, parse_function_def},
      {t == KW_IF, parse_if_stmt},
      {t == KW_CLASS || t == TOK_AT, parse_class_def},
      {t == KW_WITH || t == TOK_ASYNC, parse_with_stmt},
      {t == KW_FOR || t == TOK_ASYNC, parse_for_stmt},
      {t == KW_TRY, parse_try_stmt},
      {t == KW_WHILE, parse_while_stmt},
      {1, parse_match_stmt},
  };
  for (size_t i = 0; i < sizeof alts / sizeof alts[0] && !p->error; i++) {
    if (!alts[i].ok) continue;
    Stmt *s = alts[i].rule(p);
    if (s || p->error) return s;
    p->mark = mark;
  }
  return NULL;
}
Stmt *parse_compound_stmt(Parser *p) {
  return parser_rule(p, compound_stmt_);
}

static StmtSeq block_or_empty(StmtSeq *b) {
  StmtSeq empty = {0, NULL};
  return b ? *b : empty;
}

// ==== def and class ==========================================================

// decorators: ('@' named_expression NEWLINE)+
static int decorators(Parser *p, PVec *out) {
  for (;;) {
    int m = p->mark;
    Expr *f;
    if (!parser_expect(p, TOK_AT) || !(f = parse_named_expression(p)) ||
        !parser_expect(p, TOK_NEWLINE)) {
      p->mark = m;
      return out->len > 0 && !p->error;
    }
    pvec_push(p, out, f);
  }
}

// [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
static void *function_def_raw_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_def_raw(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  int is_async = parser_expect(p, TOK_ASYNC) != NULL;
  Expr *name, *returns = NULL;
  if (!parser_expect(p, KW_DEF) ||
      !(name = action_name(p, parser_expect(p, TOK_NAME))) ||
      !parser_expect_forced(p, TOK_LPAR, "("))
    return NULL;
  Arguments *params = parse_params(p);
  if (p->error || !parser_expect(p, TOK_RPAR)) return NULL;
  int m = p->mark;
  if (!parser_expect(p, TOK_RARROW) || !(returns = parse_expression(p)))
    p->mark = m;
  StmtSeq *body;
  if (!parser_expect_forced(p, TOK_COLON, ":") || !(body = parse_block(p)))
    return NULL;
  StmtKind kind = is_async ? STMT_AsyncFunctionDef : STMT_FunctionDef;
  Stmt *s = action_stmt(p, kind, parser_extra(p, mark));
  if (s) {
    s->v.funcdef.name = name->v.name.id;
    s->v.funcdef.args = params ? params : action_empty_arguments(p);
    s->v.funcdef.body = *body;
    s->v.funcdef.returns = returns;
  }
  return s;
}

// function_def: decorators function_def_raw | function_def_raw
static void *function_def_(Parser *p) {
  int mark = p->mark;
  PVec decos = {0};
  Stmt *s;
  if (decorators(p, &decos) && (s = parser_rule(p, function_def_raw_))) {
    s->v.funcdef.decorator_list = pvec_exprs(p, &decos);
    return s;
  }
  if (p->error) return NULL;
  p->mark = mark;
  return parser_rule(p, function_def_raw_);
}
Stmt *parse_function_def(Parser *p) {
  return parser_rule(p, function_def_);
}

// class_def_raw: invalid_class_def_raw
//   | 'class' NAME ['(' [arguments] ')'] ':' block
static void *class_def_raw_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_class_def_raw(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *name, *args = NULL;
  if (!parser_expect(p, KW_CLASS) ||
      !(name = action_name(p, parser_expect(p, TOK_NAME))))
    return NULL;
  int m = p->mark;
  if (parser_expect(p, TOK_LPAR)) {
    args = parse_arguments(p);
    if (p->error) return NULL;
    if (!parser_expect(p, TOK_RPAR)) {
      p->mark = m;
      args = NULL;
    }
  }
  StmtSeq *body;
  if (!parser_expect(p, TOK_COLON) || !(body = parse_block(p))) return NULL;
  Stmt *s = action_stmt(p, STMT_ClassDef, parser_extra(p, mark));
  if (s) {
    s->v.classdef.name = name->v.name.id;
    if (args) {
      s->v.classdef.bases = args->v.call.args;
      s->v.classdef.keywords = args->v.call.keywords;
    }
    s->v.classdef.body = *body;
  }
  return s;
}

// class_def: decorators class_def_raw | class_def_raw
static void *class_def_(Parser *p) {
  int mark = p->mark;
  PVec decos = {0};
  Stmt *s;
  if (decorators(p, &decos) && (s = parser_rule(p, class_def_raw_))) {
    s->v.classdef.decorator_list = pvec_exprs(p, &decos);
    return s;
  }
  if (p->error) return NULL;
  p->mark = mark;
  return parser_rule(p, class_def_raw_);
}
Stmt *parse_class_def(Parser *p) {
  return parser_rule(p, class_def_);
}

// ==== if / while / for =======================================================

// else_block: invalid_else_stmt | 'else' &&':' block
static StmtSeq *else_block(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_else_stmt(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  StmtSeq *b;
  if (parser_expect(p, KW_ELSE) && parser_expect_forced(p, TOK_COLON, ":") &&
      (b = parse_block(p)))
    return b;
  p->mark = mark;
  return NULL;
}

// if_stmt / elif_stmt: invalid_X_stmt
//   | KEYWORD named_expression ':' block elif_stmt
//   | KEYWORD named_expression ':' block [else_block]
static Stmt *if_like(Parser *p, int keyword, void *(*invalid)(Parser *)) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    invalid(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *test;
  StmtSeq *body;
  if (!parser_expect(p, keyword) || !(test = parse_named_expression(p)) ||
      !parser_expect(p, TOK_COLON) || !(body = parse_block(p)))
    return NULL;
  int m = p->mark;
  Stmt *elif = if_like(p, KW_ELIF, parse_invalid_elif_stmt);
  StmtSeq orelse = {0, NULL};
  if (elif) {
    orelse = stmt_seq1(p, elif);
  } else if (!p->error) {
    p->mark = m;
    orelse = block_or_empty(else_block(p));
  }
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, STMT_If, parser_extra(p, mark));
  if (s) {
    s->v.if_.test = test;
    s->v.if_.body = *body;
    s->v.if_.orelse = orelse;
  }
  return s;
}

static void *if_stmt_(Parser *p) {
  return if_like(p, KW_IF, parse_invalid_if_stmt);
}
static Stmt *parse_if_stmt(Parser *p) {
  return parser_rule(p, if_stmt_);
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block
// [else_block]
static void *while_stmt_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_while_stmt(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *test;
  StmtSeq *body, *orelse;
  if (!parser_expect(p, KW_WHILE) || !(test = parse_named_expression(p)) ||
      !parser_expect(p, TOK_COLON) || !(body = parse_block(p)))
    return NULL;
  orelse = else_block(p);
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, STMT_While, parser_extra(p, mark));
  if (s) {
    s->v.while_.test = test;
    s->v.while_.body = *body;
    s->v.while_.orelse = block_or_empty(orelse);
  }
  return s;
}
static Stmt *parse_while_stmt(Parser *p) {
  return parser_rule(p, while_stmt_);
}

// for_stmt: invalid_for_stmt
//   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
//   | invalid_for_target
static void *for_stmt_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_for_stmt(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  for (int is_async = 0; is_async < 2; is_async++) {
    p->mark = mark;
    Expr *target, *iter;
    StmtSeq *body, *orelse;
    if ((is_async && !parser_expect(p, TOK_ASYNC)) ||
        !parser_expect(p, KW_FOR) || !(target = parse_star_targets(p)) ||
        !parser_expect(p, KW_IN))
      continue;
    if (!(iter = parse_star_expressions(p)) || !parser_expect(p, TOK_COLON) ||
        !(body = parse_block(p)))
      return NULL; // cut
    orelse = else_block(p);
    if (p->error) return NULL;
    Stmt *s = action_stmt(p, is_async ? STMT_AsyncFor : STMT_For,
                          parser_extra(p, mark));
    if (s) {
      s->v.for_.target = target;
      s->v.for_.iter = iter;
      s->v.for_.body = *body;
      s->v.for_.orelse = block_or_empty(orelse);
    }
    return s;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_for_target(p);
  return NULL;
}
static Stmt *parse_for_stmt(Parser *p) {
  return parser_rule(p, for_stmt_);
}

// ==== with ===================================================================

// with_item: expression 'as' star_target &(',' | ')' | ':')
//   | invalid_with_item | expression
static void *with_item_(Parser *p) {
  int mark = p->mark;
  Expr *e = parse_expression(p), *t = NULL;
  if (!e || !parser_expect(p, KW_AS) || !(t = parse_star_target(p)) ||
      !(parser_at(p, TOK_COMMA) || parser_at(p, TOK_RPAR) ||
        parser_at(p, TOK_COLON))) {
    p->mark = mark;
    t = NULL;
    if (p->call_invalid_rules) {
      parse_invalid_with_item(p);
      if (p->error) return NULL;
      p->mark = mark;
    }
    if (!(e = parse_expression(p))) return NULL;
  }
  WithItem *w = action_alloc(p, sizeof *w);
  if (w) {
    w->context_expr = e;
    w->optional_vars = t;
  }
  return w;
}

// ','.with_item+
static int with_items(Parser *p, PVec *out) {
  WithItem *w = parser_rule(p, with_item_);
  if (!w) return 0;
  pvec_push(p, out, w);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(w = parser_rule(p, with_item_))) {
      p->mark = m;
      return !p->error;
    }
    pvec_push(p, out, w);
  }
}

// [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
// [ASYNC] 'with' ','.with_item+ ':' block
static Stmt *with_alt(Parser *p, int is_async, int parens, int mark) {
  PVec items = {0};
  StmtSeq *body;
  if ((is_async && !parser_expect(p, TOK_ASYNC)) ||
      !parser_expect(p, KW_WITH) || (parens && !parser_expect(p, TOK_LPAR)) ||
      !with_items(p, &items))
    return NULL;
  if (parens) {
    parser_expect(p, TOK_COMMA);
    if (!parser_expect(p, TOK_RPAR)) return NULL;
  }
  if (!parser_expect(p, TOK_COLON) || !(body = parse_block(p))) return NULL;
  Stmt *s = action_stmt(p, is_async ? STMT_AsyncWith : STMT_With,
                        parser_extra(p, mark));
  if (s) {
    s->v.with.items = pvec_withitems(p, &items);
    s->v.with.body = *body;
  }
  return s;
}

// with_stmt: invalid_with_stmt_indent | the four forms above
//   | invalid_with_stmt
static void *with_stmt_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_with_stmt_indent(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  for (int alt = 0; alt < 4; alt++) {
    p->mark = mark;
    Stmt *s = with_alt(p, alt >= 2, alt % 2 == 0, mark);
    if (s || p->error) return s;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_with_stmt(p);
  return NULL;
}
static Stmt *parse_with_stmt(Parser *p) {
  return parser_rule(p, with_stmt_);
}

// ==== try ====================================================================

static ExceptHandler *handler(Parser *p, Expr *type, Expr *name, StmtSeq *body,
                              int mark) {
  ExceptHandler *h = action_alloc(p, sizeof *h);
  if (h) {
    h->type = type;
    h->name = name ? name->v.name.id : NULL;
    h->body = *body;
    h->loc = parser_extra(p, mark);
  }
  return h;
}

// except_block: invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block | 'except' ':' block
//   | invalid_except_stmt
static void *except_block_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_except_stmt_indent(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *type, *name;
  StmtSeq *body;
  if (parser_expect(p, KW_EXCEPT) && (type = parse_expression(p))) {
    name = parse_as_name(p);
    if (!p->error && parser_expect(p, TOK_COLON) && (body = parse_block(p)))
      return handler(p, type, name, body, mark);
  }
  p->mark = mark;
  if (parser_expect(p, KW_EXCEPT) && parser_expect(p, TOK_COLON) &&
      (body = parse_block(p)))
    return handler(p, NULL, NULL, body, mark);
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_except_stmt(p);
  return NULL;
}
void *parse_except_block(Parser *p) {
  return parser_rule(p, except_block_);
}

// except_star_block: invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt
static void *except_star_block_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_except_star_stmt_indent(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *type, *name;
  StmtSeq *body;
  if (parser_expect(p, KW_EXCEPT) && parser_expect(p, TOK_STAR) &&
      (type = parse_expression(p))) {
    name = parse_as_name(p);
    if (!p->error && parser_expect(p, TOK_COLON) && (body = parse_block(p)))
      return handler(p, type, name, body, mark);
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_except_stmt(p);
  return NULL;
}
void *parse_except_star_block(Parser *p) {
  return parser_rule(p, except_star_block_);
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
static StmtSeq *finally_block(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_finally_stmt(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  StmtSeq *b;
  if (parser_expect(p, KW_FINALLY) && parser_expect_forced(p, TOK_COLON, ":") &&
      (b = parse_block(p)))
    return b;
  p->mark = mark;
  return NULL;
}

// HANDLER+ [else_block] [finally_block] after the try block.
static Stmt *try_tail(Parser *p, RuleFn handler_rule, StmtKind kind,
                      StmtSeq *body, int mark) {
  PVec handlers = {0};
  ExceptHandler *h;
  while ((h = parser_rule(p, handler_rule)))
    pvec_push(p, &handlers, h);
  if (p->error || handlers.len == 0) return NULL;
  StmtSeq *orelse = else_block(p), *final = NULL;
  if (!p->error) final = finally_block(p);
  if (p->error) return NULL;
  Stmt *s = action_stmt(p, kind, parser_extra(p, mark));
  if (s) {
    s->v.try_.body = *body;
    s->v.try_.handlers = pvec_handlers(p, &handlers);
    s->v.try_.orelse = block_or_empty(orelse);
    s->v.try_.finalbody = block_or_empty(final);
  }
  return s;
}

// try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
static void *try_stmt_(Parser *p) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_try_stmt(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  StmtSeq *body, *final;
  if (!parser_expect(p, KW_TRY) || !parser_expect_forced(p, TOK_COLON, ":") ||
      !(body = parse_block(p)))
    return NULL;
  int after_body = p->mark;
  if ((final = finally_block(p))) {
    Stmt *s = action_stmt(p, STMT_Try, parser_extra(p, mark));
    if (s) {
      s->v.try_.body = *body;
      s->v.try_.finalbody = *final;
    }
    return s;
  }
  Stmt *s = NULL;
  if (!p->error) {
    p->mark = after_body;
    s = try_tail(p, except_block_, STMT_Try, body, mark);
  }
  if (!s && !p->error) {
    p->mark = after_body;
    s = try_tail(p, except_star_block_, STMT_TryStar, body, mark);
  }
  return s;
}
static Stmt *parse_try_stmt(Parser *p) {
  return parser_rule(p, try_stmt_);
}

// ==== match ==================================================================

// subject_expr: star_named_expression ',' star_named_expressions?
//   | named_expression
static Expr *subject_expr(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_star_named_expression(p);
  if (a && parser_expect(p, TOK_COMMA)) {
    PVec v = {0};
    pvec_push(p, &v, a);
    parse_star_named_expressions(p, &v);
    return action_tuple(p, pvec_exprs(p, &v), AST_Load, parser_extra(p, mark));
  }
  p->mark = mark;
  return parse_named_expression(p);
}

static Token *soft_keyword(Parser *p, const char *word) {
  if (parser_peek(p) != TOK_NAME) return NULL;
  Token *t = p->tokens[p->mark];
  if ((size_t)t->len != strlen(word) || memcmp(t->start, word, t->len) != 0)
    return NULL;
  p->mark++;
  return t;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt. Refscope does not run match statements: a
// statement that starts like one is rejected.
static void *match_stmt_(Parser *p) {
  int mark = p->mark;
  Token *kw = soft_keyword(p, "match");
  if (!kw) return NULL;
  if (subject_expr(p) && parser_expect(p, TOK_COLON)) {
    Loc at = parser_token_loc(kw);
    return parser_raise_range(p, at, at,
                              "match statements are not supported by Refscope");
  }
  p->mark = mark;
  if (p->call_invalid_rules && soft_keyword(p, "match") && subject_expr(p) &&
      parser_expect(p, TOK_NEWLINE))
    return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  return NULL;
}
static Stmt *parse_match_stmt(Parser *p) {
  return parser_rule(p, match_stmt_);
}
