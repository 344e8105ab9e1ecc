// parser_invalid_stmt.c — the invalid_* rules of Grammar/python.gram for
// statements and parameter lists: missing ':' and indented blocks after
// every compound statement, try/except mistakes, with-items, for targets,
// imports and misplaced '/', '*' and '**' parameters. Second pass only.
// tests/parser/README.md.
#include "parser_impl.h"

static Loc tok_loc(Token *t) {
  return parser_token_loc(t);
}

static void *raise_at_token(Parser *p, Token *t, const char *msg) {
  return parser_raise_range(p, tok_loc(t), tok_loc(t), "%s", msg);
}

// NEWLINE !INDENT: the start of a missing indented block.
static int newline_no_indent(Parser *p) {
  return parser_expect(p, TOK_NEWLINE) && !parser_at(p, TOK_INDENT) &&
         !p->error;
}

static void *expected_indent(Parser *p, const char *what, int lineno) {
  return parser_raise(p, INDENTATION_ERROR,
                      "expected an indented block after "
                      "%s on line %d",
                      what, lineno);
}

// invalid_block: NEWLINE !INDENT
static void *invalid_block_(Parser *p) {
  if (newline_no_indent(p))
    parser_raise(p, INDENTATION_ERROR, "expected an indented block");
  return NULL;
}
void *parse_invalid_block(Parser *p) {
  return parser_rule(p, invalid_block_);
}

// ==== if / elif / else / while ===============================================

// KEYWORD named_expression NEWLINE -> "expected ':'"
// KEYWORD named_expression ':' NEWLINE !INDENT -> expected indented block
static void *header_with_test(Parser *p, int keyword, const char *what,
                              int use_expr_line) {
  int mark = p->mark;
  Token *kw;
  Expr *test;
  if ((kw = parser_expect(p, keyword)) && parse_named_expression(p) &&
      parser_expect(p, TOK_NEWLINE))
    return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  p->mark = mark;
  if (!p->error && (kw = parser_expect(p, keyword)) &&
      (test = parse_named_expression(p)) && parser_expect(p, TOK_COLON) &&
      newline_no_indent(p))
    return expected_indent(p, what,
                           use_expr_line ? test->loc.lineno : kw->lineno);
  return NULL;
}

static void *invalid_if_stmt_(Parser *p) {
  return header_with_test(p, KW_IF, "'if' statement", 1);
}
void *parse_invalid_if_stmt(Parser *p) {
  return parser_rule(p, invalid_if_stmt_);
}

static void *invalid_elif_stmt_(Parser *p) {
  return header_with_test(p, KW_ELIF, "'elif' statement", 0);
}
void *parse_invalid_elif_stmt(Parser *p) {
  return parser_rule(p, invalid_elif_stmt_);
}

static void *invalid_while_stmt_(Parser *p) {
  return header_with_test(p, KW_WHILE, "'while' statement", 0);
}
void *parse_invalid_while_stmt(Parser *p) {
  return parser_rule(p, invalid_while_stmt_);
}

// KEYWORD ':' NEWLINE !INDENT
static void *bare_header(Parser *p, int keyword, const char *what) {
  Token *kw = parser_expect(p, keyword);
  if (kw && parser_expect(p, TOK_COLON) && newline_no_indent(p))
    return expected_indent(p, what, kw->lineno);
  return NULL;
}

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
static void *invalid_else_stmt_(Parser *p) {
  return bare_header(p, KW_ELSE, "'else' statement");
}
void *parse_invalid_else_stmt(Parser *p) {
  return parser_rule(p, invalid_else_stmt_);
}

// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
static void *invalid_finally_stmt_(Parser *p) {
  return bare_header(p, KW_FINALLY, "'finally' statement");
}
void *parse_invalid_finally_stmt(Parser *p) {
  return parser_rule(p, invalid_finally_stmt_);
}

// ==== for / with =============================================================

// invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
static void *invalid_for_stmt_(Parser *p) {
  int mark = p->mark;
  for (int alt = 0; alt < 2 && !p->error; alt++) {
    p->mark = mark;
    parser_expect(p, TOK_ASYNC);
    Token *kw = parser_expect(p, KW_FOR);
    if (!kw || !parse_star_targets(p) || !parser_expect(p, KW_IN) ||
        !parse_star_expressions(p))
      continue;
    if (alt == 0 && parser_expect(p, TOK_NEWLINE))
      return parser_raise(p, SYNTAX_ERROR, "expected ':'");
    if (alt == 1 && parser_expect(p, TOK_COLON) && newline_no_indent(p))
      return expected_indent(p, "'for' statement", kw->lineno);
  }
  return NULL;
}
void *parse_invalid_for_stmt(Parser *p) {
  return parser_rule(p, invalid_for_stmt_);
}

// invalid_for_target: ASYNC? 'for' a=star_expressions
static void *invalid_for_target_(Parser *p) {
  parser_expect(p, TOK_ASYNC);
  Expr *a;
  if (parser_expect(p, KW_FOR) && (a = parse_star_expressions(p)))
    action_invalid_target(p, TARGETS_FOR, a);
  return NULL;
}
void *parse_invalid_for_target(Parser *p) {
  return parser_rule(p, invalid_for_target_);
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
static void *invalid_with_item_(Parser *p) {
  Expr *a;
  if (parse_expression(p) && parser_expect(p, KW_AS) &&
      (a = parse_expression(p)) &&
      (parser_at(p, TOK_COMMA) || parser_at(p, TOK_RPAR) ||
       parser_at(p, TOK_COLON)))
    action_invalid_target(p, TARGETS_STAR, a);
  return NULL;
}
void *parse_invalid_with_item(Parser *p) {
  return parser_rule(p, invalid_with_item_);
}

// ITEM ['as' star_target], ITEM being expression or expressions.
static int with_item_text(Parser *p, Expr *(*item)(Parser *)) {
  if (!item(p)) return 0;
  int m = p->mark;
  if (!parser_expect(p, KW_AS) || !parse_star_target(p)) p->mark = m;
  return !p->error;
}

// ','.(ITEM ['as' star_target])+
static int with_item_list(Parser *p, Expr *(*item)(Parser *)) {
  if (!with_item_text(p, item)) return 0;
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !with_item_text(p, item)) {
      p->mark = m;
      return !p->error;
    }
  }
}

// [ASYNC] 'with' ','.(expression ['as' star_target])+
// [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'
// Returns the 'with' token.
static Token *with_header(Parser *p, int parens) {
  parser_expect(p, TOK_ASYNC);
  Token *kw = parser_expect(p, KW_WITH);
  if (!kw) return NULL;
  if (!parens) return with_item_list(p, parse_expression) ? kw : NULL;
  if (!parser_expect(p, TOK_LPAR) || !with_item_list(p, parse_expressions))
    return NULL;
  parser_expect(p, TOK_COMMA);
  return parser_expect(p, TOK_RPAR) ? kw : NULL;
}

// invalid_with_stmt: the two headers followed by NEWLINE -> "expected ':'"
static void *invalid_with_stmt_(Parser *p) {
  int mark = p->mark;
  for (int parens = 0; parens < 2 && !p->error; parens++) {
    p->mark = mark;
    if (with_header(p, parens) && parser_expect(p, TOK_NEWLINE))
      return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  }
  return NULL;
}
void *parse_invalid_with_stmt(Parser *p) {
  return parser_rule(p, invalid_with_stmt_);
}

// invalid_with_stmt_indent: the two headers ':' NEWLINE !INDENT
static void *invalid_with_stmt_indent_(Parser *p) {
  int mark = p->mark;
  for (int parens = 0; parens < 2 && !p->error; parens++) {
    p->mark = mark;
    Token *kw = with_header(p, parens);
    if (kw && parser_expect(p, TOK_COLON) && newline_no_indent(p))
      return expected_indent(p, "'with' statement", kw->lineno);
  }
  return NULL;
}
void *parse_invalid_with_stmt_indent(Parser *p) {
  return parser_rule(p, invalid_with_stmt_indent_);
}

// ==== try / except ===========================================================

// 'try' ':' block* HANDLER+
static int try_with_handlers(Parser *p, RuleFn handler) {
  if (!parser_expect(p, KW_TRY) || !parser_expect(p, TOK_COLON)) return 0;
  while (parse_block(p)) {
  }
  int n = 0;
  while (parser_rule(p, handler))
    n++;
  return n > 0 && !p->error;
}

static void *except_block_rule(Parser *p) {
  return parse_except_block(p);
}
static void *except_star_block_rule(Parser *p) {
  return parse_except_star_block(p);
}

// ['as' NAME]
static void optional_as_name(Parser *p) {
  int m = p->mark;
  if (!parser_expect(p, KW_AS) || !parser_expect(p, TOK_NAME)) p->mark = m;
}

// invalid_try_stmt: a='try' ':' NEWLINE !INDENT
//   | 'try' ':' block !('except' | 'finally')
//   | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME]
//   ':' | 'try' ':' block* except_star_block+ a='except' [expression ['as'
//   NAME]] ':'
static void *invalid_try_stmt_(Parser *p) {
  int mark = p->mark;
  if (bare_header(p, KW_TRY, "'try' statement") || p->error) return NULL;
  p->mark = mark;
  if (parser_expect(p, KW_TRY) && parser_expect(p, TOK_COLON) &&
      parse_block(p) && !parser_at(p, KW_EXCEPT) && !parser_at(p, KW_FINALLY) &&
      !p->error)
    return parser_raise(p, SYNTAX_ERROR,
                        "expected 'except' or 'finally' block");
  p->mark = mark;
  Token *a, *b;
  if (!p->error && try_with_handlers(p, except_block_rule) &&
      (a = parser_expect(p, KW_EXCEPT)) && (b = parser_expect(p, TOK_STAR)) &&
      parse_expression(p)) {
    optional_as_name(p);
    if (parser_expect(p, TOK_COLON))
      return parser_raise_range(p, tok_loc(a), tok_loc(b),
                                "cannot have both "
                                "'except' and 'except*' on the same 'try'");
  }
  p->mark = mark;
  if (!p->error && try_with_handlers(p, except_star_block_rule) &&
      (a = parser_expect(p, KW_EXCEPT))) {
    int m = p->mark;
    if (parse_expression(p))
      optional_as_name(p);
    else
      p->mark = m;
    if (parser_expect(p, TOK_COLON))
      return raise_at_token(p, a,
                            "cannot have both 'except' and 'except*' on "
                            "the same 'try'");
  }
  return NULL;
}
void *parse_invalid_try_stmt(Parser *p) {
  return parser_rule(p, invalid_try_stmt_);
}

// invalid_except_stmt:
//   'except' '*'? a=expression ',' expressions ['as' NAME] ':'
//   | a='except' '*'? expression ['as' NAME] NEWLINE | a='except' NEWLINE
//   | a='except' '*' (NEWLINE | ':')
static void *invalid_except_stmt_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (parser_expect(p, KW_EXCEPT) && (parser_expect(p, TOK_STAR), 1) &&
      (a = parse_expression(p)) && parser_expect(p, TOK_COMMA) &&
      parse_expressions(p)) {
    optional_as_name(p);
    if (parser_expect(p, TOK_COLON))
      return parser_raise_from(p, a->loc,
                               "multiple exception types must be "
                               "parenthesized");
  }
  p->mark = mark;
  if (!p->error && parser_expect(p, KW_EXCEPT) &&
      (parser_expect(p, TOK_STAR), 1) && parse_expression(p)) {
    optional_as_name(p);
    if (parser_expect(p, TOK_NEWLINE))
      return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  }
  p->mark = mark;
  if (!p->error && parser_expect(p, KW_EXCEPT) && parser_expect(p, TOK_NEWLINE))
    return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  p->mark = mark;
  if (!p->error && parser_expect(p, KW_EXCEPT) && parser_expect(p, TOK_STAR) &&
      (parser_at(p, TOK_NEWLINE) || parser_at(p, TOK_COLON))) {
    p->mark++;
    return parser_raise(p, SYNTAX_ERROR,
                        "expected one or more exception types");
  }
  return NULL;
}
void *parse_invalid_except_stmt(Parser *p) {
  return parser_rule(p, invalid_except_stmt_);
}

// 'except' [STAR] expression ['as' NAME] ':' NEWLINE !INDENT; returns the
// 'except' token when it matches.
static Token *except_header_no_block(Parser *p, int star) {
  Token *a = parser_expect(p, KW_EXCEPT);
  if (!a || (star && !parser_expect(p, TOK_STAR)) || !parse_expression(p))
    return NULL;
  optional_as_name(p);
  return parser_expect(p, TOK_COLON) && newline_no_indent(p) ? a : NULL;
}

// invalid_except_stmt_indent:
//   a='except' expression ['as' NAME] ':' NEWLINE !INDENT
//   | a='except' ':' NEWLINE !INDENT
static void *invalid_except_stmt_indent_(Parser *p) {
  int mark = p->mark;
  Token *a = except_header_no_block(p, 0);
  if (a) return expected_indent(p, "'except' statement", a->lineno);
  p->mark = mark;
  if (!p->error) bare_header(p, KW_EXCEPT, "'except' statement");
  return NULL;
}
void *parse_invalid_except_stmt_indent(Parser *p) {
  return parser_rule(p, invalid_except_stmt_indent_);
}

// invalid_except_star_stmt_indent:
//   a='except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
static void *invalid_except_star_stmt_indent_(Parser *p) {
  Token *a = except_header_no_block(p, 1);
  if (a) expected_indent(p, "'except*' statement", a->lineno);
  return NULL;
}
void *parse_invalid_except_star_stmt_indent(Parser *p) {
  return parser_rule(p, invalid_except_star_stmt_indent_);
}

// ==== def / class / import ===================================================

// invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':'
//   NEWLINE !INDENT
static void *invalid_def_raw_(Parser *p) {
  parser_expect(p, TOK_ASYNC);
  Token *a = parser_expect(p, KW_DEF);
  if (!a || !parser_expect(p, TOK_NAME) || !parser_expect(p, TOK_LPAR))
    return NULL;
  parse_params(p);
  if (p->error || !parser_expect(p, TOK_RPAR)) return NULL;
  int m = p->mark;
  if (!parser_expect(p, TOK_RARROW) || !parse_expression(p)) p->mark = m;
  if (!p->error && parser_expect(p, TOK_COLON) && newline_no_indent(p))
    return expected_indent(p, "function definition", a->lineno);
  return NULL;
}
void *parse_invalid_def_raw(Parser *p) {
  return parser_rule(p, invalid_def_raw_);
}

// 'class' NAME ['(' [arguments] ')']; returns the 'class' token.
static Token *class_header(Parser *p) {
  Token *a = parser_expect(p, KW_CLASS);
  if (!a || !parser_expect(p, TOK_NAME)) return NULL;
  int m = p->mark;
  if (parser_expect(p, TOK_LPAR)) {
    parse_arguments(p);
    if (!p->error && !parser_expect(p, TOK_RPAR)) p->mark = m;
  }
  return p->error ? NULL : a;
}

// invalid_class_def_raw: class_header NEWLINE -> "expected ':'"
//   | a=class_header ':' NEWLINE !INDENT
static void *invalid_class_def_raw_(Parser *p) {
  int mark = p->mark;
  if (class_header(p) && parser_expect(p, TOK_NEWLINE))
    return parser_raise(p, SYNTAX_ERROR, "expected ':'");
  p->mark = mark;
  Token *a;
  if (!p->error && (a = class_header(p)) && parser_expect(p, TOK_COLON) &&
      newline_no_indent(p))
    return expected_indent(p, "class definition", a->lineno);
  return NULL;
}
void *parse_invalid_class_def_raw(Parser *p) {
  return parser_rule(p, invalid_class_def_raw_);
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
static void *invalid_import_from_targets_(Parser *p) {
  if (!parser_expect(p, TOK_NAME)) return NULL;
  for (;;) {
    int m = p->mark;
    if (parser_expect(p, KW_AS) && !parser_expect(p, TOK_NAME)) p->mark = m;
    m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !parser_expect(p, TOK_NAME)) {
      p->mark = m;
      break;
    }
  }
  if (parser_expect(p, TOK_COMMA) && parser_expect(p, TOK_NEWLINE))
    parser_raise(p, SYNTAX_ERROR,
                 "trailing comma not allowed without "
                 "surrounding parentheses");
  return NULL;
}
void *parse_invalid_import_from_targets(Parser *p) {
  return parser_rule(p, invalid_import_from_targets_);
}
