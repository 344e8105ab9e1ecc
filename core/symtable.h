// symtable.h — scopes and the resolution of every name (local, global,
// free, cell), as CPython 3.11's Python/symtable.c computes them, with its
// errors. Comprehensions are function scopes (3.11); a class body's names are
// invisible to its methods; a method using super() or __class__ gets an
// implicit __class__ cell in the class scope.
#ifndef core_symtable_h
#define core_symtable_h

#include "common.h"
#include "ast.h"
#include "syntax_error.h"

typedef enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION } ScopeKind;

// Resolved scopes (CPython's LOCAL .. CELL).
enum { SYM_LOCAL = 1, SYM_GLOBAL_EXPLICIT, SYM_GLOBAL_IMPLICIT, SYM_FREE,
       SYM_CELL };

// Definition flags (CPython's DEF_*).
enum {
  DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, DEF_USE = 16,
  DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

typedef struct Symbol {
  const char *name;
  int flags; // DEF_*
  int scope; // SYM_*
  Loc directive; // the global/nonlocal statement naming it, if any
} Symbol;

typedef struct Scope Scope;
struct Scope {
  ScopeKind kind;
  const char *name;
  const void *node;
  Loc loc;
  Symbol *syms;
  int nsyms, syms_cap;
  int *index; // open-addressing hash of symbol indexes (-1 empty)
  int index_cap;
  Scope **children;
  int nchildren, children_cap;
  const char **params; // parameters in co_varnames order
  int nparams, params_cap;
  bool is_generator, is_comprehension, is_lambda, is_coroutine;
  bool nested, has_free, child_free, needs_class_closure;
  bool varargs, varkeywords;
  bool in_comp_iter; // visiting a comprehension's iterable
};

typedef struct SymTable {
  Arena *arena;
  Scope *top;
  Scope *cur;
  Scope **stack;
  int depth, stack_cap;
  // node -> scope map
  struct ScopeMapEntry {
    const void *node;
    Scope *scope;
  } *map;
  int nmap, map_cap;
  const char *private_name; // the enclosing class name (mangling)
  SyntaxErrorInfo *err;
  const char *filename;
  const char *source;
  size_t source_len;
  int nesting, max_nesting; // statements + expressions being visited
} SymTable;

// Builds the table for [mod]; NULL with [err] set on a SyntaxError.
SymTable *symtable_build(Arena *arena, Module *mod, int recursion_limit,
                         const char *source,
                         size_t source_len, const char *filename,
                         SyntaxErrorInfo *err);
// The scope of a FunctionDef/ClassDef statement, a Lambda or comprehension
// expression, or the Module itself.
const Scope *symtable_scope_for(const SymTable *st, const void *node);
// The resolved SYM_* scope of [name] in [s], or 0 if it is not used there.
int scope_lookup(const Scope *s, const char *name);
int scope_flags(const Scope *s, const char *name);
// _Py_Mangle: "__x" inside class "C" becomes "_C__x". Returns [name] itself
// when no mangling applies, else an arena string.
const char *symtable_mangle(Arena *arena, const char *private_name,
                            const char *name);

#endif
