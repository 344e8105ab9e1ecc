// object.h — the object header every heap value starts with, the type object
// with its slots, and reference counting. The memory model follows CPython
// 3.11 (../shared/cpython-semantics.md §3); GC-specific parts are in gc.h and
// explained in core/GC.md.
#ifndef core_object_h
#define core_object_h

#include "common.h"

typedef struct Vm Vm;
typedef struct Object Object;
typedef struct TypeObject TypeObject;

// Every object starts with this header. [serial] is a stable number, never
// reused, that the trace and the page use to identify the object; id() is
// the object's address, as in CPython (and reused after a free).
struct Object {
  ssize refcnt;
  TypeObject *type;
  uint32_t serial;
  uint32_t oflags; // OF_*
};

enum {
  OF_IMMORTAL = 1 << 0,     // never freed (None, small ints, builtin types)
  OF_INTERNED = 1 << 1,     // str in the interned table
  OF_HAS_WEAKREFS = 1 << 2, // weakrefs to it are registered in vm->weakrefs
  OF_LIBRARY = 1 << 3,      // made by Refscope's own library code
  OF_TRACED = 1 << 4,       // the trace knows it (ALLOC or OBJECT record)
  OF_TRACE_VALUE = 1 << 5,  // its VALUE record is still to be sent
  OF_TRACE_OPAQUE = 1 << 6, // announced without its slots (TRACE.md)
};

// ---- Slot function types ----------------------------------------------------
// Errors: functions returning Object* return NULL with an exception set
// (vm->exc); functions returning int return -1 with an exception set.

typedef int (*VisitFn)(Object *o, void *arg);
typedef int (*TraverseFn)(Object *self, VisitFn visit, void *arg);
typedef void (*DeallocFn)(Vm *vm, Object *self);
typedef void (*ClearFn)(Vm *vm, Object *self);
typedef void (*FinalizeFn)(Vm *vm, Object *self);
typedef Object *(*UnaryFn)(Vm *vm, Object *a);
typedef Object *(*BinaryFn)(Vm *vm, Object *a, Object *b);
typedef Object *(*TernaryFn)(Vm *vm, Object *a, Object *b, Object *c);
typedef ssize (*LenFn)(Vm *vm, Object *self);
typedef int64_t (*HashFn)(Vm *vm, Object *self); // -1 on error
typedef Object *(*RichCmpFn)(Vm *vm, Object *a, Object *b, int op);
typedef Object *(*GetAttrFn)(Vm *vm, Object *self, Object *name);
// value == NULL deletes.
typedef int (*SetAttrFn)(Vm *vm, Object *self, Object *name, Object *value);
typedef Object *(*DescrGetFn)(Vm *vm, Object *descr, Object *obj,
                              Object *type);
typedef int (*DescrSetFn)(Vm *vm, Object *descr, Object *obj, Object *value);
// The vectorcall convention (CPython's): positional args, then the values of
// the keyword arguments named by the tuple [kwnames] (NULL if none). The
// callee borrows the arguments.
typedef Object *(*CallFn)(Vm *vm, Object *callable, Object *const *args,
                          size_t nargs, Object *kwnames);
typedef Object *(*NewFn)(Vm *vm, TypeObject *type, Object *const *args,
                         size_t nargs, Object *kwnames);
typedef int (*InitFn)(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      Object *kwnames);
// value == NULL deletes the item.
typedef int (*AssItemFn)(Vm *vm, Object *self, Object *key, Object *value);
typedef int (*ContainsFn)(Vm *vm, Object *self, Object *item); // 1, 0, -1
typedef int (*BoolFn)(Vm *vm, Object *self);                   // 1, 0, -1
typedef Object *(*SsizeArgFn)(Vm *vm, Object *self, ssize n);

// Rich comparison operators, in CPython's order.
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

// Binary number operators: NAME, dunder stem, symbol. Index into
// TypeObject.nb / nb_inplace.
#define NB_OPS(X)                                                              \
  X(ADD, "add", "+")                                                           \
  X(SUB, "sub", "-")                                                           \
  X(MUL, "mul", "*")                                                           \
  X(MATMUL, "matmul", "@")                                                     \
  X(TRUEDIV, "truediv", "/")                                                   \
  X(FLOORDIV, "floordiv", "//")                                                \
  X(MOD, "mod", "%")                                                           \
  X(POW, "pow", "**")                                                          \
  X(LSHIFT, "lshift", "<<")                                                    \
  X(RSHIFT, "rshift", ">>")                                                    \
  X(AND, "and", "&")                                                           \
  X(OR, "or", "|")                                                             \
  X(XOR, "xor", "^")                                                           \
  X(DIVMOD, "divmod", "divmod()")

#define NB_ENUM_ITEM(name, stem, sym) NB_##name,
typedef enum { NB_OPS(NB_ENUM_ITEM) NB_COUNT } NbOp;
#undef NB_ENUM_ITEM

// The C layout family of a type's instances: the builtin type whose struct
// the instances use (user classes inherit their base's layout).
#define LAYOUTS(X)                                                             \
  X(OBJECT) X(TYPE) X(NONE) X(NOTIMPL) X(ELLIPSIS) X(INT) X(FLOAT)             \
  X(COMPLEX) X(STR) X(BYTES) X(TUPLE) X(LIST) X(DICT) X(SET) X(FROZENSET)      \
  X(RANGE) X(SLICE) X(FUNCTION) X(CODE) X(CELL) X(METHOD) X(BUILTIN)          \
  X(METHOD_DESCR) X(GETSET_DESCR) X(MEMBER_DESCR) X(WRAPPER) X(PROPERTY)       \
  X(STATICMETHOD) X(CLASSMETHOD) X(SUPER) X(MODULE) X(EXCEPTION) X(TRACEBACK)  \
  X(FRAME) X(GENERATOR) X(ITERATOR) X(WEAKREF) X(WEAKPROXY) X(DICTVIEW)       \
  X(MAPPINGPROXY) X(ALIAS)

#define LAYOUT_ENUM_ITEM(name) LAYOUT_##name,
typedef enum { LAYOUTS(LAYOUT_ENUM_ITEM) LAYOUT_COUNT } Layout;
#undef LAYOUT_ENUM_ITEM

enum {
  TPF_HEAPTYPE = 1 << 0,     // made by a class statement or type()
  TPF_BASETYPE = 1 << 1,     // may be subclassed
  TPF_HAVE_GC = 1 << 2,      // instances have a GcHead and are tracked
  TPF_MANAGED_DICT = 1 << 3, // instances keep attributes in AttrValues
  TPF_WEAKREFABLE = 1 << 4,  // weakref.ref(instance) is allowed
  TPF_ABSTRACT = 1 << 5,     // cannot be instantiated
  TPF_EXC_SUBCLASS = 1 << 6, // BaseException or a subclass
  TPF_TYPE_SUBCLASS = 1 << 7,
  TPF_IMMUTABLE = 1 << 8, // attributes cannot be set (builtin types)
  TPF_READY = 1 << 9,
  TPF_SEQUENCE_LIKE = 1 << 10, // has __getitem__: iterable by index
};

typedef struct SharedKeys SharedKeys;

struct TypeObject {
  Object ob;
  const char *tp_name; // C name ("list", "Node"); heap types: their name
  Object *name;        // str __name__
  Object *qualname;    // str __qualname__
  TypeObject *base;
  Object *bases; // tuple
  Object *mro;   // tuple
  Object *dict;  // dict: the type's namespace
  uint32_t flags;
  Layout layout;
  // CPython's tp_basicsize / tp_itemsize for this type, used by
  // sys.getsizeof (our own C structs have other sizes).
  ssize py_basicsize, py_itemsize;
  // Bytes our allocator gives each instance (without the GC head).
  size_t alloc_size;
  SharedKeys *cached_keys; // TPF_MANAGED_DICT: the class's attribute names
  // tp_subclasses: a dict id(subclass) -> weakref to it, or NULL. Not
  // visited by traverse (weak references cannot make cycles), as in CPython.
  Object *subclasses;
  // Classes with __slots__: the member names in layout order (a tuple) and
  // the offset of the first, for the trace (kept when tp_clear empties the
  // class dict that holds their descriptors).
  Object *member_names;
  size_t member_start;

  // Lifecycle and GC
  DeallocFn dealloc;
  TraverseFn traverse;
  ClearFn clear;
  FinalizeFn finalize; // __del__ (PEP 442 tp_finalize)
  NewFn tp_new;
  InitFn tp_init;

  // Object protocol
  UnaryFn repr, str;
  HashFn hash;
  RichCmpFn richcompare;
  GetAttrFn getattro;
  SetAttrFn setattro;
  DescrGetFn descr_get;
  DescrSetFn descr_set;
  CallFn call;
  UnaryFn iter, iternext;

  // Numbers
  BinaryFn nb[NB_COUNT];
  BinaryFn nb_inplace[NB_COUNT];
  UnaryFn nb_negative, nb_positive, nb_invert, nb_absolute;
  UnaryFn nb_int, nb_float, nb_index;
  BoolFn nb_bool;
  TernaryFn nb_power3; // pow(a, b, mod)

  // Sequences and mappings
  LenFn len;
  BinaryFn getitem;
  AssItemFn setitem; // also deletion (value NULL)
  ContainsFn contains;
  BinaryFn sq_concat, sq_inplace_concat;
  SsizeArgFn sq_repeat, sq_inplace_repeat;
};

// ---- Reference counting -------------------------------------------------------

void trace_refcount_change(Vm *vm, Object *o); // trace.c
void obj_dealloc(Vm *vm, Object *o);           // object.c
bool vm_traces_refs(const Vm *vm);             // vm.c

// The trace flag is read through a small struct at the start of Vm, so these
// inline functions need not see the whole Vm.
typedef struct VmHot {
  bool trace_refs; // emit REFCOUNT events
} VmHot;

static inline VmHot *vm_hot(Vm *vm) { return (VmHot *)vm; }

static inline void incref(Vm *vm, Object *o) {
  o->refcnt++;
  if (UNLIKELY(vm_hot(vm)->trace_refs)) trace_refcount_change(vm, o);
}

static inline void decref(Vm *vm, Object *o) {
  --o->refcnt;
  if (UNLIKELY(vm_hot(vm)->trace_refs)) trace_refcount_change(vm, o);
  if (o->refcnt == 0) obj_dealloc(vm, o);
}

static inline void xincref(Vm *vm, Object *o) {
  if (o) incref(vm, o);
}

static inline void xdecref(Vm *vm, Object *o) {
  if (o) decref(vm, o);
}

static inline Object *newref(Vm *vm, Object *o) {
  incref(vm, o);
  return o;
}

static inline Object *xnewref(Vm *vm, Object *o) {
  if (o) incref(vm, o);
  return o;
}

// Py_CLEAR: sets *slot to NULL before dropping the reference.
static inline void clear_ref(Vm *vm, Object **slot) {
  Object *old = *slot;
  if (old) {
    *slot = NULL;
    decref(vm, old);
  }
}

// Py_XSETREF: stores [value] (a new reference) and then drops the old one.
static inline void set_ref(Vm *vm, Object **slot, Object *value) {
  Object *old = *slot;
  *slot = value;
  xdecref(vm, old);
}

#define AS_OBJ(p) ((Object *)(p))
#define TYPE_OF(o) (AS_OBJ(o)->type)

#endif
