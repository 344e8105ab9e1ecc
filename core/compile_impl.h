// compile_impl.h — the compiler's internal state, shared by compile_unit.c
// (emitting, labels, constants, names, scopes), compile_expr.c,
// compile_stmt.c and compile_assemble.c (flow analysis, code objects).
#ifndef core_compile_impl_h
#define core_compile_impl_h

#include "ast.h"
#include "compile.h"
#include "opcodes.h"
#include "symtable.h"
#include "func.h"

typedef struct Instr {
  uint8_t op;
  int32_t arg;    // for jumps and SETUP_*: a label number
  Loc loc;        // lineno < 0: artificial (inherits its predecessor's)
} Instr;

// Kinds of frame blocks the compiler tracks for break/continue/return.
typedef enum {
  FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
  FB_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
} FBlockKind;

typedef struct FBlock {
  FBlockKind kind;
  int block_label, exit_label;
  const void *datum; // FINALLY_TRY: the finalbody (StmtSeq *); WITH: the
                     // statement; HANDLER_CLEANUP: the exception name
} FBlock;

enum { MAX_FBLOCKS = 20 }; // CPython's CO_MAXBLOCKS

typedef enum { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA,
               UNIT_COMPREHENSION } UnitKind;

typedef struct Unit {
  struct Unit *parent;
  const Scope *scope;
  UnitKind kind;
  Instr *instrs;
  int ninstrs, cap;
  int *labels; // label -> instruction index (-1 until placed)
  int nlabels, labels_cap;
  Object *consts;     // list
  Object *names;      // list of str
  Object *name_index; // dict str -> int
  Object *varnames, *cellvars, *freevars; // lists of str
  FBlock fblocks[MAX_FBLOCKS];
  int nfblocks;
  Object *name, *qualname, *private_name; // private_name: class for mangling
  int firstlineno;
  int argcount, posonlyargcount, kwonlyargcount;
  Loc loc; // the location new instructions get
} Unit;

typedef struct WarnedAt {
  int lineno;
  char msg[160]; // the start of the message (compared as text)
} WarnedAt;

typedef struct Compiler {
  Vm *vm;
  SymTable *st;
  Unit *u;
  Object *const_cache; // dict: key str -> the constant (module-wide)
  Object *filename, *source_lines;
  bool library;
  int nest_depth;
  SyntaxErrorInfo *err;
  bool failed;
  Object *folded; // list: keeps the constants folding made alive
  Arena *arena;
  WarnedAt warned[16]; // SyntaxWarnings already shown
  int nwarned;
} Compiler;

// compile.c: prints a SyntaxWarning (once per line and message).
void compile_warn(Compiler *c, Loc loc, const char *msg);
// compile_check.c: CPython's "perhaps you missed a comma?" SyntaxWarnings
// for calling or subscripting a literal, before a call / a loaded subscript.
void ce_check_caller(Compiler *c, Expr *call);
void ce_check_subscript(Compiler *c, Expr *subscript);

// ---- compile_unit.c -------------------------------------------------------------

int cu_enter_scope(Compiler *c, Object *name, UnitKind kind, const void *node,
                   int firstlineno);
void cu_exit_scope(Compiler *c);
// Emits an instruction at the current location. 0 on success, -1 on error.
int cu_emit(Compiler *c, Opcode op, int arg);
int cu_emit_noline(Compiler *c, Opcode op, int arg);
int cu_new_label(Compiler *c);
void cu_place_label(Compiler *c, int label);
int cu_add_const(Compiler *c, Object *o); // steals a reference
int cu_load_const(Compiler *c, Object *o); // LOAD_CONST, steals
int cu_load_none(Compiler *c);
int cu_add_name(Compiler *c, Object *name); // index into co_names
Object *cu_str(Compiler *c, const char *s); // interned, new reference
Object *cu_mangle(Compiler *c, const char *name); // private name mangling
void cu_set_loc(Compiler *c, Loc loc);
void cu_unset_loc(Compiler *c);
int cu_error(Compiler *c, Loc loc, const char *fmt, ...);
int cu_nameop(Compiler *c, const char *name, ExprContext ctx);
// "cannot assign to __debug__" (or delete) for a store/delete of [name].
int cu_check_debug(Compiler *c, const char *name, ExprContext ctx);
int cu_push_fblock(Compiler *c, FBlockKind kind, int block, int exit,
                   const void *datum);
void cu_pop_fblock(Compiler *c);
int cu_lookup_cell_or_free(Compiler *c, Object *name, bool closure);
// A constant's identity key: equal keys share one constant object.
Object *cu_const_key(Compiler *c, Object *o);
Object *cu_merge_const(Compiler *c, Object *o); // steals, returns new ref

// ---- compile_expr.c ---------------------------------------------------------------

int ce_expr(Compiler *c, Expr *e);
int ce_exprs(Compiler *c, ExprSeq *s);
// Jumps to [label] if the truth of [e] equals [cond].
int ce_jump_if(Compiler *c, Expr *e, int label, bool cond);
int ce_call_helper(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws);
int ce_make_closure(Compiler *c, Object *code, int flags, Object *qualname);
// Default and keyword-only default values; returns MF_* flags or -1.
int ce_default_arguments(Compiler *c, Arguments *args);
int ce_annotations(Compiler *c, Arguments *args, Expr *returns);
// The constant value of [e] after CPython's folding, or NULL.
Object *ce_fold(Compiler *c, Expr *e);
int ce_assign_target(Compiler *c, Expr *target); // store TOS into target
int ce_delete_target(Compiler *c, Expr *target);
int ce_unpack_helper(Compiler *c, ExprSeq *elts, Loc loc);

// ---- compile_stmt.c -----------------------------------------------------------------

int cs_stmt(Compiler *c, Stmt *s);
int cs_body(Compiler *c, StmtSeq *body);
int cs_function_body(Compiler *c, Stmt *s, Arguments *args, StmtSeq *body,
                     Object *name);

// ---- compile_fold.c -------------------------------------------------------------------

// CPython's AST optimizer: folds constant expressions (within its size
// limits), turns `x in [1, 2]` / `for x in [1, 2]` into tuples and
// frozensets, and `not (a is b)` into `a is not b`. Rewrites in place.
int cf_optimize(Compiler *c, Module *mod);
// The Object of a Constant node (new reference).
Object *cf_constant_value(Compiler *c, const Constant *k);

// ---- compile_assemble.c -------------------------------------------------------------

// Makes the code object of the current unit (the unit stays to be exited).
Object *ca_assemble(Compiler *c);

#endif
