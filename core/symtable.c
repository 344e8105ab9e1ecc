// symtable.c — builds the scopes of a module in two passes, like CPython's
// Python/symtable.c: a walk that records how each name is defined and used
// in each scope, then analyze_block, which resolves every name to local,
// global, free or cell from the enclosing scopes' bindings.
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- Scopes and symbols ----------------------------------------------------------------

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void *grow(Arena *a, void *old, int n, int *cap, size_t elem) {
  if (n < *cap) return old;
  int nc = *cap ? *cap * 2 : 8;
  void *p = arena_alloc(a, elem * (size_t)nc);
  if (p && old) memcpy(p, old, elem * (size_t)n);
  *cap = nc;
  return p;
}

static int find_sym(const Scope *s, const char *name) {
  if (!s->index_cap) return -1;
  uint32_t mask = (uint32_t)s->index_cap - 1, i = name_hash(name) & mask;
  for (;;) {
    int ix = s->index[i];
    if (ix < 0) return -1;
    if (strcmp(s->syms[ix].name, name) == 0) return ix;
    i = (i + 1) & mask;
  }
}

static int rehash(Arena *a, Scope *s) {
  int cap = s->index_cap ? s->index_cap * 2 : 16;
  int *ix = arena_alloc(a, sizeof(int) * (size_t)cap);
  if (!ix) return -1;
  memset(ix, 0xFF, sizeof(int) * (size_t)cap);
  for (int k = 0; k < s->nsyms; k++) {
    uint32_t i = name_hash(s->syms[k].name) & (uint32_t)(cap - 1);
    while (ix[i] >= 0) i = (i + 1) & (uint32_t)(cap - 1);
    ix[i] = k;
  }
  s->index = ix;
  s->index_cap = cap;
  return 0;
}

static Symbol *add_sym(Arena *a, Scope *s, const char *name) {
  int k = find_sym(s, name);
  if (k >= 0) return &s->syms[k];
  s->syms = grow(a, s->syms, s->nsyms, &s->syms_cap, sizeof(Symbol));
  if (!s->syms) return NULL;
  if ((s->nsyms + 1) * 2 > s->index_cap && rehash(a, s) < 0) return NULL;
  Symbol *sym = &s->syms[s->nsyms];
  sym->name = name;
  sym->flags = sym->scope = 0;
  sym->directive = (Loc){0, 0, 0, 0};
  uint32_t i = name_hash(name) & (uint32_t)(s->index_cap - 1);
  while (s->index[i] >= 0) i = (i + 1) & (uint32_t)(s->index_cap - 1);
  s->index[i] = s->nsyms++;
  return sym;
}

int scope_flags(const Scope *s, const char *name) {
  int k = find_sym(s, name);
  return k < 0 ? 0 : s->syms[k].flags;
}

int scope_lookup(const Scope *s, const char *name) {
  int k = find_sym(s, name);
  return k < 0 ? 0 : s->syms[k].scope;
}

const Scope *symtable_scope_for(const SymTable *st, const void *node) {
  for (int i = 0; i < st->nmap; i++)
    if (st->map[i].node == node) return st->map[i].scope;
  return NULL;
}

const char *symtable_mangle(Arena *arena, const char *private_name,
                            const char *name) {
  size_t n = strlen(name);
  if (!private_name || n < 2 || name[0] != '_' || name[1] != '_') return name;
  if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
  if (strchr(name, '.')) return name;
  while (*private_name == '_') private_name++;
  if (!*private_name) return name;
  size_t pn = strlen(private_name);
  char *r = arena_alloc(arena, 1 + pn + n + 1);
  if (!r) return name;
  r[0] = '_';
  memcpy(r + 1, private_name, pn);
  memcpy(r + 1 + pn, name, n + 1);
  return r;
}

// ---- Errors --------------------------------------------------------------------------------

static int st_error(SymTable *st, Loc loc, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  // The offending line's text, as CPython reads it from the file.
  const char *line = st->source, *end = st->source + st->source_len;
  for (int l = 1; l < loc.lineno && line < end; l++) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    line = nl ? nl + 1 : end;
  }
  const char *eol = memchr(line, '\n', (size_t)(end - line));
  size_t len = eol ? (size_t)(eol - line + 1) : (size_t)(end - line);
  syntax_error_set(st->err, SYNTAX_ERROR, msg, loc.lineno, loc.col_offset + 1,
                   loc.end_lineno, loc.end_col_offset + 1, line, len);
  return -1;
}

// ---- Pass 1: recording definitions and uses ---------------------------------------------

static Scope *new_scope(SymTable *st, ScopeKind kind, const char *name,
                        const void *node, Loc loc) {
  Scope *s = arena_alloc(st->arena, sizeof(Scope));
  if (!s) return NULL;
  s->kind = kind;
  s->name = name;
  s->node = node;
  s->loc = loc;
  Scope *parent = st->cur;
  if (parent) {
    s->nested = parent->nested || parent->kind == SCOPE_FUNCTION;
    parent->children = grow(st->arena, parent->children, parent->nchildren,
                            &parent->children_cap, sizeof(Scope *));
    if (!parent->children) return NULL;
    parent->children[parent->nchildren++] = s;
  }
  st->map = grow(st->arena, st->map, st->nmap, &st->map_cap,
                sizeof(struct ScopeMapEntry));
  if (!st->map) return NULL;
  st->map[st->nmap].node = node;
  st->map[st->nmap++].scope = s;
  return s;
}

static int enter_scope(SymTable *st, ScopeKind kind, const char *name,
                       const void *node, Loc loc) {
  Scope *s = new_scope(st, kind, name, node, loc);
  if (!s) return -1;
  st->stack = grow(st->arena, st->stack, st->depth, &st->stack_cap,
                   sizeof(Scope *));
  if (!st->stack) return -1;
  st->stack[st->depth++] = s;
  st->cur = s;
  if (!st->top) st->top = s;
  return 0;
}

static void exit_scope(SymTable *st) {
  st->depth--;
  st->cur = st->depth > 0 ? st->stack[st->depth - 1] : NULL;
}

// symtable_add_def: records [flag] for [name] in the current scope.
static int add_def_in(SymTable *st, Scope *s, const char *name, int flag,
                      Loc loc) {
  const char *mangled = symtable_mangle(st->arena, st->private_name, name);
  Symbol *sym = add_sym(st->arena, s, mangled);
  if (!sym) return -1;
  if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
    return st_error(st, loc, "duplicate argument '%s' in function definition",
                    mangled);
  sym->flags |= flag;
  // The first directive is the one errors point at (error_at_directive).
  if ((flag & (DEF_GLOBAL | DEF_NONLOCAL)) && sym->directive.lineno == 0)
    sym->directive = loc;
  if (flag & DEF_PARAM) {
    s->params = grow(st->arena, s->params, s->nparams, &s->params_cap,
                     sizeof(char *));
    if (!s->params) return -1;
    s->params[s->nparams++] = mangled;
  } else if (flag & DEF_GLOBAL) {
    Symbol *g = add_sym(st->arena, st->top, mangled);
    if (!g) return -1;
    g->flags |= flag;
  }
  return 0;
}

static int add_def(SymTable *st, const char *name, int flag, Loc loc) {
  return add_def_in(st, st->cur, name, flag, loc);
}

enum { COMPILER_STACK_FRAME_SCALE = 3 };

static int visit_expr(SymTable *st, Expr *e);
static int visit_stmt(SymTable *st, Stmt *s);

static int visit_exprs(SymTable *st, ExprSeq *seq) {
  for (int i = 0; i < seq->len; i++)
    if (seq->items[i] && visit_expr(st, seq->items[i]) < 0) return -1;
  return 0;
}

static int visit_stmts(SymTable *st, StmtSeq *seq) {
  for (int i = 0; i < seq->len; i++)
    if (visit_stmt(st, seq->items[i]) < 0) return -1;
  return 0;
}

static int visit_params(SymTable *st, ArgSeq *args) {
  for (int i = 0; i < args->len; i++)
    if (add_def(st, args->items[i]->arg, DEF_PARAM, args->items[i]->loc) < 0)
      return -1;
  return 0;
}

static int visit_arguments(SymTable *st, Arguments *a) {
  if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
      visit_params(st, &a->kwonlyargs) < 0)
    return -1;
  if (a->vararg) {
    if (add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->loc) < 0) return -1;
    st->cur->varargs = true;
  }
  if (a->kwarg) {
    if (add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->loc) < 0) return -1;
    st->cur->varkeywords = true;
  }
  return 0;
}

static int visit_annotations_of(SymTable *st, ArgSeq *args) {
  for (int i = 0; i < args->len; i++)
    if (args->items[i]->annotation &&
        visit_expr(st, args->items[i]->annotation) < 0)
      return -1;
  return 0;
}

static int visit_all_annotations(SymTable *st, Arguments *a, Expr *returns) {
  if (visit_annotations_of(st, &a->posonlyargs) < 0 ||
      visit_annotations_of(st, &a->args) < 0 ||
      visit_annotations_of(st, &a->kwonlyargs) < 0)
    return -1;
  if (a->vararg && a->vararg->annotation &&
      visit_expr(st, a->vararg->annotation) < 0)
    return -1;
  if (a->kwarg && a->kwarg->annotation &&
      visit_expr(st, a->kwarg->annotation) < 0)
    return -1;
  return returns ? visit_expr(st, returns) : 0;
}

static int visit_defaults(SymTable *st, Arguments *a) {
  if (visit_exprs(st, &a->defaults) < 0) return -1;
  return visit_exprs(st, &a->kw_defaults);
}

static int visit_function(SymTable *st, Stmt *s) {
  if (add_def(st, s->v.funcdef.name, DEF_LOCAL, s->loc) < 0) return -1;
  Arguments *a = s->v.funcdef.args;
  if (visit_defaults(st, a) < 0) return -1;
  if (visit_all_annotations(st, a, s->v.funcdef.returns) < 0) return -1;
  if (visit_exprs(st, &s->v.funcdef.decorator_list) < 0) return -1;
  if (enter_scope(st, SCOPE_FUNCTION, s->v.funcdef.name, s, s->loc) < 0)
    return -1;
  st->cur->is_coroutine = s->kind == STMT_AsyncFunctionDef;
  if (visit_arguments(st, a) < 0 || visit_stmts(st, &s->v.funcdef.body) < 0)
    return -1;
  exit_scope(st);
  return 0;
}

static int visit_class(SymTable *st, Stmt *s) {
  if (add_def(st, s->v.classdef.name, DEF_LOCAL, s->loc) < 0) return -1;
  if (visit_exprs(st, &s->v.classdef.bases) < 0) return -1;
  for (int i = 0; i < s->v.classdef.keywords.len; i++)
    if (visit_expr(st, s->v.classdef.keywords.items[i]->value) < 0) return -1;
  if (visit_exprs(st, &s->v.classdef.decorator_list) < 0) return -1;
  if (enter_scope(st, SCOPE_CLASS, s->v.classdef.name, s, s->loc) < 0)
    return -1;
  const char *saved = st->private_name;
  st->private_name = s->v.classdef.name;
  int r = visit_stmts(st, &s->v.classdef.body);
  st->private_name = saved;
  if (r < 0) return -1;
  exit_scope(st);
  return 0;
}

static int visit_global_or_nonlocal(SymTable *st, Stmt *s, bool global) {
  IdentSeq *names = &s->v.global.names;
  if (!global && st->cur->kind == SCOPE_MODULE)
    return st_error(st, s->loc,
                    "nonlocal declaration not allowed at module level");
  for (int i = 0; i < names->len; i++) {
    const char *name = symtable_mangle(st->arena, st->private_name,
                                       names->items[i]);
    int cur = scope_flags(st->cur, name);
    if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
      const char *what = global ? "global" : "nonlocal";
      if (cur & DEF_PARAM)
        return st_error(st, s->loc, "name '%s' is parameter and %s", name, what);
      if (cur & DEF_USE)
        return st_error(st, s->loc, "name '%s' is used prior to %s declaration",
                        name, what);
      if (cur & DEF_ANNOT)
        return st_error(st, s->loc, "annotated name '%s' can't be %s", name,
                        what);
      return st_error(st, s->loc, "name '%s' is assigned to before %s "
                      "declaration", name, what);
    }
    if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->loc) < 0)
      return -1;
  }
  return 0;
}

static int visit_alias(SymTable *st, Alias *a, Loc loc) {
  const char *name = a->asname ? a->asname : a->name;
  if (strcmp(name, "*") == 0) {
    if (st->cur->kind != SCOPE_MODULE)
      return st_error(st, a->loc, "import * only allowed at module level");
    return 0;
  }
  char *dot = strchr(name, '.');
  if (dot) name = arena_strndup(st->arena, name, (size_t)(dot - name));
  return add_def(st, name, DEF_IMPORT, loc);
}

static int visit_handlers(SymTable *st, HandlerSeq *hs) {
  for (int i = 0; i < hs->len; i++) {
    ExceptHandler *h = hs->items[i];
    if (h->type && visit_expr(st, h->type) < 0) return -1;
    if (h->name && add_def(st, h->name, DEF_LOCAL, h->loc) < 0) return -1;
    if (visit_stmts(st, &h->body) < 0) return -1;
  }
  return 0;
}

static int visit_annassign(SymTable *st, Stmt *s) {
  Expr *t = s->v.annassign.target;
  if (t->kind == EXPR_Name) {
    int cur = scope_flags(st->cur, t->v.name.id);
    if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top &&
        s->v.annassign.simple)
      return st_error(st, s->loc, cur & DEF_GLOBAL
                                      ? "annotated name '%s' can't be global"
                                      : "annotated name '%s' can't be nonlocal",
                      t->v.name.id);
    if (s->v.annassign.simple &&
        add_def(st, t->v.name.id, DEF_ANNOT | DEF_LOCAL, t->loc) < 0)
      return -1;
    if (s->v.annassign.value && add_def(st, t->v.name.id, DEF_LOCAL, t->loc) < 0)
      return -1;
  } else if (visit_expr(st, t) < 0) {
    return -1;
  }
  if (visit_expr(st, s->v.annassign.annotation) < 0) return -1;
  return s->v.annassign.value ? visit_expr(st, s->v.annassign.value) : 0;
}

static int visit_stmt_kind(SymTable *st, Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef:
    return visit_function(st, s);
  case STMT_ClassDef:
    return visit_class(st, s);
  case STMT_Return:
    return s->v.return_.value ? visit_expr(st, s->v.return_.value) : 0;
  case STMT_Delete:
    return visit_exprs(st, &s->v.delete_.targets);
  case STMT_Assign:
    if (visit_exprs(st, &s->v.assign.targets) < 0) return -1;
    return visit_expr(st, s->v.assign.value);
  case STMT_AugAssign:
    if (visit_expr(st, s->v.augassign.target) < 0) return -1;
    return visit_expr(st, s->v.augassign.value);
  case STMT_AnnAssign:
    return visit_annassign(st, s);
  case STMT_For:
  case STMT_AsyncFor:
    if (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0)
      return -1;
    if (visit_stmts(st, &s->v.for_.body) < 0) return -1;
    return visit_stmts(st, &s->v.for_.orelse);
  case STMT_While:
  case STMT_If:
    if (visit_expr(st, s->v.if_.test) < 0 || visit_stmts(st, &s->v.if_.body) < 0)
      return -1;
    return visit_stmts(st, &s->v.if_.orelse);
  case STMT_With:
  case STMT_AsyncWith:
    for (int i = 0; i < s->v.with.items.len; i++) {
      WithItem *w = s->v.with.items.items[i];
      if (visit_expr(st, w->context_expr) < 0) return -1;
      if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) return -1;
    }
    return visit_stmts(st, &s->v.with.body);
  case STMT_Raise:
    if (s->v.raise.exc && visit_expr(st, s->v.raise.exc) < 0) return -1;
    return s->v.raise.cause ? visit_expr(st, s->v.raise.cause) : 0;
  case STMT_Try:
  case STMT_TryStar:
    if (visit_stmts(st, &s->v.try_.body) < 0 ||
        visit_handlers(st, &s->v.try_.handlers) < 0 ||
        visit_stmts(st, &s->v.try_.orelse) < 0)
      return -1;
    return visit_stmts(st, &s->v.try_.finalbody);
  case STMT_Assert:
    if (visit_expr(st, s->v.assert_.test) < 0) return -1;
    return s->v.assert_.msg ? visit_expr(st, s->v.assert_.msg) : 0;
  case STMT_Import:
  case STMT_ImportFrom: {
    AliasSeq *names = s->kind == STMT_Import ? &s->v.import.names
                                              : &s->v.importfrom.names;
    for (int i = 0; i < names->len; i++)
      if (visit_alias(st, names->items[i], s->loc) < 0) return -1;
    return 0;
  }
  case STMT_Global:
    return visit_global_or_nonlocal(st, s, true);
  case STMT_Nonlocal:
    return visit_global_or_nonlocal(st, s, false);
  case STMT_Expr:
    return visit_expr(st, s->v.expr.value);
  case STMT_Pass:
  case STMT_Break:
  case STMT_Continue:
    return 0;
  }
  return 0;
}

// ---- Expressions: names, lambdas, comprehensions ------------------------------------------

static int visit_comprehension(SymTable *st, Expr *e, const char *name,
                               bool is_generator) {
  ComprehensionSeq *gens = &e->v.comp.generators;
  Comprehension *outer = gens->items[0];
  // The outermost iterable is evaluated in the enclosing scope.
  st->cur->in_comp_iter = true;
  int r = visit_expr(st, outer->iter);
  st->cur->in_comp_iter = false;
  if (r < 0) return -1;
  if (enter_scope(st, SCOPE_FUNCTION, name, e, e->loc) < 0) return -1;
  Scope *s = st->cur;
  s->is_comprehension = true;
  s->is_generator = is_generator;
  if (add_def(st, ".0", DEF_PARAM, e->loc) < 0) return -1;
  for (int i = 0; i < gens->len; i++) {
    Comprehension *g = gens->items[i];
    if (i > 0) {
      st->cur->in_comp_iter = true;
      r = visit_expr(st, g->iter);
      st->cur->in_comp_iter = false;
      if (r < 0) return -1;
    }
    if (visit_expr(st, g->target) < 0 || visit_exprs(st, &g->ifs) < 0) return -1;
  }
  if (e->kind == EXPR_DictComp) {
    if (visit_expr(st, e->v.comp.key) < 0 || visit_expr(st, e->v.comp.value) < 0)
      return -1;
  } else if (visit_expr(st, e->v.comp.elt) < 0) {
    return -1;
  }
  exit_scope(st);
  return 0;
}

static int comp_yield_error(SymTable *st, Expr *e) {
  Scope *s = st->cur;
  if (!s->is_comprehension) return 0;
  const char *what = "comprehension";
  const char *n = s->name;
  if (strcmp(n, "<listcomp>") == 0) what = "list comprehension";
  else if (strcmp(n, "<setcomp>") == 0) what = "set comprehension";
  else if (strcmp(n, "<dictcomp>") == 0) what = "dict comprehension";
  else if (strcmp(n, "<genexpr>") == 0) what = "generator expression";
  return st_error(st, e->loc, "'%s' inside %s",
                  e->kind == EXPR_YieldFrom ? "yield from" : "yield", what);
}

static int visit_named_expr(SymTable *st, Expr *e) {
  Expr *target = e->v.namedexpr.target;
  if (st->cur->in_comp_iter)
    return st_error(st, e->loc, "assignment expression cannot be used in a "
                    "comprehension iterable expression");
  if (visit_expr(st, e->v.namedexpr.value) < 0) return -1;
  // Inside a comprehension the target binds in the enclosing function.
  for (int d = st->depth - 1; d >= 0; d--) {
    Scope *s = st->stack[d];
    if (!s->is_comprehension) {
      if (s->kind == SCOPE_CLASS)
        return st_error(st, e->loc, "assignment expression within a "
                        "comprehension cannot be used in a class body");
      if (s == st->cur) return add_def(st, target->v.name.id, DEF_LOCAL, target->loc);
      int f = scope_flags(s, target->v.name.id);
      int flag = s->kind == SCOPE_MODULE || (f & DEF_GLOBAL) ? DEF_GLOBAL
                                                             : DEF_NONLOCAL;
      if (add_def_in(st, s, target->v.name.id, DEF_LOCAL, target->loc) < 0)
        return -1;
      for (int k = d + 1; k < st->depth; k++)
        if (add_def_in(st, st->stack[k], target->v.name.id, flag, target->loc) < 0)
          return -1;
      return 0;
    }
    if (scope_flags(s, target->v.name.id) & DEF_COMP_ITER)
      return st_error(st, e->loc, "assignment expression cannot rebind "
                      "comprehension iteration variable '%s'",
                      target->v.name.id);
  }
  return 0;
}

static int visit_name(SymTable *st, Expr *e) {
  const char *id = e->v.name.id;
  int flag = e->v.name.ctx == AST_Load ? DEF_USE : DEF_LOCAL;
  if (st->cur->is_comprehension && e->v.name.ctx == AST_Store)
    flag |= DEF_COMP_ITER;
  if (add_def(st, id, flag, e->loc) < 0) return -1;
  // super() in a method needs the implicit __class__ cell.
  if (e->v.name.ctx == AST_Load && st->cur->kind == SCOPE_FUNCTION &&
      strcmp(id, "super") == 0)
    return add_def(st, "__class__", DEF_USE, e->loc);
  return 0;
}

static int visit_expr_kind(SymTable *st, Expr *e) {
  switch (e->kind) {
  case EXPR_NamedExpr:
    return visit_named_expr(st, e);
  case EXPR_BoolOp:
    return visit_exprs(st, &e->v.boolop.values);
  case EXPR_BinOp:
    if (visit_expr(st, e->v.binop.left) < 0) return -1;
    return visit_expr(st, e->v.binop.right);
  case EXPR_UnaryOp:
    return visit_expr(st, e->v.unaryop.operand);
  case EXPR_Lambda: {
    Arguments *a = e->v.lambda.args;
    if (visit_defaults(st, a) < 0) return -1;
    if (enter_scope(st, SCOPE_FUNCTION, "<lambda>", e, e->loc) < 0) return -1;
    st->cur->is_lambda = true;
    if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.lambda.body) < 0)
      return -1;
    exit_scope(st);
    return 0;
  }
  case EXPR_IfExp:
    if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0)
      return -1;
    return visit_expr(st, e->v.ifexp.orelse);
  case EXPR_Dict:
    if (visit_exprs(st, &e->v.dict.keys) < 0) return -1;
    return visit_exprs(st, &e->v.dict.values);
  case EXPR_Set:
    return visit_exprs(st, &e->v.set.elts);
  case EXPR_GeneratorExp:
    return visit_comprehension(st, e, "<genexpr>", true);
  case EXPR_ListComp:
    return visit_comprehension(st, e, "<listcomp>", false);
  case EXPR_SetComp:
    return visit_comprehension(st, e, "<setcomp>", false);
  case EXPR_DictComp:
    return visit_comprehension(st, e, "<dictcomp>", false);
  case EXPR_Yield:
  case EXPR_YieldFrom:
    if (e->v.yield.value && visit_expr(st, e->v.yield.value) < 0) return -1;
    if (comp_yield_error(st, e) < 0) return -1;
    st->cur->is_generator = true;
    return 0;
  case EXPR_Await:
    if (visit_expr(st, e->v.await_.value) < 0) return -1;
    st->cur->is_coroutine = true;
    return 0;
  case EXPR_Compare:
    if (visit_expr(st, e->v.compare.left) < 0) return -1;
    return visit_exprs(st, &e->v.compare.comparators);
  case EXPR_Call:
    if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, &e->v.call.args) < 0)
      return -1;
    for (int i = 0; i < e->v.call.keywords.len; i++)
      if (visit_expr(st, e->v.call.keywords.items[i]->value) < 0) return -1;
    return 0;
  case EXPR_FormattedValue:
    if (visit_expr(st, e->v.formatted.value) < 0) return -1;
    return e->v.formatted.format_spec ? visit_expr(st, e->v.formatted.format_spec)
                                      : 0;
  case EXPR_JoinedStr:
    return visit_exprs(st, &e->v.joinedstr.values);
  case EXPR_Constant:
    return 0;
  case EXPR_Attribute:
    return visit_expr(st, e->v.attribute.value);
  case EXPR_Subscript:
    if (visit_expr(st, e->v.subscript.value) < 0) return -1;
    return visit_expr(st, e->v.subscript.slice);
  case EXPR_Starred:
    return visit_expr(st, e->v.starred.value);
  case EXPR_Slice:
    if (e->v.slice.lower && visit_expr(st, e->v.slice.lower) < 0) return -1;
    if (e->v.slice.upper && visit_expr(st, e->v.slice.upper) < 0) return -1;
    return e->v.slice.step ? visit_expr(st, e->v.slice.step) : 0;
  case EXPR_Name:
    return visit_name(st, e);
  case EXPR_List:
  case EXPR_Tuple:
    return visit_exprs(st, &e->v.list.elts);
  }
  return 0;
}

// ---- Pass 2: analyze_block ------------------------------------------------------------------
// Name sets are small sorted-free arrays of names (duplicates avoided).

typedef struct NameSet {
  const char **items;
  int n, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name) {
  for (int i = 0; s && i < s->n; i++)
    if (strcmp(s->items[i], name) == 0) return true;
  return false;
}

static int set_add(Arena *a, NameSet *s, const char *name) {
  if (set_has(s, name)) return 0;
  s->items = grow(a, s->items, s->n, &s->cap, sizeof(char *));
  if (!s->items) return -1;
  s->items[s->n++] = name;
  return 0;
}

static void set_remove(NameSet *s, const char *name) {
  for (int i = 0; s && i < s->n; i++)
    if (strcmp(s->items[i], name) == 0) {
      s->items[i] = s->items[--s->n];
      return;
    }
}

static int set_copy(Arena *a, NameSet *dst, const NameSet *src) {
  memset(dst, 0, sizeof *dst);
  for (int i = 0; src && i < src->n; i++)
    if (set_add(a, dst, src->items[i]) < 0) return -1;
  return 0;
}


static int analyze_name(SymTable *st, Scope *ste, Symbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global) {
  const char *name = sym->name;
  int flags = sym->flags;
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL)
      return st_error(st, sym->directive, "name '%s' is nonlocal and global",
                      name);
    sym->scope = SYM_GLOBAL_EXPLICIT;
    if (set_add(st->arena, global, name) < 0) return -1;
    if (bound) set_remove(bound, name);
    return 0;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound)
      return st_error(st, sym->directive,
                      "nonlocal declaration not allowed at module level");
    if (!set_has(bound, name))
      return st_error(st, sym->directive, "no binding for nonlocal '%s' found",
                      name);
    sym->scope = SYM_FREE;
    ste->has_free = true;
    return set_add(st->arena, free, name);
  }
  if (flags & DEF_BOUND) {
    sym->scope = SYM_LOCAL;
    if (set_add(st->arena, local, name) < 0) return -1;
    set_remove(global, name);
    return 0;
  }
  if (bound && set_has(bound, name)) {
    sym->scope = SYM_FREE;
    ste->has_free = true;
    return set_add(st->arena, free, name);
  }
  if (global && set_has(global, name)) {
    sym->scope = SYM_GLOBAL_IMPLICIT;
    return 0;
  }
  if (ste->nested) ste->has_free = true;
  sym->scope = SYM_GLOBAL_IMPLICIT;
  return 0;
}

static int analyze_block(SymTable *st, Scope *ste, NameSet *bound,
                         NameSet *free, NameSet *global);

static int analyze_child(SymTable *st, Scope *child, NameSet *bound,
                         NameSet *free, NameSet *global, NameSet *child_free) {
  // CPython copies [free] here; it is always empty at this point (the
  // parent adds its children's free names after analyzing all of them).
  UNUSED(free);
  NameSet b, f = {0}, g;
  if (set_copy(st->arena, &b, bound) < 0 || set_copy(st->arena, &g, global) < 0)
    return -1;
  if (analyze_block(st, child, &b, &f, &g) < 0) return -1;
  for (int i = 0; i < f.n; i++)
    if (set_add(st->arena, child_free, f.items[i]) < 0) return -1;
  return 0;
}

static int analyze_block(SymTable *st, Scope *ste, NameSet *bound,
                         NameSet *free, NameSet *global) {
  NameSet local = {0}, newbound = {0}, newfree = {0}, newglobal = {0},
          allfree = {0};
  if (ste->kind == SCOPE_CLASS) {
    if (set_copy(st->arena, &newglobal, global) < 0) return -1;
    if (bound && set_copy(st->arena, &newbound, bound) < 0) return -1;
  }
  for (int i = 0; i < ste->nsyms; i++)
    if (analyze_name(st, ste, &ste->syms[i], ste->kind == SCOPE_MODULE ? NULL : bound,
                     &local, free, global) < 0)
      return -1;
  if (ste->kind != SCOPE_CLASS) {
    if (ste->kind == SCOPE_FUNCTION)
      for (int i = 0; i < local.n; i++)
        if (set_add(st->arena, &newbound, local.items[i]) < 0) return -1;
    for (int i = 0; bound && i < bound->n; i++)
      if (set_add(st->arena, &newbound, bound->items[i]) < 0) return -1;
    if (set_copy(st->arena, &newglobal, global) < 0) return -1;
  } else if (set_add(st->arena, &newbound, "__class__") < 0) {
    return -1;
  }
  for (int i = 0; i < ste->nchildren; i++) {
    Scope *c = ste->children[i];
    if (analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree) < 0)
      return -1;
    if (c->has_free || c->child_free) ste->child_free = true;
  }
  for (int i = 0; i < allfree.n; i++)
    if (set_add(st->arena, &newfree, allfree.items[i]) < 0) return -1;
  if (ste->kind == SCOPE_FUNCTION) {
    // analyze_cells: locals that children use become cells.
    for (int i = 0; i < ste->nsyms; i++) {
      Symbol *sym = &ste->syms[i];
      if (sym->scope == SYM_LOCAL && set_has(&newfree, sym->name)) {
        sym->scope = SYM_CELL;
        set_remove(&newfree, sym->name);
      }
    }
  } else if (ste->kind == SCOPE_CLASS && set_has(&newfree, "__class__")) {
    set_remove(&newfree, "__class__");
    ste->needs_class_closure = true;
  }
  // update_symbols: names free in children but not used here pass through.
  for (int i = 0; i < newfree.n; i++) {
    const char *name = newfree.items[i];
    int k = find_sym(ste, name);
    if (k >= 0) {
      Symbol *sym = &ste->syms[k];
      if (ste->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
        sym->flags |= DEF_FREE_CLASS;
      continue;
    }
    if (bound && !set_has(bound, name)) continue;
    if (ste->kind == SCOPE_MODULE) continue;
    Symbol *sym = add_sym(st->arena, ste, name);
    if (!sym) return -1;
    sym->scope = SYM_FREE;
  }
  for (int i = 0; i < newfree.n; i++)
    if (set_add(st->arena, free, newfree.items[i]) < 0) return -1;
  return 0;
}

// CPython's compiler passes count the statements and expressions they are
// inside and give up past 3 x the recursion limit (so no C stack overflows).
static int too_deep(SymTable *st) {
  syntax_error_set(st->err, SYNTAX_RECURSION_ERROR,
                   "maximum recursion depth exceeded during compilation",
                   SYNTAX_NONE, SYNTAX_NONE, SYNTAX_NONE, SYNTAX_NONE, NULL, 0);
  st->err->print_location = 0;
  return -1;
}

static int visit_expr(SymTable *st, Expr *e) {
  if (++st->nesting > st->max_nesting) return too_deep(st);
  int r = visit_expr_kind(st, e);
  st->nesting--;
  return r;
}

static int visit_stmt(SymTable *st, Stmt *s) {
  if (++st->nesting > st->max_nesting) return too_deep(st);
  int r = visit_stmt_kind(st, s);
  st->nesting--;
  return r;
}

SymTable *symtable_build(Arena *arena, Module *mod, int recursion_limit,
                         const char *source, size_t source_len,
                         const char *filename, SyntaxErrorInfo *err) {
  SymTable *st = arena_alloc(arena, sizeof(SymTable));
  if (!st) return NULL;
  st->nesting = 0;
  st->max_nesting = recursion_limit * COMPILER_STACK_FRAME_SCALE;
  st->arena = arena;
  st->err = err;
  st->filename = filename;
  st->source = source;
  st->source_len = source_len;
  Loc loc = {1, 0, 1, 0};
  if (enter_scope(st, SCOPE_MODULE, "top", mod, loc) < 0) return NULL;
  if (visit_stmts(st, &mod->body) < 0) return NULL;
  exit_scope(st);
  NameSet free = {0}, global = {0};
  if (analyze_block(st, st->top, NULL, &free, &global) < 0) return NULL;
  return st;
}
