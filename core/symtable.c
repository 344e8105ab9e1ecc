// symtable.c — the symbol table (see symtable.h), after CPython 3.11's
// Python/symtable.c: a first pass records each scope's names with flags,
// a second pass resolves them (local, global, free, cell), and a last walk
// in the compiler's evaluation order lists co_varnames as compile.c would.
// tests/parser/README.md describes the checks against python3.
#include "symtable_impl.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ==== Name maps ==============================================================

static unsigned hash_name(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static int map_slot(const NameMap *m, const char *key) {
  unsigned i = hash_name(key) & (unsigned)(m->cap - 1);
  while (m->keys[i] && strcmp(m->keys[i], key) != 0)
    i = (i + 1) & (unsigned)(m->cap - 1);
  return (int)i;
}

int symtab_map_get(const NameMap *m, const char *key, int *val) {
  if (!m->cap) return 0;
  int i = map_slot(m, key);
  if (!m->keys[i]) return 0;
  if (val) *val = m->vals[i];
  return 1;
}

static void *map_mem(NameMap *m, size_t size) {
  void *p = m->arena ? arena_alloc(m->arena, size) : calloc(1, size);
  return p;
}

static int map_grow(NameMap *m) {
  NameMap bigger = {NULL, NULL, m->cap ? m->cap * 2 : 8, 0, m->arena};
  bigger.keys = map_mem(&bigger, (size_t)bigger.cap * sizeof *bigger.keys);
  bigger.vals = map_mem(&bigger, (size_t)bigger.cap * sizeof *bigger.vals);
  if (!bigger.keys || !bigger.vals) return -1;
  for (int i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    int j = map_slot(&bigger, m->keys[i]);
    bigger.keys[j] = m->keys[i];
    bigger.vals[j] = m->vals[i];
  }
  bigger.len = m->len;
  if (!m->arena) {
    free(m->keys);
    free(m->vals);
  }
  *m = bigger;
  return 0;
}

int symtab_map_put(NameMap *m, const char *key, int val) {
  if ((m->len + 1) * 2 > m->cap && map_grow(m) < 0) return -1;
  int i = map_slot(m, key);
  if (!m->keys[i]) {
    m->keys[i] = key;
    m->len++;
  }
  m->vals[i] = val;
  return 0;
}

// Removes [key] (backward-shift deletion). Returns 1 if it was there.
int symtab_map_del(NameMap *m, const char *key) {
  if (!m->cap) return 0;
  unsigned mask = (unsigned)(m->cap - 1), i = (unsigned)map_slot(m, key);
  if (!m->keys[i]) return 0;
  m->keys[i] = NULL;
  m->len--;
  for (unsigned j = (i + 1) & mask; m->keys[j]; j = (j + 1) & mask) {
    const char *k = m->keys[j];
    int v = m->vals[j];
    m->keys[j] = NULL;
    int slot = map_slot(m, k);
    m->keys[slot] = k;
    m->vals[slot] = v;
  }
  return 1;
}

void symtab_map_free(NameMap *m) {
  if (!m->arena) {
    free(m->keys);
    free(m->vals);
  }
  memset(m, 0, sizeof *m);
}

// [dst] |= [src] (as sets).
int symtab_map_union(NameMap *dst, const NameMap *src) {
  for (int i = 0; i < src->cap; i++)
    if (src->keys[i] && symtab_map_put(dst, src->keys[i], 1) < 0) return -1;
  return 0;
}

// ==== State ==================================================================

// Grows the arena array *[items] of [size]-byte elements to hold [need].
int symtab_grow(Arena *arena, void **items, int *cap, int need, size_t size) {
  if (need <= *cap) return 0;
  int n = *cap ? *cap * 2 : 4;
  while (n < need)
    n *= 2;
  void *fresh = arena_alloc(arena, (size_t)n * size);
  if (!fresh) return -1;
  if (*cap) memcpy(fresh, *items, (size_t)*cap * size);
  *items = fresh;
  *cap = n;
  return 0;
}

int symtab_oom(SymTable *st) {
  syntax_error_set(st->err, SYNTAX_MEMORY_ERROR, "", SYNTAX_NONE, SYNTAX_NONE,
                   SYNTAX_NONE, SYNTAX_NONE, NULL, 0);
  st->err->print_location = 0;
  st->failed = 1;
  return 0;
}

// A SyntaxError at [loc] (PyErr_RangedSyntaxLocationObject): byte offsets,
// the line re-read from the file.
int symtab_error_at(SymTable *st, Loc loc, const char *fmt, const char *name) {
  char msg[400];
  snprintf(msg, sizeof msg, fmt, name);
  size_t n = 0;
  char *text =
      syntax_error_program_text(st->source, st->source_len, loc.lineno, 1, &n);
  syntax_error_set(st->err, SYNTAX_ERROR, msg, loc.lineno, loc.col_offset + 1,
                   loc.end_lineno, loc.end_col_offset + 1, text, n);
  free(text);
  st->failed = 1;
  return 0;
}

const char *symtable_mangle(Arena *arena, const char *class_name,
                            const char *name) {
  size_t n = strlen(name);
  if (!class_name || name[0] != '_' || name[1] != '_') return name;
  if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
    return name;
  while (*class_name == '_')
    class_name++;
  if (!*class_name) return name;
  size_t c = strlen(class_name);
  char *out = arena_alloc(arena, c + n + 2);
  if (!out) return NULL;
  out[0] = '_';
  memcpy(out + 1, class_name, c);
  memcpy(out + 1 + c, name, n + 1);
  return out;
}

// ==== Scopes and symbols =====================================================

static int node_put(SymTable *st, const void *node, Scope *s) {
  if ((st->node_len + 1) * 2 > st->node_cap) {
    int cap = st->node_cap ? st->node_cap * 2 : 64;
    const void **keys = arena_alloc(st->arena, (size_t)cap * sizeof *keys);
    Scope **vals = arena_alloc(st->arena, (size_t)cap * sizeof *vals);
    if (!keys || !vals) return symtab_oom(st);
    for (int i = 0; i < st->node_cap; i++) {
      if (!st->node_keys[i]) continue;
      unsigned j =
          (unsigned)((uintptr_t)st->node_keys[i] >> 4) & (unsigned)(cap - 1);
      while (keys[j])
        j = (j + 1) & (unsigned)(cap - 1);
      keys[j] = st->node_keys[i];
      vals[j] = st->node_vals[i];
    }
    st->node_keys = keys;
    st->node_vals = vals;
    st->node_cap = cap;
  }
  unsigned j = (unsigned)((uintptr_t)node >> 4) & (unsigned)(st->node_cap - 1);
  while (st->node_keys[j])
    j = (j + 1) & (unsigned)(st->node_cap - 1);
  st->node_keys[j] = node;
  st->node_vals[j] = s;
  st->node_len++;
  return 1;
}

const Scope *symtable_scope_for(const SymTable *st, const void *node) {
  if (!st->node_cap || !node) return NULL;
  unsigned j = (unsigned)((uintptr_t)node >> 4) & (unsigned)(st->node_cap - 1);
  while (st->node_keys[j]) {
    if (st->node_keys[j] == node) return st->node_vals[j];
    j = (j + 1) & (unsigned)(st->node_cap - 1);
  }
  return NULL;
}

const Scope *symtable_top(const SymTable *st) {
  return st->top;
}

Arena *symtable_arena(const SymTable *st) {
  return st->arena;
}

Symbol *symtab_lookup(const Scope *s, const char *name) {
  int i;
  return symtab_map_get(&s->impl->index, name, &i) ? &s->symbols[i] : NULL;
}

int scope_symbol(const Scope *s, const char *name, int *flags_out) {
  Symbol *sym = symtab_lookup(s, name);
  if (flags_out) *flags_out = sym ? sym->flags : 0;
  return sym ? (int)sym->scope : SCOPE_UNKNOWN;
}

Symbol *symtab_add_symbol(SymTable *st, Scope *s, const char *name) {
  ScopeImpl *im = s->impl;
  if (symtab_grow(st->arena, (void **)&s->symbols, &im->symbols_cap,
                  s->nsymbols + 1, sizeof *s->symbols) < 0 ||
      symtab_map_put(&im->index, name, s->nsymbols) < 0) {
    symtab_oom(st);
    return NULL;
  }
  Symbol *sym = &s->symbols[s->nsymbols++];
  sym->name = name;
  sym->flags = 0;
  sym->scope = SCOPE_UNKNOWN;
  return sym;
}

int symtab_push_name(SymTable *st, NameList *list, int *cap, const char *name) {
  if (symtab_grow(st->arena, (void **)&list->items, cap, list->len + 1,
                  sizeof *list->items) < 0)
    return symtab_oom(st);
  list->items[list->len++] = name;
  return 1;
}

// symtable_add_def_helper: records [flag] for [name] in scope [s].
static int add_def_in(SymTable *st, const char *name, int flag, Scope *s,
                      Loc loc) {
  const char *mangled = symtable_mangle(st->arena, st->private_name, name);
  if (!mangled) return symtab_oom(st);
  Symbol *sym = symtab_lookup(s, mangled);
  if (sym && (flag & SYM_PARAM) && (sym->flags & SYM_PARAM))
    return symtab_error_at(
        st, loc, "duplicate argument '%s' in function definition", name);
  if (!sym && !(sym = symtab_add_symbol(st, s, mangled))) return 0;
  int val = sym->flags | flag;
  if (s->impl->comp_iter_target) {
    if (val & (SYM_GLOBAL | SYM_NONLOCAL))
      return symtab_error_at(st, loc,
                             "comprehension inner loop cannot rebind "
                             "assignment expression target '%s'",
                             name);
    val |= SYM_COMP_ITER;
  }
  sym->flags = val;
  if (flag & SYM_PARAM)
    return symtab_push_name(st, &s->impl->params, &s->impl->params_cap,
                            mangled);
  if (flag & SYM_GLOBAL) {
    Symbol *g = symtab_lookup(st->top, mangled);
    if (!g && !(g = symtab_add_symbol(st, st->top, mangled))) return 0;
    g->flags |= flag;
  }
  return 1;
}

static int add_def(SymTable *st, const char *name, int flag, Loc loc) {
  return add_def_in(st, name, flag, st->cur, loc);
}

// symtable_lookup: the flags of [name] in the current scope.
static int lookup_flags(SymTable *st, const char *name) {
  const char *mangled = symtable_mangle(st->arena, st->private_name, name);
  Symbol *sym = mangled ? symtab_lookup(st->cur, mangled) : NULL;
  return sym ? sym->flags : 0;
}

static int record_directive(SymTable *st, const char *name, Loc loc) {
  ScopeImpl *im = st->cur->impl;
  const char *mangled = symtable_mangle(st->arena, st->private_name, name);
  if (!mangled ||
      symtab_grow(st->arena, (void **)&im->directives, &im->directives_cap,
                  im->ndirectives + 1, sizeof *im->directives) < 0)
    return symtab_oom(st);
  im->directives[im->ndirectives++] = (Directive){mangled, loc};
  return 1;
}

static int enter_block(SymTable *st, const char *name, BlockType type,
                       const void *node, Loc loc) {
  Scope *s = arena_alloc(st->arena, sizeof *s);
  ScopeImpl *im = arena_alloc(st->arena, sizeof *im);
  if (!s || !im) return symtab_oom(st);
  s->impl = im;
  im->index.arena = st->arena;
  s->type = type;
  s->name = name;
  s->node = node;
  s->lineno = loc.lineno;
  s->col_offset = loc.col_offset;
  s->parent = st->cur;
  if (st->cur && (st->cur->nested || st->cur->type == BLOCK_FUNCTION))
    s->nested = 1;
  if (st->cur) im->comp_iter_expr = st->cur->impl->comp_iter_expr;
  if (symtab_grow(st->arena, (void **)&st->stack, &st->stack_cap, st->depth + 1,
                  sizeof *st->stack) < 0)
    return symtab_oom(st);
  st->stack[st->depth++] = s;
  // Annotation blocks are nobody's children (CPython drops them).
  if (type == BLOCK_ANNOTATION || !st->cur) {
    st->cur = s;
    return type == BLOCK_ANNOTATION || node_put(st, node, s);
  }
  Scope *p = st->cur;
  if (symtab_grow(st->arena, (void **)&p->children, &p->impl->children_cap,
                  p->nchildren + 1, sizeof *p->children) < 0 ||
      !node_put(st, node, s))
    return symtab_oom(st);
  p->children[p->nchildren++] = s;
  st->cur = s;
  return 1;
}

static void exit_block(SymTable *st) {
  st->depth--;
  st->cur = st->depth ? st->stack[st->depth - 1] : NULL;
}

// ==== First pass: statements =================================================

static int visit_stmt(SymTable *st, const Stmt *s);
static int visit_expr(SymTable *st, const Expr *e);

static int visit_stmts(SymTable *st, StmtSeq seq) {
  for (int i = 0; i < seq.len; i++)
    if (!visit_stmt(st, seq.items[i])) return 0;
  return 1;
}

// VISIT_SEQ / VISIT_SEQ_WITH_NULL.
static int visit_exprs(SymTable *st, ExprSeq seq) {
  for (int i = 0; i < seq.len; i++)
    if (seq.items[i] && !visit_expr(st, seq.items[i])) return 0;
  return 1;
}

static int recursion_error(SymTable *st) {
  syntax_error_set(st->err, SYNTAX_RECURSION_ERROR,
                   "maximum recursion depth exceeded during compilation",
                   SYNTAX_NONE, SYNTAX_NONE, SYNTAX_NONE, SYNTAX_NONE, NULL, 0);
  st->err->print_location = 0;
  st->failed = 1;
  return 0;
}

static int visit_params(SymTable *st, ArgSeq args) {
  for (int i = 0; i < args.len; i++)
    if (!add_def(st, args.items[i]->arg, SYM_PARAM, args.items[i]->loc))
      return 0;
  return 1;
}

// symtable_visit_arguments: parameters in the order they get slots.
static int visit_arguments(SymTable *st, const Arguments *a) {
  if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
      !visit_params(st, a->kwonlyargs))
    return 0;
  if (a->vararg) {
    if (!add_def(st, a->vararg->arg, SYM_PARAM, a->vararg->loc)) return 0;
    st->cur->varargs = 1;
  }
  if (a->kwarg) {
    if (!add_def(st, a->kwarg->arg, SYM_PARAM, a->kwarg->loc)) return 0;
    st->cur->varkeywords = 1;
  }
  return 1;
}

// Annotations go to a throwaway block under the `annotations` future.
static int enter_annotation(SymTable *st, const void *node, Loc loc) {
  return !st->future_annotations ||
         enter_block(st, "_annotation", BLOCK_ANNOTATION, node, loc);
}

static void exit_annotation(SymTable *st) {
  if (st->future_annotations) exit_block(st);
}

static int visit_annotation(SymTable *st, const Expr *ann) {
  if (!enter_annotation(st, ann, ann->loc) || !visit_expr(st, ann)) return 0;
  exit_annotation(st);
  return 1;
}

static int visit_arg_annotations(SymTable *st, ArgSeq args) {
  for (int i = 0; i < args.len; i++)
    if (args.items[i]->annotation && !visit_expr(st, args.items[i]->annotation))
      return 0;
  return 1;
}

// symtable_visit_annotations: parameter annotations, then the return one.
static int visit_annotations(SymTable *st, const Stmt *s, const Arguments *a,
                             const Expr *returns) {
  if (!enter_annotation(st, s, s->loc) ||
      !visit_arg_annotations(st, a->posonlyargs) ||
      !visit_arg_annotations(st, a->args) ||
      (a->vararg && a->vararg->annotation &&
       !visit_expr(st, a->vararg->annotation)) ||
      (a->kwarg && a->kwarg->annotation &&
       !visit_expr(st, a->kwarg->annotation)) ||
      !visit_arg_annotations(st, a->kwonlyargs))
    return 0;
  exit_annotation(st);
  return !returns || visit_annotation(st, returns);
}

static int visit_function(SymTable *st, const Stmt *s) {
  const Arguments *a = s->v.funcdef.args;
  if (!add_def(st, s->v.funcdef.name, SYM_LOCAL, s->loc) ||
      !visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults) ||
      !visit_annotations(st, s, a, s->v.funcdef.returns) ||
      !visit_exprs(st, s->v.funcdef.decorator_list) ||
      !enter_block(st, s->v.funcdef.name, BLOCK_FUNCTION, s, s->loc))
    return 0;
  if (s->kind == STMT_AsyncFunctionDef) st->cur->coroutine = 1;
  if (!visit_arguments(st, a) || !visit_stmts(st, s->v.funcdef.body)) return 0;
  exit_block(st);
  return 1;
}

static int visit_keywords(SymTable *st, KeywordSeq kws) {
  for (int i = 0; i < kws.len; i++)
    if (!visit_expr(st, kws.items[i]->value)) return 0;
  return 1;
}

static int visit_class(SymTable *st, const Stmt *s) {
  if (!add_def(st, s->v.classdef.name, SYM_LOCAL, s->loc) ||
      !visit_exprs(st, s->v.classdef.bases) ||
      !visit_keywords(st, s->v.classdef.keywords) ||
      !visit_exprs(st, s->v.classdef.decorator_list) ||
      !enter_block(st, s->v.classdef.name, BLOCK_CLASS, s, s->loc))
    return 0;
  const char *saved = st->private_name;
  st->private_name = s->v.classdef.name;
  int ok = visit_stmts(st, s->v.classdef.body);
  st->private_name = saved;
  if (ok) exit_block(st);
  return ok;
}

static int visit_ann_assign(SymTable *st, const Stmt *s) {
  const Expr *t = s->v.annassign.target;
  if (t->kind != EXPR_Name) {
    if (!visit_expr(st, t)) return 0;
  } else {
    int cur = lookup_flags(st, t->v.name.id);
    if ((cur & (SYM_GLOBAL | SYM_NONLOCAL)) && st->cur != st->top &&
        s->v.annassign.simple)
      return symtab_error_at(st, s->loc,
                             cur & SYM_GLOBAL
                                 ? "annotated name '%s' can't be global"
                                 : "annotated name '%s' can't be nonlocal",
                             t->v.name.id);
    int flag = s->v.annassign.simple  ? SYM_ANNOT | SYM_LOCAL
               : s->v.annassign.value ? SYM_LOCAL
                                      : 0;
    if (flag && !add_def(st, t->v.name.id, flag, t->loc)) return 0;
  }
  return visit_annotation(st, s->v.annassign.annotation) &&
         (!s->v.annassign.value || visit_expr(st, s->v.annassign.value));
}

// global / nonlocal statements.
static int visit_declaration(SymTable *st, const Stmt *s) {
  int global = s->kind == STMT_Global;
  const char *kw = global ? "global" : "nonlocal";
  for (int i = 0; i < s->v.global.names.len; i++) {
    const char *name = s->v.global.names.items[i];
    int cur = lookup_flags(st, name);
    if (cur & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
      char fmt[100];
      snprintf(fmt, sizeof fmt,
               cur & SYM_PARAM   ? "name '%%s' is parameter and %s"
               : cur & SYM_USE   ? "name '%%s' is used prior to %s declaration"
               : cur & SYM_ANNOT ? "annotated name '%%s' can't be %s"
                                 : "name '%%s' is assigned to before %s "
                                   "declaration",
               kw);
      return symtab_error_at(st, s->loc, fmt, name);
    }
    if (!add_def(st, name, global ? SYM_GLOBAL : SYM_NONLOCAL, s->loc) ||
        !record_directive(st, name, s->loc))
      return 0;
  }
  return 1;
}

static int visit_alias(SymTable *st, const Alias *a) {
  const char *name = a->asname ? a->asname : a->name;
  if (strcmp(name, "*") == 0) {
    if (st->cur->type == BLOCK_MODULE) return 1;
    return symtab_error_at(st, a->loc, "%s",
                           "import * only allowed at module level");
  }
  const char *dot = strchr(name, '.');
  if (dot && !(name = arena_strndup(st->arena, name, (size_t)(dot - name))))
    return symtab_oom(st);
  return add_def(st, name, SYM_IMPORT, a->loc);
}

static int visit_aliases(SymTable *st, AliasSeq names) {
  for (int i = 0; i < names.len; i++)
    if (!visit_alias(st, names.items[i])) return 0;
  return 1;
}

static int visit_handlers(SymTable *st, HandlerSeq hs) {
  for (int i = 0; i < hs.len; i++) {
    const ExceptHandler *h = hs.items[i];
    if ((h->type && !visit_expr(st, h->type)) ||
        (h->name && !add_def(st, h->name, SYM_LOCAL, h->loc)) ||
        !visit_stmts(st, h->body))
      return 0;
  }
  return 1;
}

static int visit_with(SymTable *st, const Stmt *s) {
  for (int i = 0; i < s->v.with.items.len; i++) {
    const WithItem *w = s->v.with.items.items[i];
    if (!visit_expr(st, w->context_expr) ||
        (w->optional_vars && !visit_expr(st, w->optional_vars)))
      return 0;
  }
  return visit_stmts(st, s->v.with.body);
}

static int visit_stmt_kind(SymTable *st, const Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef:
    return visit_function(st, s);
  case STMT_ClassDef:
    return visit_class(st, s);
  case STMT_Return:
    if (!s->v.return_.value) return 1;
    st->cur->returns_value = 1;
    return visit_expr(st, s->v.return_.value);
  case STMT_Delete:
    return visit_exprs(st, s->v.delete_.targets);
  case STMT_Assign:
    return visit_exprs(st, s->v.assign.targets) &&
           visit_expr(st, s->v.assign.value);
  case STMT_AnnAssign:
    return visit_ann_assign(st, s);
  case STMT_AugAssign:
    return visit_expr(st, s->v.augassign.target) &&
           visit_expr(st, s->v.augassign.value);
  case STMT_For:
  case STMT_AsyncFor:
    return visit_expr(st, s->v.for_.target) && visit_expr(st, s->v.for_.iter) &&
           visit_stmts(st, s->v.for_.body) && visit_stmts(st, s->v.for_.orelse);
  case STMT_While:
  case STMT_If:
    return visit_expr(st, s->v.if_.test) && visit_stmts(st, s->v.if_.body) &&
           visit_stmts(st, s->v.if_.orelse);
  case STMT_Raise:
    return !s->v.raise.exc ||
           (visit_expr(st, s->v.raise.exc) &&
            (!s->v.raise.cause || visit_expr(st, s->v.raise.cause)));
  case STMT_Try:
  case STMT_TryStar:
    return visit_stmts(st, s->v.try_.body) &&
           visit_stmts(st, s->v.try_.orelse) &&
           visit_handlers(st, s->v.try_.handlers) &&
           visit_stmts(st, s->v.try_.finalbody);
  case STMT_Assert:
    return visit_expr(st, s->v.assert_.test) &&
           (!s->v.assert_.msg || visit_expr(st, s->v.assert_.msg));
  case STMT_Import:
    return visit_aliases(st, s->v.import.names);
  case STMT_ImportFrom:
    return visit_aliases(st, s->v.importfrom.names);
  case STMT_Global:
  case STMT_Nonlocal:
    return visit_declaration(st, s);
  case STMT_Expr:
    return visit_expr(st, s->v.expr.value);
  case STMT_With:
  case STMT_AsyncWith:
    return visit_with(st, s);
  case STMT_Pass:
  case STMT_Break:
  case STMT_Continue:
    return 1;
  }
  return 1;
}

static int visit_stmt(SymTable *st, const Stmt *s) {
  if (++st->recursion_depth > st->recursion_limit) return recursion_error(st);
  int ok = visit_stmt_kind(st, s);
  st->recursion_depth--;
  return ok;
}

// ==== First pass: expressions ================================================

static int raise_if_annotation(SymTable *st, const char *what, const Expr *e) {
  if (st->cur->type != BLOCK_ANNOTATION) return 1;
  return symtab_error_at(st, e->loc,
                         "'%s' can not be used within an "
                         "annotation",
                         what);
}

// symtable_extend_namedexpr_scope: a walrus in a comprehension binds in
// the nearest enclosing function or module.
static int extend_namedexpr_scope(SymTable *st, const Expr *target) {
  const char *name = target->v.name.id;
  for (int i = st->depth - 1; i >= 0; i--) {
    Scope *s = st->stack[i];
    Symbol *sym = symtab_lookup(s, name);
    if (s->comprehension) {
      if (sym && (sym->flags & SYM_COMP_ITER))
        return symtab_error_at(st, target->loc,
                               "assignment expression cannot "
                               "rebind comprehension iteration variable '%s'",
                               name);
      continue;
    }
    if (s->type == BLOCK_FUNCTION) {
      int flag = sym && (sym->flags & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL;
      return add_def(st, name, flag, target->loc) &&
             record_directive(st, name, target->loc) &&
             add_def_in(st, name, SYM_LOCAL, s, target->loc);
    }
    if (s->type == BLOCK_MODULE)
      return add_def(st, name, SYM_GLOBAL, target->loc) &&
             record_directive(st, name, target->loc) &&
             add_def_in(st, name, SYM_GLOBAL, s, target->loc);
    if (s->type == BLOCK_CLASS)
      return symtab_error_at(st, target->loc, "%s",
                             "assignment expression "
                             "within a comprehension cannot be used in a "
                             "class body");
  }
  return 1;
}

static int visit_namedexpr(SymTable *st, const Expr *e) {
  if (!raise_if_annotation(st, "named expression", e)) return 0;
  if (st->cur->impl->comp_iter_expr > 0)
    return symtab_error_at(st, e->loc, "%s",
                           "assignment expression cannot be "
                           "used in a comprehension iterable expression");
  if (st->cur->comprehension &&
      !extend_namedexpr_scope(st, e->v.namedexpr.target))
    return 0;
  return visit_expr(st, e->v.namedexpr.value) &&
         visit_expr(st, e->v.namedexpr.target);
}

static int visit_lambda(SymTable *st, const Expr *e) {
  const Arguments *a = e->v.lambda.args;
  if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults) ||
      !enter_block(st, "lambda", BLOCK_FUNCTION, e, e->loc) ||
      !visit_arguments(st, a) || !visit_expr(st, e->v.lambda.body))
    return 0;
  exit_block(st);
  return 1;
}

// symtable_visit_comprehension for the generators after the first.
static int visit_generator(SymTable *st, const Comprehension *c) {
  ScopeImpl *im = st->cur->impl;
  im->comp_iter_target = 1;
  if (!visit_expr(st, c->target)) return 0;
  im->comp_iter_target = 0;
  im->comp_iter_expr++;
  if (!visit_expr(st, c->iter)) return 0;
  im->comp_iter_expr--;
  if (!visit_exprs(st, c->ifs)) return 0;
  if (c->is_async) st->cur->coroutine = 1;
  return 1;
}

static int comprehension_body(SymTable *st, const Expr *e) {
  const Comprehension *first = e->v.comp.generators.items[0];
  ScopeImpl *im = st->cur->impl;
  if (first->is_async) st->cur->coroutine = 1;
  Loc here = e->loc; // the implicit ".0" parameter
  if (!add_def(st, ".0", SYM_PARAM, here)) return 0;
  im->comp_iter_target = 1;
  if (!visit_expr(st, first->target)) return 0;
  im->comp_iter_target = 0;
  if (!visit_exprs(st, first->ifs)) return 0;
  for (int i = 1; i < e->v.comp.generators.len; i++)
    if (!visit_generator(st, e->v.comp.generators.items[i])) return 0;
  if (e->v.comp.value && !visit_expr(st, e->v.comp.value)) return 0;
  return visit_expr(st,
                    e->kind == EXPR_DictComp ? e->v.comp.key : e->v.comp.elt);
}

// symtable_handle_comprehension: the outermost iterable is evaluated in the
// enclosing scope, the rest in the comprehension's own function scope.
static int visit_comprehension(SymTable *st, const Expr *e) {
  static const char *const names[] = {"", "listcomp", "dictcomp", "setcomp",
                                      "genexpr"};
  ComprehensionKind kind = e->kind == EXPR_ListComp   ? COMP_LIST
                           : e->kind == EXPR_SetComp  ? COMP_SET
                           : e->kind == EXPR_DictComp ? COMP_DICT
                                                      : COMP_GENEXP;
  const Comprehension *first = e->v.comp.generators.items[0];
  st->cur->impl->comp_iter_expr++;
  if (!visit_expr(st, first->iter)) return 0;
  st->cur->impl->comp_iter_expr--;
  if (!enter_block(st, names[kind], BLOCK_FUNCTION, e, e->loc)) return 0;
  st->cur->comprehension = kind;
  if (!comprehension_body(st, e)) return 0;
  st->cur->generator = kind == COMP_GENEXP;
  int is_async = st->cur->coroutine && kind != COMP_GENEXP;
  exit_block(st);
  if (is_async) st->cur->coroutine = 1;
  return 1;
}

static int visit_yield(SymTable *st, const Expr *e) {
  static const char *const msgs[] = {"", "'yield' inside list comprehension",
                                     "'yield' inside dict comprehension",
                                     "'yield' inside set comprehension",
                                     "'yield' inside generator expression"};
  if (!raise_if_annotation(st, "yield expression", e)) return 0;
  if (e->v.yield.value && !visit_expr(st, e->v.yield.value)) return 0;
  st->cur->generator = 1;
  if (st->cur->comprehension)
    return symtab_error_at(st, e->loc, "%s", msgs[st->cur->comprehension]);
  return 1;
}

static int visit_name(SymTable *st, const Expr *e) {
  int load = e->v.name.ctx == AST_Load;
  if (!add_def(st, e->v.name.id, load ? SYM_USE : SYM_LOCAL, e->loc)) return 0;
  // `super` counts as a use of __class__.
  if (load && st->cur->type == BLOCK_FUNCTION &&
      strcmp(e->v.name.id, "super") == 0)
    return add_def(st, "__class__", SYM_USE, e->loc);
  return 1;
}

static int visit_expr_kind(SymTable *st, const Expr *e) {
  switch (e->kind) {
  case EXPR_NamedExpr:
    return visit_namedexpr(st, e);
  case EXPR_BoolOp:
    return visit_exprs(st, e->v.boolop.values);
  case EXPR_BinOp:
    return visit_expr(st, e->v.binop.left) && visit_expr(st, e->v.binop.right);
  case EXPR_UnaryOp:
    return visit_expr(st, e->v.unaryop.operand);
  case EXPR_Lambda:
    return visit_lambda(st, e);
  case EXPR_IfExp:
    return visit_expr(st, e->v.ifexp.test) && visit_expr(st, e->v.ifexp.body) &&
           visit_expr(st, e->v.ifexp.orelse);
  case EXPR_Dict:
    return visit_exprs(st, e->v.dict.keys) && visit_exprs(st, e->v.dict.values);
  case EXPR_Set:
    return visit_exprs(st, e->v.set.elts);
  case EXPR_ListComp:
  case EXPR_SetComp:
  case EXPR_DictComp:
  case EXPR_GeneratorExp:
    return visit_comprehension(st, e);
  case EXPR_Yield:
  case EXPR_YieldFrom:
    return visit_yield(st, e);
  case EXPR_Await:
    if (!raise_if_annotation(st, "await expression", e) ||
        !visit_expr(st, e->v.await_.value))
      return 0;
    st->cur->coroutine = 1;
    return 1;
  case EXPR_Compare:
    return visit_expr(st, e->v.compare.left) &&
           visit_exprs(st, e->v.compare.comparators);
  case EXPR_Call:
    return visit_expr(st, e->v.call.func) && visit_exprs(st, e->v.call.args) &&
           visit_keywords(st, e->v.call.keywords);
  case EXPR_FormattedValue:
    return visit_expr(st, e->v.formatted.value) &&
           (!e->v.formatted.format_spec ||
            visit_expr(st, e->v.formatted.format_spec));
  case EXPR_JoinedStr:
    return visit_exprs(st, e->v.joinedstr.values);
  case EXPR_Constant:
    return 1;
  case EXPR_Attribute:
    return visit_expr(st, e->v.attribute.value);
  case EXPR_Subscript:
    return visit_expr(st, e->v.subscript.value) &&
           visit_expr(st, e->v.subscript.slice);
  case EXPR_Starred:
    return visit_expr(st, e->v.starred.value);
  case EXPR_Slice:
    return (!e->v.slice.lower || visit_expr(st, e->v.slice.lower)) &&
           (!e->v.slice.upper || visit_expr(st, e->v.slice.upper)) &&
           (!e->v.slice.step || visit_expr(st, e->v.slice.step));
  case EXPR_Name:
    return visit_name(st, e);
  case EXPR_List:
  case EXPR_Tuple:
    return visit_exprs(st, e->v.list.elts);
  }
  return 1;
}

static int visit_expr(SymTable *st, const Expr *e) {
  if (++st->recursion_depth > st->recursion_limit) return recursion_error(st);
  int ok = visit_expr_kind(st, e);
  st->recursion_depth--;
  return ok;
}

// ==== Building ===============================================================

// future.c: `from __future__ import annotations` among the leading future
// statements (after an optional docstring).
static int has_future_annotations(const Module *mod) {
  for (int i = 0; i < mod->body.len; i++) {
    const Stmt *s = mod->body.items[i];
    if (i == 0 && s->kind == STMT_Expr &&
        s->v.expr.value->kind == EXPR_Constant &&
        s->v.expr.value->v.constant.kind == CONST_STR)
      continue;
    if (s->kind != STMT_ImportFrom || !s->v.importfrom.module ||
        strcmp(s->v.importfrom.module, "__future__") != 0)
      return 0;
    for (int k = 0; k < s->v.importfrom.names.len; k++)
      if (strcmp(s->v.importfrom.names.items[k]->name, "annotations") == 0)
        return 1;
  }
  return 0;
}

SymTable *symtable_build(Arena *arena, const Module *mod, int recursion_limit,
                         const char *source, size_t len, const char *filename,
                         SyntaxErrorInfo *err) {
  SymTable *st = arena_alloc(arena, sizeof *st);
  if (!st) return NULL;
  syntax_error_clear(err);
  st->arena = arena;
  st->filename = filename;
  st->source = source;
  st->source_len = len;
  st->err = err;
  // COMPILER_STACK_FRAME_SCALE: 3 levels per interpreter frame, as CPython.
  st->recursion_limit =
      recursion_limit < INT_MAX / 3 ? recursion_limit * 3 : recursion_limit;
  st->future_annotations = has_future_annotations(mod);
  Loc none = {0, 0, 0, 0};
  if (!enter_block(st, "top", BLOCK_MODULE, mod, none)) return NULL;
  st->top = st->cur;
  if (!visit_stmts(st, mod->body)) return NULL;
  exit_block(st);
  if (!symtab_analyze(st) || !symtab_code_names(st)) return NULL;
  return st;
}
