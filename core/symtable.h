// symtable.h — scopes and symbols of a parsed module, as CPython 3.11's
// Python/symtable.c computes them: one scope per module, class, function,
// lambda and comprehension; each name's flags and resolved scope (local,
// global, free, cell); and what the code object of each function scope
// will hold (co_varnames, co_cellvars, co_freevars, counts, flags).
// tests/parser/README.md describes the checks against python3.
#ifndef core_symtable_h
#define core_symtable_h

#include "ast.h"
#include "syntax_error.h"

// Symbol flags (CPython's DEF_* bits).
enum {
  SYM_GLOBAL = 1,      // global statement
  SYM_LOCAL = 2,       // bound in the scope
  SYM_PARAM = 4,       // parameter
  SYM_NONLOCAL = 8,    // nonlocal statement
  SYM_USE = 16,        // read
  SYM_FREE = 32,       // (unused by CPython 3.11 itself)
  SYM_FREE_CLASS = 64, // free in a method, bound in the class body
  SYM_IMPORT = 128,    // bound by import
  SYM_ANNOT = 256,     // annotated
  SYM_COMP_ITER = 512, // comprehension iteration variable
};
#define SYM_BOUND (SYM_LOCAL | SYM_PARAM | SYM_IMPORT)

// Resolved scopes. CPython stores them in the flags at bit 11 (see
// SYM_SCOPE_SHIFT); the Python `symtable` module shows flags that way.
typedef enum {
  SCOPE_UNKNOWN = 0,
  SCOPE_LOCAL = 1,
  SCOPE_GLOBAL_EXPLICIT = 2,
  SCOPE_GLOBAL_IMPLICIT = 3,
  SCOPE_FREE = 4,
  SCOPE_CELL = 5,
} SymScope;
#define SYM_SCOPE_SHIFT 11

// BLOCK_ANNOTATION scopes only exist while building (CPython's
// AnnotationBlock under `from __future__ import annotations`); they never
// appear in the tree.
typedef enum {
  BLOCK_MODULE,
  BLOCK_CLASS,
  BLOCK_FUNCTION,
  BLOCK_ANNOTATION
} BlockType;

typedef enum {
  COMP_NONE,
  COMP_LIST,
  COMP_DICT,
  COMP_SET,
  COMP_GENEXP
} ComprehensionKind;

// Code object flags computed from a scope (CPython's CO_* values).
enum {
  CODE_OPTIMIZED = 0x1,
  CODE_NEWLOCALS = 0x2,
  CODE_VARARGS = 0x4,
  CODE_VARKEYWORDS = 0x8,
  CODE_NESTED = 0x10,
  CODE_GENERATOR = 0x20,
  CODE_COROUTINE = 0x80,
  CODE_ASYNC_GENERATOR = 0x200,
};

typedef struct Symbol {
  const char *name; // mangled (`__x` in class C is `_C__x`)
  int flags;        // SYM_* bits
  SymScope scope;
} Symbol;

typedef struct NameList {
  int len;
  const char **items;
} NameList;

typedef struct Scope Scope;
struct Scope {
  BlockType type;
  ComprehensionKind comprehension;
  // "top", the def/class name, "lambda", "listcomp", "setcomp", "dictcomp"
  // or "genexpr".
  const char *name;
  const void *node;       // Module*, Stmt* (def, class) or Expr* (lambda, comp)
  int lineno, col_offset; // of the node (module: 0, 0)
  Scope *parent;
  Scope **children; // in source order
  int nchildren;
  Symbol *symbols; // in the order CPython first records them
  int nsymbols;
  // For BLOCK_FUNCTION: the code object's name tuples, in CPython's order.
  NameList varnames, cellvars, freevars;
  int argcount, posonlyargcount, kwonlyargcount;
  unsigned nested : 1, generator : 1, coroutine : 1, varargs : 1,
      varkeywords : 1, needs_class_closure : 1, returns_value : 1, has_free : 1,
      child_free : 1;
  // Implementation data (lookups, bookkeeping).
  struct ScopeImpl *impl;
};

typedef struct SymTable SymTable;

// Builds the symbol table of [mod] (allocated in [arena]). [source] and
// [len] are the file's bytes (for the source line of an error), [filename]
// its name. Returns NULL with [err] filled on CPython's symtable errors;
// an AST nested deeper than 3 x [recursion_limit] (statements and
// expressions) gives err->kind SYNTAX_RECURSION_ERROR.
SymTable *symtable_build(Arena *arena, const Module *mod, int recursion_limit,
                         const char *source, size_t len, const char *filename,
                         SyntaxErrorInfo *err);
// The module scope.
const Scope *symtable_top(const SymTable *st);
// The arena everything was allocated in.
Arena *symtable_arena(const SymTable *st);
// The scope created for [node]: a FunctionDef/AsyncFunctionDef/ClassDef
// Stmt*, a Lambda/ListComp/SetComp/DictComp/GeneratorExp Expr*, or the
// Module*. NULL if none.
const Scope *symtable_scope_for(const SymTable *st, const void *node);
// The resolved scope of [name] (already mangled) in [s], SCOPE_UNKNOWN if
// the scope has no such symbol; *[flags_out] (may be NULL) gets its flags.
int scope_symbol(const Scope *s, const char *name, int *flags_out);
// The co_flags CPython gives the code object of [s].
int scope_code_flags(const Scope *s);
// CPython's _Py_Mangle: `__x` inside class [class_name] (may be NULL).
// Returns [name] or a new string in [arena].
const char *symtable_mangle(Arena *arena, const char *class_name,
                            const char *name);

#endif
