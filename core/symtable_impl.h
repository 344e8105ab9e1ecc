// symtable_impl.h — internals shared by symtable.c (scopes, first pass) and
// symtable_analyze.c (resolving scopes, code object names): name maps, the
// builder state and the per-scope bookkeeping. See symtable.h.
#ifndef core_symtable_impl_h
#define core_symtable_impl_h

#include "symtable.h"

// Open-addressing map from names to ints (a set when the values are
// unused). Arena-backed, or malloc-backed when [arena] is NULL.
typedef struct NameMap {
  const char **keys;
  int *vals;
  int cap, len;
  Arena *arena;
} NameMap;

int symtab_map_get(const NameMap *m, const char *key, int *val);
int symtab_map_put(NameMap *m, const char *key, int val); // -1: no memory
int symtab_map_del(NameMap *m, const char *key);          // 1 if present
void symtab_map_free(NameMap *m);
int symtab_map_union(NameMap *dst, const NameMap *src); // dst |= src

// A global/nonlocal statement (or a walrus target's implied one).
typedef struct Directive {
  const char *name;
  Loc loc;
} Directive;

typedef struct ScopeImpl {
  NameMap index; // symbol name -> index in symbols
  int symbols_cap, children_cap;
  NameList params; // ste_varnames: parameters in visiting order
  int params_cap;
  Directive *directives;
  int ndirectives, directives_cap;
  int comp_iter_target, comp_iter_expr;
} ScopeImpl;

struct SymTable {
  Arena *arena;
  const char *filename, *source;
  size_t source_len;
  SyntaxErrorInfo *err;
  Scope *top, *cur;
  Scope **stack;
  int depth, stack_cap;
  const char *private_name; // innermost class name, for mangling
  int recursion_depth, recursion_limit;
  int future_annotations; // `from __future__ import annotations`
  const void **node_keys; // node -> scope
  Scope **node_vals;
  int node_cap, node_len;
  int failed;
};

// Grows the arena array *[items] of [size]-byte elements to hold [need].
int symtab_grow(Arena *arena, void **items, int *cap, int need, size_t size);
int symtab_oom(SymTable *st); // records the failure; returns 0
// A SyntaxError at [loc] with [fmt] formatting [name]; returns 0.
int symtab_error_at(SymTable *st, Loc loc, const char *fmt, const char *name);
Symbol *symtab_lookup(const Scope *s, const char *name);
Symbol *symtab_add_symbol(SymTable *st, Scope *s, const char *name);
int symtab_push_name(SymTable *st, NameList *list, int *cap, const char *name);

// symtable_analyze.c: the second pass and the code object names.
int symtab_analyze(SymTable *st);
int symtab_code_names(SymTable *st);

#endif
