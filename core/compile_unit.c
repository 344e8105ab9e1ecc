// compile_unit.c — the compiler's bookkeeping: one Unit per code object
// being built (instructions with locations, labels, constants, names,
// local/cell/free variables, frame blocks), qualified names, private name
// mangling, constant merging (equal constants in one module are one object,
// as CPython's c_const_cache makes them) and name resolution (nameop).
#include "compile_impl.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

// ---- Units -------------------------------------------------------------------------

static int cmp_cstr(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Names of [scope] whose resolved scope is [which] (or that carry
// [flag]), sorted as CPython's dictbytype sorts them.
static Object *sorted_names(Compiler *c, const Scope *s, int which, int flag) {
  const char **names = malloc(sizeof(char *) * (size_t)(s->nsymbols + 1));
  int n = 0;
  for (int i = 0; names && i < s->nsymbols; i++) {
    const Symbol *sym = &s->symbols[i];
    if ((int)sym->scope == which || (flag && (sym->flags & flag)))
      names[n++] = sym->name;
  }
  if (n > 1) qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
  Object *l = list_new(c->vm, 0);
  for (int i = 0; l && i < n; i++) {
    Object *str = cu_str(c, names[i]);
    if (!str || list_append(c->vm, l, str) < 0) {
      xdecref(c->vm, str);
      decref(c->vm, l);
      l = NULL;
      break;
    }
    decref(c->vm, str);
  }
  free(names);
  return l;
}

static Object *make_qualname(Compiler *c, Unit *u) {
  Unit *p = u->parent;
  if (!p || p->kind == UNIT_MODULE) return newref(c->vm, u->name);
  if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
    const char *mangled = symtable_mangle(symtable_arena(c->st),
                                          p->private_name ? str_data(p->private_name) : NULL,
                                          str_data(u->name));
    if (scope_symbol(p->scope, mangled, NULL) == SCOPE_GLOBAL_EXPLICIT)
      return newref(c->vm, u->name);
  }
  bool in_function = p->kind == UNIT_FUNCTION || p->kind == UNIT_LAMBDA ||
                     p->kind == UNIT_COMPREHENSION;
  return str_from_format(c->vm, in_function ? "%U.<locals>.%U" : "%U.%U",
                         p->qualname, u->name);
}

int cu_enter_scope(Compiler *c, Object *name, UnitKind kind, const void *node,
                   int firstlineno) {
  Vm *vm = c->vm;
  // No limit of its own: the symbol table bounded all nesting already.
  ++c->nest_depth;
  Unit *u = calloc(1, sizeof(Unit));
  if (!u) goto nomem;
  u->parent = c->u;
  u->kind = kind;
  u->scope = symtable_scope_for(c->st, node);
  u->name = newref(vm, name);
  u->firstlineno = firstlineno;
  u->loc = (Loc){firstlineno, 0, firstlineno, 0};
  if (kind == UNIT_CLASS) u->private_name = newref(vm, name);
  else if (c->u && c->u->private_name)
    u->private_name = newref(vm, c->u->private_name);
  c->u = u;
  u->consts = list_new(vm, 0);
  u->names = list_new(vm, 0);
  u->name_index = dict_new(vm);
  u->varnames = list_new(vm, 0);
  if (!u->scope || !u->consts || !u->names || !u->name_index || !u->varnames)
    goto nomem;
  // co_varnames as the symbol table computed it (parameters first).
  for (int i = 0; i < u->scope->varnames.len; i++) {
    Object *p = cu_str(c, u->scope->varnames.items[i]);
    if (!p || list_append(vm, u->varnames, p) < 0) goto nomem;
    decref(vm, p);
  }
  u->cellvars = sorted_names(c, u->scope, SCOPE_CELL, 0);
  u->freevars = sorted_names(c, u->scope, SCOPE_FREE, SYM_FREE_CLASS);
  if (!u->cellvars || !u->freevars) goto nomem;
  if (u->scope->needs_class_closure) {
    Object *cls = cu_str(c, "__class__");
    if (!cls || list_insert(vm, u->cellvars, 0, cls) < 0) goto nomem;
    decref(vm, cls);
  }
  if (!(u->qualname = make_qualname(c, u))) goto nomem;
  return 0;
nomem:
  if (!err_occurred(vm)) err_no_memory(vm);
  c->failed = true;
  return -1;
}

void cu_exit_scope(Compiler *c) {
  Unit *u = c->u;
  Vm *vm = c->vm;
  c->u = u->parent;
  c->nest_depth--;
  free(u->instrs);
  free(u->labels);
  Object **objs[] = {&u->consts, &u->names, &u->name_index, &u->varnames,
                     &u->cellvars, &u->freevars, &u->name, &u->qualname,
                     &u->private_name};
  for (size_t i = 0; i < COUNT_OF(objs); i++) clear_ref(vm, objs[i]);
  free(u);
}

// ---- Instructions and labels --------------------------------------------------------

int cu_emit_at(Compiler *c, Opcode op, int arg, Loc loc) {
  Unit *u = c->u;
  if (u->ninstrs == u->cap) {
    int cap = u->cap ? u->cap * 2 : 64;
    Instr *p = realloc(u->instrs, sizeof(Instr) * (size_t)cap);
    if (!p) {
      err_no_memory(c->vm);
      c->failed = true;
      return -1;
    }
    u->instrs = p;
    u->cap = cap;
  }
  Instr *in = &u->instrs[u->ninstrs++];
  in->op = (uint8_t)op;
  in->arg = arg;
  in->loc = loc;
  return 0;
}

int cu_emit(Compiler *c, Opcode op, int arg) {
  return cu_emit_at(c, op, arg, c->u->loc);
}

int cu_emit_noline(Compiler *c, Opcode op, int arg) {
  Loc none = {-1, -1, -1, -1};
  return cu_emit_at(c, op, arg, none);
}

int cu_new_label(Compiler *c) {
  Unit *u = c->u;
  if (u->nlabels == u->labels_cap) {
    int cap = u->labels_cap ? u->labels_cap * 2 : 32;
    int *p = realloc(u->labels, sizeof(int) * (size_t)cap);
    if (!p) {
      err_no_memory(c->vm);
      c->failed = true;
      return 0;
    }
    u->labels = p;
    u->labels_cap = cap;
  }
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

void cu_place_label(Compiler *c, int label) { c->u->labels[label] = c->u->ninstrs; }

void cu_set_loc(Compiler *c, Loc loc) { c->u->loc = loc; }

void cu_unset_loc(Compiler *c) { c->u->loc = (Loc){-1, -1, -1, -1}; }

// ---- Errors --------------------------------------------------------------------------

int cu_error(Compiler *c, Loc loc, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  // The line as CPython reads it back for the report: with its newline
  // (which counts when the error spans several lines).
  Buf text;
  buf_init(&text);
  Object *lines = c->source_lines;
  bool have = lines && loc.lineno >= 1 && loc.lineno <= tuple_size(lines);
  if (have) {
    Object *line = tuple_get(lines, loc.lineno - 1);
    buf_append(&text, str_data(line), str_size(line));
    buf_putc(&text, '\n');
  }
  syntax_error_set(c->err, SYNTAX_ERROR, msg, loc.lineno, loc.col_offset + 1,
                   loc.end_lineno, loc.end_col_offset + 1,
                   have ? buf_cstr(&text) : NULL, text.len);
  buf_free(&text);
  c->failed = true;
  return -1;
}

// ---- Constants ---------------------------------------------------------------------------

// The keys of the items of a tuple or frozenset (sorted for a frozenset, so
// that equal frozensets share a key whatever their table order).
static Object *item_keys(Compiler *c, Object *o) {
  Vm *vm = c->vm;
  Object *items = list_from_iterable(vm, o);
  for (ssize i = 0; items && i < list_size(items); i++) {
    Object *k = cu_const_key(c, list_get(items, i));
    if (!k) {
      clear_ref(vm, &items);
      break;
    }
    list_set_item(vm, items, i, k);
    decref(vm, k);
  }
  if (items && !is_tuple(o) && list_sort(vm, items, NULL, false) < 0)
    clear_ref(vm, &items);
  return items;
}

// The identity key of a constant: type and value (and sign of zero), with
// tuples and frozensets keyed by their items' keys (CPython's
// _PyCode_ConstantKey).
Object *cu_const_key(Compiler *c, Object *o) {
  Vm *vm = c->vm;
  if (is_tuple(o) || o->type == vm->t.frozenset) {
    Object *keys = item_keys(c, o);
    if (!keys) return NULL;
    Buf b;
    buf_init(&b);
    buf_puts(&b, is_tuple(o) ? "t(" : "f(");
    for (ssize i = 0; i < list_size(keys); i++) {
      Object *k = list_get(keys, i);
      buf_append(&b, str_data(k), str_size(k));
      buf_putc(&b, ',');
    }
    buf_putc(&b, ')');
    decref(vm, keys);
    return str_from_buf(vm, &b);
  }
  Object *r = obj_repr(vm, o);
  if (!r) return NULL;
  Object *k = str_from_format(vm, "%s:%U", o->type->tp_name, r);
  decref(vm, r);
  return k;
}

// A new constant tuple's items become the merged constants, in place.
static int merge_tuple_items(Compiler *c, Object *t) {
  Vm *vm = c->vm;
  for (ssize i = 0; i < tuple_size(t); i++) {
    Object *item = tuple_get(t, i);
    Object *u = cu_merge_const(c, newref(vm, item));
    if (!u) return -1;
    tuple_init_item(vm, t, i, u); // traced: the page sees the merged item
    decref(vm, item);
  }
  return 0;
}

// A new constant frozenset is rebuilt from its merged items in its own
// iteration order, as CPython does, which can change that order. Consumes
// [s]; returns the new frozenset.
static Object *rebuild_frozenset(Compiler *c, Object *s) {
  Vm *vm = c->vm;
  Object *r = set_new(vm, vm->t.frozenset, NULL);
  ssize pos = 0;
  Object *item;
  while (r && set_next(s, &pos, &item)) {
    Object *u = cu_merge_const(c, newref(vm, item));
    if (!u || set_add(vm, r, u) < 0) clear_ref(vm, &r);
    xdecref(vm, u);
  }
  decref(vm, s);
  return r;
}

// Merges the constant [o] (consumed) with an equal one seen before in this
// module; returns the constant to use (a new reference) or NULL.
Object *cu_merge_const(Compiler *c, Object *o) {
  Vm *vm = c->vm;
  if (o == vm->none || o == vm->true_ || o == vm->false_ || o == vm->ellipsis ||
      o->type == vm->t.code)
    return o;
  Object *key = cu_const_key(c, o);
  if (!key) {
    decref(vm, o);
    return NULL;
  }
  Object *existing = dict_get(vm, c->const_cache, key);
  if (existing) {
    incref(vm, existing);
    decref(vm, o);
    decref(vm, key);
    return existing;
  }
  if (is_str(o) && str_all_name_chars(o)) o = str_intern(vm, o);
  if (is_tuple(o) && merge_tuple_items(c, o) < 0) clear_ref(vm, &o);
  if (o && o->type == vm->t.frozenset && set_size(o) > 0)
    o = rebuild_frozenset(c, o);
  int r = o ? dict_set(vm, c->const_cache, key, o) : -1;
  decref(vm, key);
  if (r < 0) {
    xdecref(vm, o);
    return NULL;
  }
  return o;
}

int cu_add_const(Compiler *c, Object *o) {
  Vm *vm = c->vm;
  if (!o) {
    c->failed = true;
    return -1;
  }
  o = cu_merge_const(c, o);
  if (!o) {
    c->failed = true;
    return -1;
  }
  Object *consts = c->u->consts;
  for (ssize i = 0; i < list_size(consts); i++) {
    Object *k = list_get(consts, i);
    if (k == o) {
      decref(vm, o);
      return (int)i;
    }
  }
  int r = list_append(vm, consts, o);
  decref(vm, o);
  if (r < 0) {
    c->failed = true;
    return -1;
  }
  return (int)list_size(consts) - 1;
}

int cu_load_const(Compiler *c, Object *o) {
  int i = cu_add_const(c, o);
  return i < 0 ? -1 : cu_emit(c, OP_LOAD_CONST, i);
}

int cu_load_none(Compiler *c) {
  return cu_load_const(c, newref(c->vm, c->vm->none));
}

Object *cu_str(Compiler *c, const char *s) { return str_intern_cstr(c->vm, s); }

int cu_add_name(Compiler *c, Object *name) {
  Vm *vm = c->vm;
  Unit *u = c->u;
  Object *ix = dict_get(vm, u->name_index, name);
  if (ix) return (int)int_small_value(ix);
  ssize n = list_size(u->names);
  Object *no = int_from_i64(vm, n);
  if (!no || dict_set(vm, u->name_index, name, no) < 0 ||
      list_append(vm, u->names, name) < 0) {
    xdecref(vm, no);
    c->failed = true;
    return -1;
  }
  decref(vm, no);
  return (int)n;
}

Object *cu_mangle(Compiler *c, const char *name) {
  Object *p = c->u->private_name;
  const char *m = symtable_mangle(symtable_arena(c->st), p ? str_data(p) : NULL, name);
  return cu_str(c, m);
}

// ---- Name resolution -----------------------------------------------------------------------

static int index_in(Vm *vm, Object *list, Object *name) {
  for (ssize i = 0; i < list_size(list); i++)
    if (str_eq(list_get(list, i), name)) return (int)i;
  UNUSED(vm);
  return -1;
}

// Index of a cell or free variable in the "cells then frees" numbering the
// DEREF instructions use until the assembler maps them to frame slots.
int cu_lookup_cell_or_free(Compiler *c, Object *name, bool closure) {
  Unit *u = c->u;
  UNUSED(closure);
  int i = index_in(c->vm, u->cellvars, name);
  if (i >= 0) return i;
  i = index_in(c->vm, u->freevars, name);
  return i < 0 ? -1 : (int)list_size(u->cellvars) + i;
}

static int fast_index(Compiler *c, Object *name) {
  Unit *u = c->u;
  int i = index_in(c->vm, u->varnames, name);
  if (i >= 0) return i;
  if (list_append(c->vm, u->varnames, name) < 0) {
    c->failed = true;
    return -1;
  }
  return (int)list_size(u->varnames) - 1;
}

// CPython's forbidden_name: __debug__ is a constant.
int cu_check_debug(Compiler *c, const char *name, ExprContext ctx) {
  if (ctx == AST_Load || strcmp(name, "__debug__") != 0) return 0;
  return cu_error(c, c->u->loc, ctx == AST_Store ? "cannot assign to __debug__"
                                                 : "cannot delete __debug__");
}

int cu_nameop(Compiler *c, const char *raw, ExprContext ctx) {
  if (cu_check_debug(c, raw, ctx) < 0) return -1;
  Object *name = cu_mangle(c, raw);
  if (!name) return -1;
  Unit *u = c->u;
  int scope = scope_symbol(u->scope, str_data(name), NULL);
  bool function = u->scope->type == BLOCK_FUNCTION;
  int r;
  if (scope == SCOPE_FREE || scope == SCOPE_CELL) {
    int i = cu_lookup_cell_or_free(c, name, false);
    Opcode op = ctx == AST_Load ? (u->scope->type == BLOCK_CLASS
                                       ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                : ctx == AST_Store ? OP_STORE_DEREF : OP_DELETE_DEREF;
    r = i < 0 ? -1 : cu_emit(c, op, i);
  } else if (scope == SCOPE_LOCAL && function) {
    int i = fast_index(c, name);
    Opcode op = ctx == AST_Load ? OP_LOAD_FAST
                : ctx == AST_Store ? OP_STORE_FAST : OP_DELETE_FAST;
    r = i < 0 ? -1 : cu_emit(c, op, i);
  } else if (scope == SCOPE_GLOBAL_EXPLICIT ||
             (scope == SCOPE_GLOBAL_IMPLICIT && function)) {
    int i = cu_add_name(c, name);
    r = i < 0 ? -1
              : ctx == AST_Load ? cu_emit(c, OP_LOAD_GLOBAL, i << 1)
                : cu_emit(c, ctx == AST_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
                          i);
  } else {
    int i = cu_add_name(c, name);
    Opcode op = ctx == AST_Load ? OP_LOAD_NAME
                : ctx == AST_Store ? OP_STORE_NAME : OP_DELETE_NAME;
    r = i < 0 ? -1 : cu_emit(c, op, i);
  }
  decref(c->vm, name);
  return r;
}

// ---- Frame blocks ---------------------------------------------------------------------------

int cu_push_fblock(Compiler *c, FBlockKind kind, int block, int exit,
                   const void *datum) {
  Unit *u = c->u;
  if (u->nfblocks >= MAX_FBLOCKS)
    return cu_error(c, u->loc, "too many statically nested blocks");
  FBlock *f = &u->fblocks[u->nfblocks++];
  f->kind = kind;
  f->block_label = block;
  f->exit_label = exit;
  f->datum = datum;
  return 0;
}

void cu_pop_fblock(Compiler *c) { c->u->nfblocks--; }
