// parser_actions.c — building AST nodes for the grammar rules: sequences,
// names (NFKC-normalised), number literals, expression contexts, function
// arguments, and the helpers CPython's Parser/action_helpers.c gives the
// invalid_* rules (expression names, invalid assignment targets).
// tests/parser/README.md.
#include "parser_impl.h"

#include <stdlib.h>
#include <string.h>

#include "parser_unicode.h"

// ==== Allocation and sequences ===============================================

void *action_alloc(Parser *p, size_t size) {
  void *mem = arena_alloc(p->arena, size);
  if (!mem) parser_raise_memory(p);
  return mem;
}

int pvec_push(Parser *p, PVec *v, void *item) {
  if (v->len == v->cap) {
    int cap = v->cap ? v->cap * 2 : 4;
    void **items = action_alloc(p, (size_t)cap * sizeof *items);
    if (!items) return -1;
    if (v->len) memcpy(items, v->items, (size_t)v->len * sizeof *items);
    v->items = items;
    v->cap = cap;
  }
  v->items[v->len++] = item;
  return 0;
}

ExprSeq pvec_exprs(Parser *p, const PVec *v) {
  ExprSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

StmtSeq pvec_stmts(Parser *p, const PVec *v) {
  StmtSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

KeywordSeq pvec_keywords(Parser *p, const PVec *v) {
  KeywordSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

ArgSeq pvec_args(Parser *p, const PVec *v) {
  ArgSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

AliasSeq pvec_aliases(Parser *p, const PVec *v) {
  AliasSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

WithItemSeq pvec_withitems(Parser *p, const PVec *v) {
  WithItemSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

HandlerSeq pvec_handlers(Parser *p, const PVec *v) {
  HandlerSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

ComprehensionSeq pvec_comprehensions(Parser *p, const PVec *v) {
  ComprehensionSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = v->items[i];
  return s;
}

IdentSeq pvec_idents(Parser *p, const PVec *v) {
  IdentSeq s = {v->len, NULL};
  if (v->len && (s.items = action_alloc(p, (size_t)v->len * sizeof *s.items)))
    for (int i = 0; i < v->len; i++)
      s.items[i] = ((Expr *)v->items[i])->v.name.id;
  return s;
}

ExprSeq expr_seq1(Parser *p, Expr *e) {
  PVec v = {0};
  pvec_push(p, &v, e);
  return pvec_exprs(p, &v);
}

StmtSeq stmt_seq1(Parser *p, Stmt *s) {
  PVec v = {0};
  pvec_push(p, &v, s);
  return pvec_stmts(p, &v);
}

// ==== Nodes ==================================================================

Expr *action_expr(Parser *p, ExprKind kind, Loc loc) {
  Expr *e = action_alloc(p, sizeof *e);
  if (!e) return NULL;
  e->kind = kind;
  e->loc = loc;
  return e;
}

Stmt *action_stmt(Parser *p, StmtKind kind, Loc loc) {
  Stmt *s = action_alloc(p, sizeof *s);
  if (!s) return NULL;
  s->kind = kind;
  s->loc = loc;
  return s;
}

Expr *action_constant(Parser *p, ConstKind kind, Loc loc) {
  Expr *e = action_expr(p, EXPR_Constant, loc);
  if (e) e->v.constant.kind = kind;
  return e;
}

Expr *action_binop(Parser *p, Expr *l, OperatorKind op, Expr *r, Loc loc) {
  Expr *e = action_expr(p, EXPR_BinOp, loc);
  if (!e) return NULL;
  e->v.binop.left = l;
  e->v.binop.op = op;
  e->v.binop.right = r;
  return e;
}

Expr *action_tuple(Parser *p, ExprSeq elts, ExprContext ctx, Loc loc) {
  Expr *e = action_expr(p, EXPR_Tuple, loc);
  if (!e) return NULL;
  e->v.list.elts = elts;
  e->v.list.ctx = ctx;
  return e;
}

Expr *action_attribute(Parser *p, Expr *value, Token *name, ExprContext ctx,
                       Loc loc) {
  Expr *n = action_name(p, name);
  Expr *e = n ? action_expr(p, EXPR_Attribute, loc) : NULL;
  if (!e) return NULL;
  e->v.attribute.value = value;
  e->v.attribute.attr = n->v.name.id;
  e->v.attribute.ctx = ctx;
  return e;
}

Expr *action_subscript(Parser *p, Expr *value, Expr *slice, ExprContext ctx,
                       Loc loc) {
  Expr *e = action_expr(p, EXPR_Subscript, loc);
  if (!e) return NULL;
  e->v.subscript.value = value;
  e->v.subscript.slice = slice;
  e->v.subscript.ctx = ctx;
  return e;
}

// _PyPegen_new_identifier: non-ASCII names are NFKC-normalised. Single
// characters are mapped; sequences that only compose together are kept.
static const char *identifier(Parser *p, const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 0x80)
    i++;
  if (i == len) return arena_strndup(p->arena, s, len);
  Buf b;
  buf_init(&b);
  for (i = 0; i < len;) {
    int n, cp = lexer_utf8_decode(s + i, len - i, &n);
    const char *norm = cp >= 0x80 ? unicode_nfkc_char((uint32_t)cp) : NULL;
    if (norm)
      buf_puts(&b, norm);
    else
      buf_append(&b, s + i, (size_t)n);
    i += (size_t)n;
  }
  char *id = b.failed ? NULL : arena_strndup(p->arena, buf_cstr(&b), b.len);
  buf_free(&b);
  return id;
}

// The identifier is made once per token (rules re-read tokens often).
Expr *action_name(Parser *p, Token *t) {
  if (!t) return NULL;
  if (!t->ident && !(t->ident = identifier(p, t->start, (size_t)t->len))) {
    parser_raise_memory(p);
    return NULL;
  }
  Expr *e = action_expr(p, EXPR_Name, parser_token_loc(t));
  if (!e) return NULL;
  e->v.name.id = t->ident;
  e->v.name.ctx = AST_Load;
  return e;
}

// ==== Numbers ================================================================

static int int_digits_exceed_limit(Parser *p, Token *t, const char *s) {
  size_t digits = strlen(s);
  if (digits <= 4300 || s[0] == '0') return 0;
  parser_raise_at(p, SYNTAX_ERROR, t->lineno, -1, t->end_lineno, -1,
                  "Exceeds the limit (4300 digits) for integer string "
                  "conversion: value has %zu digits; use "
                  "sys.set_int_max_str_digits() to increase the limit - "
                  "Consider hexadecimal for huge integer literals to avoid "
                  "decimal conversion limits.",
                  digits);
  return 1;
}

static int is_float_text(const char *s) {
  if (s[0] == '0' && s[1] && strchr("xXoObB", s[1])) return 0;
  return strpbrk(s, ".eE") != NULL;
}

// The literal without underscores, made once per token.
static const char *number_text(Parser *p, Token *t) {
  if (t->ident) return t->ident;
  char *s = action_alloc(p, (size_t)t->len + 1);
  if (!s) return NULL;
  size_t n = 0;
  for (int i = 0; i < t->len; i++)
    if (t->start[i] != '_') s[n++] = t->start[i];
  s[n] = '\0';
  return t->ident = s;
}

Expr *action_number(Parser *p, Token *t) {
  const char *s = t ? number_text(p, t) : NULL;
  if (!s) return NULL;
  size_t n = strlen(s);
  Loc loc = parser_token_loc(t);
  ConstKind kind = s[n - 1] == 'j' || s[n - 1] == 'J' ? CONST_COMPLEX
                   : is_float_text(s)                 ? CONST_FLOAT
                                                      : CONST_INT;
  if (kind == CONST_INT && int_digits_exceed_limit(p, t, s)) return NULL;
  Expr *e = action_constant(p, kind, loc);
  if (!e) return NULL;
  if (kind == CONST_INT) {
    e->v.constant.text = s;
    e->v.constant.len = n;
  } else {
    e->v.constant.f = strtod(s, NULL);
  }
  return e;
}

// ==== Contexts ===============================================================

static Expr *copy_expr(Parser *p, const Expr *e) {
  Expr *c = action_alloc(p, sizeof *c);
  if (c) *c = *e;
  return c;
}

static ExprSeq set_seq_context(Parser *p, ExprSeq seq, ExprContext ctx) {
  PVec v = {0};
  for (int i = 0; i < seq.len; i++)
    pvec_push(p, &v, action_set_context(p, seq.items[i], ctx));
  return pvec_exprs(p, &v);
}

Expr *action_set_context(Parser *p, Expr *e, ExprContext ctx) {
  Expr *c;
  switch (e->kind) {
  case EXPR_Name:
    if ((c = copy_expr(p, e))) c->v.name.ctx = ctx;
    return c;
  case EXPR_Tuple:
  case EXPR_List:
    if ((c = copy_expr(p, e))) {
      c->v.list.elts = set_seq_context(p, e->v.list.elts, ctx);
      c->v.list.ctx = ctx;
    }
    return c;
  case EXPR_Subscript:
    if ((c = copy_expr(p, e))) c->v.subscript.ctx = ctx;
    return c;
  case EXPR_Attribute:
    if ((c = copy_expr(p, e))) c->v.attribute.ctx = ctx;
    return c;
  case EXPR_Starred:
    if ((c = copy_expr(p, e))) {
      c->v.starred.value = action_set_context(p, e->v.starred.value, ctx);
      c->v.starred.ctx = ctx;
    }
    return c;
  default:
    return e;
  }
}

// ==== Error helpers ==========================================================

const char *action_expr_name(const Expr *e) {
  switch (e->kind) {
  case EXPR_Attribute:
    return "attribute";
  case EXPR_Subscript:
    return "subscript";
  case EXPR_Starred:
    return "starred";
  case EXPR_Name:
    return "name";
  case EXPR_List:
    return "list";
  case EXPR_Tuple:
    return "tuple";
  case EXPR_Lambda:
    return "lambda";
  case EXPR_Call:
    return "function call";
  case EXPR_BoolOp:
  case EXPR_BinOp:
  case EXPR_UnaryOp:
    return "expression";
  case EXPR_GeneratorExp:
    return "generator expression";
  case EXPR_Yield:
  case EXPR_YieldFrom:
    return "yield expression";
  case EXPR_Await:
    return "await expression";
  case EXPR_ListComp:
    return "list comprehension";
  case EXPR_SetComp:
    return "set comprehension";
  case EXPR_DictComp:
    return "dict comprehension";
  case EXPR_Dict:
    return "dict literal";
  case EXPR_Set:
    return "set display";
  case EXPR_JoinedStr:
  case EXPR_FormattedValue:
    return "f-string expression";
  case EXPR_Constant:
    switch (e->v.constant.kind) {
    case CONST_NONE:
      return "None";
    case CONST_FALSE:
      return "False";
    case CONST_TRUE:
      return "True";
    case CONST_ELLIPSIS:
      return "ellipsis";
    default:
      return "literal";
    }
  case EXPR_Compare:
    return "comparison";
  case EXPR_IfExp:
    return "conditional expression";
  case EXPR_NamedExpr:
    return "named expression";
  default:
    return "expression";
  }
}

// _PyPegen_get_invalid_target.
static Expr *invalid_target(Expr *e, TargetsType type) {
  if (!e) return NULL;
  switch (e->kind) {
  case EXPR_List:
  case EXPR_Tuple:
    for (int i = 0; i < e->v.list.elts.len; i++) {
      Expr *child = invalid_target(e->v.list.elts.items[i], type);
      if (child) return child;
    }
    return NULL;
  case EXPR_Starred:
    if (type == TARGETS_DEL) return e;
    return invalid_target(e->v.starred.value, type);
  case EXPR_Compare:
    if (type == TARGETS_FOR) {
      if (e->v.compare.ops[0] == AST_In)
        return invalid_target(e->v.compare.left, type);
      return NULL;
    }
    return e;
  case EXPR_Name:
  case EXPR_Subscript:
  case EXPR_Attribute:
    return NULL;
  default:
    return e;
  }
}

void *action_invalid_target(Parser *p, TargetsType type, Expr *e) {
  Expr *bad = invalid_target(e, type);
  if (!bad) return NULL;
  const char *fmt =
      type == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s";
  return parser_raise_range(p, bad->loc, bad->loc, fmt, action_expr_name(bad));
}

int action_is_legacy_name(const Expr *e) {
  return e->kind == EXPR_Name && (strcmp(e->v.name.id, "print") == 0 ||
                                  strcmp(e->v.name.id, "exec") == 0);
}

Expr *action_last_comprehension_item(const Comprehension *c) {
  if (c->ifs.len == 0) return c->iter;
  return c->ifs.items[c->ifs.len - 1];
}

// ==== Arguments ==============================================================

Arguments *action_empty_arguments(Parser *p) {
  return action_alloc(p, sizeof(Arguments));
}

static void push_names(Parser *p, PVec *out, const PVec *pairs) {
  for (int i = 0; i < pairs->len; i++)
    pvec_push(p, out, ((NameDefault *)pairs->items[i])->arg);
}

static void push_defaults(Parser *p, PVec *out, const PVec *pairs) {
  for (int i = 0; i < pairs->len; i++)
    pvec_push(p, out, ((NameDefault *)pairs->items[i])->value);
}

// _PyPegen_make_arguments.
Arguments *action_make_arguments(Parser *p, PVec *slash_no_default,
                                 SlashWithDefault *slash_with_default,
                                 PVec *plain, PVec *with_default,
                                 StarEtc *star_etc) {
  Arguments *a = action_empty_arguments(p);
  if (!a) return NULL;
  PVec posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kwdefs = {0};
  if (slash_no_default) {
    posonly = *slash_no_default;
  } else if (slash_with_default) {
    for (int i = 0; i < slash_with_default->plain.len; i++)
      pvec_push(p, &posonly, slash_with_default->plain.items[i]);
    push_names(p, &posonly, &slash_with_default->with_defaults);
    push_defaults(p, &defaults, &slash_with_default->with_defaults);
  }
  if (plain) args = *plain;
  if (with_default) {
    push_names(p, &args, with_default);
    push_defaults(p, &defaults, with_default);
  }
  if (star_etc) {
    a->vararg = star_etc->vararg;
    a->kwarg = star_etc->kwarg;
    push_names(p, &kwonly, &star_etc->kwonly);
    push_defaults(p, &kwdefs, &star_etc->kwonly);
  }
  a->posonlyargs = pvec_args(p, &posonly);
  a->args = pvec_args(p, &args);
  a->defaults = pvec_exprs(p, &defaults);
  a->kwonlyargs = pvec_args(p, &kwonly);
  a->kw_defaults = pvec_exprs(p, &kwdefs);
  return a;
}
