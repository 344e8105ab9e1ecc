// func.h — code objects, functions, cells, bound methods, and the builtin
// function / descriptor objects through which C functions are called from
// Python. Layouts follow CPython 3.11 where refcounts or gc.collect() counts
// can observe them (a closure is a tuple of cells, each a GC object).
#ifndef core_func_h
#define core_func_h

#include "object.h"

// Kinds of the slots in a frame's localsplus array.
enum { LK_LOCAL = 1, LK_CELL = 2, LK_FREE = 4, LK_ARG = 8 };

// Code flags (CPython's values).
enum {
  CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  // Refscope's own: code from the bundled library (hidden from steps).
  CO_LIBRARY = 0x1000000,
};

typedef struct InstrLoc {
  int lineno, end_lineno;
  int col, end_col; // UTF-8 byte offsets, -1 if unknown
} InstrLoc;

typedef struct ExcHandler {
  int target; // instruction index of the handler
  int depth;  // value-stack depth to unwind to
  int lasti;  // 1: push the raising instruction's index first
} ExcHandler;

typedef struct CodeObject {
  Object ob;
  uint32_t *instrs;
  int ninstrs;
  InstrLoc *locs;          // one per instruction
  int32_t *handler_of;     // per instruction: index into handlers, or -1
  ExcHandler *handlers;
  int nhandlers;
  uint8_t *line_starts;    // per instruction: 1 if it starts a line step
  Object *consts;          // tuple
  Object *names;           // tuple of str
  Object *localsplusnames; // tuple of str
  uint8_t *localspluskinds;
  int nlocalsplus, nlocals, ncells, nfrees;
  int argcount, posonlyargcount, kwonlyargcount;
  int flags;
  int stacksize;           // allocated: CPython's co_stacksize + 1 spare
  int firstlineno;
  Object *name, *qualname, *filename; // str
  Object *source_lines; // tuple of str, shared by one module's code objects
  // CPython's co_warmup: starts at -8, counts entries and backward jumps;
  // at 0 the code is "quickened" and its builtin calls specialized, which
  // changes what counts in the recursion depth (see builtin_call_bytecode).
  int warmup;
  uint32_t *spec; // specialize.c's per-instruction state, or NULL
} CodeObject;

enum { QUICKENING_WARMUP_DELAY = 8 };
static inline void code_warmup(CodeObject *co) {
  if (co->warmup < 0) co->warmup++;
}
static inline bool code_is_quick(const CodeObject *co) {
  return co->warmup == 0;
}

// co_stacksize as CPython computes it (what sys.getsizeof of frames and
// generators counts).
static inline int code_py_stacksize(const CodeObject *co) {
  return co->stacksize - 1;
}

typedef struct FunctionObject {
  Object ob;
  CodeObject *code;
  Object *globals, *builtins;
  Object *name, *qualname, *module, *doc;
  Object *defaults;    // tuple or NULL
  Object *kwdefaults;  // dict or NULL
  Object *closure;     // tuple of cells or NULL
  Object *dict;        // function attributes, created on demand
  Object *annotations; // dict or NULL
} FunctionObject;

typedef struct CellObject {
  Object ob;
  Object *ref; // may be NULL (empty cell)
} CellObject;

typedef struct MethodObject {
  Object ob;
  Object *func, *self;
} MethodObject;

// A C function callable from Python, with the vectorcall signature.
typedef Object *(*CFunc)(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kwnames);

typedef struct MethodDef {
  const char *name;
  CFunc func;
  int flags; // MD_*
  const char *doc;
} MethodDef;

enum {
  MD_STATIC = 1, // no self (e.g. str.maketrans)
  MD_CLASS = 2,  // self is the type (dict.fromkeys)
  // Called from bytecode without a recursion check: CPython 3.11 specializes
  // such calls (PRECALL_NO_KW_BUILTIN_FAST, ..._LEN, ..._ISINSTANCE) and
  // only counts METH_O / NOARGS / VARARGS builtins in the recursion depth.
  MD_SPECIALIZED = 4,
};

typedef struct GetSetDef {
  const char *name;
  Object *(*get)(Vm *vm, Object *self);
  int (*set)(Vm *vm, Object *self, Object *value); // NULL: read-only
} GetSetDef;

// builtin_function_or_method: a MethodDef bound to [self] (NULL for plain
// builtins like len; the module for module functions).
typedef struct BuiltinObject {
  Object ob;
  const MethodDef *def;
  Object *self;
  Object *module; // str module name or NULL
} BuiltinObject;

// method_descriptor / getset_descriptor / wrapper_descriptor
typedef struct DescrObject {
  Object ob;
  TypeObject *owner;
  Object *name; // str
  const MethodDef *method;
  const GetSetDef *getset;
  const struct SlotDef *slot; // wrapper_descriptor
} DescrObject;

// method-wrapper: a slot wrapper bound to an object (e.g. (1).__add__).
typedef struct MethodWrapperObject {
  Object ob;
  DescrObject *descr;
  Object *self;
} MethodWrapperObject;

// property / staticmethod / classmethod
typedef struct PropertyObject {
  Object ob;
  Object *fget, *fset, *fdel, *doc;
  Object *name;
} PropertyObject;

typedef struct WrapObject { // staticmethod and classmethod
  Object ob;
  Object *callable;
  Object *dict;
} WrapObject;

// A __slots__ member's value in [obj] (borrowed, may be NULL).
Object *descr_member_value(Object *descr, Object *obj);
// Where a member descriptor's value lives: bytes into the instance.
ssize descr_member_offset(Object *descr);

Object *code_new(Vm *vm); // an empty code object for the compiler to fill
Object *function_new(Vm *vm, CodeObject *code, Object *globals,
                     Object *qualname);
Object *cell_new(Vm *vm, Object *value); // value may be NULL
Object *method_new(Vm *vm, Object *func, Object *self);
Object *builtin_new(Vm *vm, const MethodDef *def, Object *self,
                    Object *module);
// A builtin called by the CALL instruction of code that is [quick]
// (warmed up): MD_SPECIALIZED ones then skip the recursion count, as
// CPython's specialized calls do.
Object *builtin_call_bytecode(Vm *vm, Object *o, Object *const *args,
                              size_t nargs, Object *kwnames, bool quick);
// Adds a builtin for each of [defs] (terminated by a NULL name) to [dict].
int builtins_add_functions(Vm *vm, Object *dict, const MethodDef *defs,
                           Object *self, Object *module);
Object *descr_new_method(Vm *vm, TypeObject *owner, const MethodDef *def);
Object *descr_new_getset(Vm *vm, TypeObject *owner, const GetSetDef *def);
Object *property_new(Vm *vm, Object *fget, Object *fset, Object *fdel,
                     Object *doc);
Object *staticmethod_new(Vm *vm, Object *callable);
Object *classmethod_new(Vm *vm, Object *callable);
Object *mappingproxy_new(Vm *vm, Object *mapping);

// Function fields the compiler's MAKE_FUNCTION fills (new references).
void function_set_defaults(Vm *vm, Object *f, Object *defaults);
void function_set_kwdefaults(Vm *vm, Object *f, Object *kwdefaults);
void function_set_closure(Vm *vm, Object *f, Object *closure);
void function_set_annotations(Vm *vm, Object *f, Object *ann);
// Sets a cell's contents (NULL empties it).
void cell_set(Vm *vm, Object *cell, Object *value);

void func_types_init(Vm *vm);
void descr_types_init(Vm *vm);

#endif
