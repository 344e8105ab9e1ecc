// object.c — object allocation and deallocation (with CPython's trashcan for
// deep chains), and the basic object protocol: repr, str, hash, rich
// comparison, truth, isinstance. See object.h and
// ../shared/cpython-semantics.md §3 for when objects die.
#include "abstract.h"
#include "errors.h"
#include "exc.h"
#include "genericalias.h"
#include "int.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

// ---- Allocation ---------------------------------------------------------------

static size_t prefix_size(const TypeObject *t) {
  size_t n = 0;
  if (t->flags & TPF_MANAGED_DICT) n += sizeof(ManagedPrefix);
  if (t->flags & TPF_HAVE_GC) n += sizeof(GcHead);
  return n;
}

// CPython's free lists of tuples (one per size 1..20, 2000 each; the
// tuple's size is known from the block size [size] asked for), lists and
// dicts (80 each) and its one cached slice: an object taken from them, or
// given back, is not counted by the gc's generation-0 count. Only the
// counts are emulated, not the memory. Full collections empty the lists.
static bool take_recycled(Vm *vm, TypeObject *type, size_t size) {
  GcState *gc = &vm->gc;
  if (type == vm->t.tuple) {
    size_t n = (size - sizeof(TupleObject)) / sizeof(Object *);
    if (n < 1 || n > TUPLE_FREE_SIZES || gc->tuple_free[n] == 0) return false;
    gc->tuple_free[n]--;
    return true;
  }
  if (type == vm->t.slice) {
    bool cached = gc->slice_cached;
    gc->slice_cached = false;
    return cached;
  }
  if (type != vm->t.list && type != vm->t.dict) return false;
  if (gc->free_lists[type->layout] == 0) return false;
  gc->free_lists[type->layout]--;
  return true;
}

static bool give_recycled(Vm *vm, Object *o) {
  GcState *gc = &vm->gc;
  TypeObject *type = o->type;
  if (type == vm->t.tuple) {
    ssize n = tuple_size(o);
    if (n < 1 || n > TUPLE_FREE_SIZES || gc->tuple_free[n] >= 2000)
      return false;
    gc->tuple_free[n]++;
    return true;
  }
  if (type == vm->t.slice) {
    bool was_cached = gc->slice_cached;
    gc->slice_cached = true;
    return !was_cached;
  }
  if (type != vm->t.list && type != vm->t.dict) return false;
  if (gc->free_lists[type->layout] >= 80) return false;
  gc->free_lists[type->layout]++;
  return true;
}

// obj_alloc, zeroing only the first [zeroed] bytes of the object's struct.
static Object *alloc_object(Vm *vm, TypeObject *type, size_t size,
                            size_t zeroed) {
  size_t pre = prefix_size(type);
  // A subclass's __slots__ follow the base layout (up to alloc_size).
  if (size < type->alloc_size) size = type->alloc_size;
  if (zeroed < type->alloc_size) zeroed = type->alloc_size;
  // The size is stored just before the prefix so the block can be freed
  // without asking the type again (types can change size for var objects).
  size_t total = pre + size + 16;
  char *block = alloc_bytes_uninit(&vm->alloc, total);
  if (!block) {
    err_no_memory(vm);
    return NULL;
  }
  memset(block, 0, pre + 16 + (zeroed < size ? zeroed : size));
  *(size_t *)block = total;
  Object *o = (Object *)(block + 16 + pre);
  if (type->flags & TPF_HAVE_GC)
    gc_on_alloc(vm, take_recycled(vm, type, size));
  o->refcnt = 1;
  o->type = type;
  o->serial = ++vm->next_serial;
  if (type->flags & TPF_HEAPTYPE) incref(vm, AS_OBJ(type));
  vm->live_objects++;
  vm->total_allocs++;
  if (UNLIKELY(vm->config.report_leaks || vm->config.check_heap))
    objreg_add(&vm->registry, o);
  if (vm->trace.on) trace_alloc(vm, o);
  // Instances of classes come from PyType_GenericAlloc in CPython, which
  // tracks them at once (a str subclass instance can be in a cycle through
  // its class); built-in containers are tracked by their constructors.
  if ((type->flags & (TPF_HEAPTYPE | TPF_HAVE_GC)) == (TPF_HEAPTYPE | TPF_HAVE_GC))
    gc_track(vm, o);
  return o;
}

Object *obj_alloc(Vm *vm, TypeObject *type, size_t size) {
  return alloc_object(vm, type, size, size);
}

Object *obj_alloc_var(Vm *vm, TypeObject *type, size_t size, size_t zeroed) {
  return alloc_object(vm, type, size, zeroed);
}

size_t obj_alloc_size(Object *o) {
  char *block = (char *)o - prefix_size(o->type) - 16;
  return *(size_t *)block;
}

void obj_free_memory(Vm *vm, Object *o) {
  // Types whose dealloc clears weak references do it first, as CPython's
  // do; this catches the rest before the memory goes.
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  TypeObject *type = o->type;
  char *block = (char *)o - prefix_size(type) - 16;
  size_t total = *(size_t *)block;
  if (type->flags & TPF_HAVE_GC) gc_on_free(vm, give_recycled(vm, o));
  if (vm->trace.on) trace_free(vm, o);
  vm->live_objects--;
  if (UNLIKELY(vm->config.report_leaks || vm->config.check_heap))
    objreg_remove(&vm->registry, o);
  alloc_free(&vm->alloc, block, total);
  if (type->flags & TPF_HEAPTYPE) decref(vm, AS_OBJ(type));
}

Object *obj_resize(Vm *vm, Object *o, size_t size) {
  size_t pre = prefix_size(o->type);
  char *block = (char *)o - pre - 16;
  size_t total = *(size_t *)block, new_total = pre + size + 16;
  char *moved = alloc_resize(&vm->alloc, block, total, new_total);
  if (!moved) return err_no_memory(vm);
  *(size_t *)moved = new_total;
  Object *n = (Object *)(moved + 16 + pre);
  if (n == o) return n;
  if (UNLIKELY(vm->config.report_leaks || vm->config.check_heap)) {
    objreg_remove(&vm->registry, o);
    objreg_add(&vm->registry, n);
  }
  trace_states_moved(vm, n);
  if (TRACE_ABOUT(vm, n)) // id() changed
    trace_emit(vm, EV_MOVE, 0, 0, n->serial, (uint32_t)(uintptr_t)n, 0);
  return n;
}

// ---- Deallocation and the trashcan -----------------------------------------------
// CPython bounds the C recursion of chained deallocations: past
// TRASHCAN_DEPTH nested deallocs, objects are parked on a LIFO list and freed
// when the outermost dealloc finishes (Py_TRASHCAN_BEGIN/END).

static void trash_deposit(Vm *vm, Object *o) {
  GcHead *g = gc_head(o);
  g->prev = (GcHead *)vm->trash_delete_later;
  vm->trash_delete_later = o;
}

static void trash_destroy_chain(Vm *vm) {
  vm->trash_depth++;
  while (vm->trash_delete_later) {
    Object *o = vm->trash_delete_later;
    vm->trash_delete_later = (Object *)gc_head(o)->prev;
    gc_head(o)->prev = NULL;
    o->type->dealloc(vm, o);
  }
  vm->trash_depth--;
}

static void dealloc_now(Vm *vm, Object *o);

// While tracing, the references a dying object drops are counted with the
// reason "dealloc".
void obj_dealloc(Vm *vm, Object *o) {
  if (!vm->hot.trace_refs) {
    dealloc_now(vm, o);
    return;
  }
  uint16_t reason = vm->trace.reason;
  vm->trace.reason = REASON_dealloc;
  dealloc_now(vm, o);
  vm->trace.reason = reason;
}

static void dealloc_now(Vm *vm, Object *o) {
  TypeObject *t = o->type;
  if (!(t->flags & TPF_HAVE_GC)) {
    t->dealloc(vm, o);
    return;
  }
  if (gc_is_tracked(o)) gc_untrack(vm, o);
  if (vm->trash_depth >= TRASHCAN_DEPTH) {
    trash_deposit(vm, o);
    return;
  }
  vm->trash_depth++;
  t->dealloc(vm, o);
  vm->trash_depth--;
  if (vm->trash_delete_later && vm->trash_depth <= 0) trash_destroy_chain(vm);
}

// ---- repr, str, ascii ---------------------------------------------------------------

// Steps a repr costs: it builds a string (about 0.5 us for a small list,
// as long as some 30 instructions), so the repr of data nested 30 levels
// deep ends under the step limit in seconds, not minutes (LIMITS.md).
enum { REPR_STEPS = 32 };

Object *obj_repr(Vm *vm, Object *o) {
  if (vm_charge(vm, REPR_STEPS - 1) < 0) return NULL; // +1 in vm_enter_c
  if (vm_enter_c(vm, " while getting the repr of an object") < 0) return NULL;
  Object *r = o->type->repr(vm, o);
  vm_leave_c(vm);
  if (r && !is_str(r)) {
    err_format(vm, vm->t.TypeError, "__repr__ returned non-string (type %T)",
               r);
    decref(vm, r);
    return NULL;
  }
  return r;
}

Object *obj_str(Vm *vm, Object *o) {
  if (o->type == vm->t.str) return newref(vm, o);
  if (vm_enter_c(vm, " while getting the str of an object") < 0) return NULL;
  Object *r = o->type->str(vm, o);
  vm_leave_c(vm);
  if (r && !is_str(r)) {
    err_format(vm, vm->t.TypeError, "__str__ returned non-string (type %T)",
               r);
    decref(vm, r);
    return NULL;
  }
  return r;
}

// ---- Hashing ------------------------------------------------------------------------

int64_t obj_hash(Vm *vm, Object *o) {
  HashFn h = o->type->hash;
  if (!h) {
    err_format(vm, vm->t.TypeError, "unhashable type: '%s'",
               o->type->tp_name);
    return -1;
  }
  return h(vm, o);
}

// ---- Rich comparison ------------------------------------------------------------------

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT,
                                 CMP_LE};
static const char *const op_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static Object *do_richcompare(Vm *vm, Object *v, Object *w, int op) {
  bool checked_reverse = false;
  Object *res;
  if (v->type != w->type && type_is_subtype(w->type, v->type) &&
      w->type->richcompare) {
    checked_reverse = true;
    res = w->type->richcompare(vm, w, v, swapped_op[op]);
    if (res != vm->notimpl) return res;
    decref(vm, res);
  }
  if (v->type->richcompare) {
    res = v->type->richcompare(vm, v, w, op);
    if (res != vm->notimpl) return res;
    decref(vm, res);
  }
  if (!checked_reverse && w->type->richcompare) {
    res = w->type->richcompare(vm, w, v, swapped_op[op]);
    if (res != vm->notimpl) return res;
    decref(vm, res);
  }
  switch (op) {
  case CMP_EQ:
    return vm_bool(vm, v == w);
  case CMP_NE:
    return vm_bool(vm, v != w);
  default:
    return err_format(vm, vm->t.TypeError,
                      "'%s' not supported between instances of '%s' and '%s'",
                      op_symbols[op], v->type->tp_name, w->type->tp_name);
  }
}

Object *obj_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (vm_enter_c(vm, " in comparison") < 0) return NULL;
  Object *r = do_richcompare(vm, a, b, op);
  vm_leave_c(vm);
  return r;
}

int obj_richcompare_bool(Vm *vm, Object *a, Object *b, int op) {
  if (a == b) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  Object *r = obj_richcompare(vm, a, b, op);
  if (!r) return -1;
  int ok = r == vm->true_ ? 1 : r == vm->false_ ? 0 : obj_is_true(vm, r);
  decref(vm, r);
  return ok;
}

// ---- Truth ------------------------------------------------------------------------------

int obj_is_true(Vm *vm, Object *o) {
  if (o == vm->true_) return 1;
  if (o == vm->false_ || o == vm->none) return 0;
  TypeObject *t = o->type;
  if (t->nb_bool) return t->nb_bool(vm, o);
  if (t->len) {
    ssize n = t->len(vm, o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

int obj_not(Vm *vm, Object *o) {
  int r = obj_is_true(vm, o);
  return r < 0 ? r : !r;
}

// ---- Types and instances -------------------------------------------------------------------

bool obj_is_type(Object *o) { return o->type->layout == LAYOUT_TYPE; }

bool obj_is_callable(Object *o) { return o->type->call != NULL; }

bool type_is_subtype(TypeObject *a, TypeObject *b) {
  if (a == b) return true;
  Object *mro = a->mro;
  if (!mro) {
    for (TypeObject *t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  ssize n = tuple_size(mro);
  for (ssize i = 0; i < n; i++)
    if (tuple_get(mro, i) == AS_OBJ(b)) return true;
  return false;
}

static int check_class(Vm *vm, Object *cls, const char *fmt) {
  if (obj_is_type(cls)) return 0;
  if (is_tuple(cls)) return 0;
  err_set(vm, vm->t.TypeError, fmt);
  return -1;
}

int obj_isinstance(Vm *vm, Object *inst, Object *cls) {
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      int r = obj_isinstance(vm, inst, tuple_get(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (check_class(vm, cls,
                  "isinstance() arg 2 must be a type, a tuple of types, or a "
                  "union") < 0)
    return -1;
  return type_is_subtype(inst->type, (TypeObject *)cls);
}

int obj_issubclass(Vm *vm, Object *derived, Object *cls) {
  if (!obj_is_type(derived)) {
    err_set(vm, vm->t.TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      int r = obj_issubclass(vm, derived, tuple_get(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (check_class(vm, cls,
                  "issubclass() arg 2 must be a class, a tuple of classes, "
                  "or a union") < 0)
    return -1;
  return type_is_subtype((TypeObject *)derived, (TypeObject *)cls);
}

// Calls cls.<dunder>(x) if cls's type has it: 1/0/-1, or 2 if it has none.
static int call_check(Vm *vm, Object *cls, Object *dunder, Object *x) {
  Object *check = lookup_special(vm, cls, dunder);
  if (!check) return err_occurred(vm) ? -1 : 2;
  Object *r = obj_call1(vm, check, x);
  decref(vm, check);
  int t = r ? obj_is_true(vm, r) : -1;
  xdecref(vm, r);
  return t;
}

int obj_isinstance_full(Vm *vm, Object *inst, Object *cls) {
  if (AS_OBJ(inst->type) == cls) return 1;
  if (cls->type == vm->t.type)
    return type_is_subtype(inst->type, (TypeObject *)cls);
  if (is_union(vm, cls)) cls = union_args(cls);
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      int r = obj_isinstance_full(vm, inst, tuple_get(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  int r = call_check(vm, cls, vm->str.instancecheck, inst);
  return r != 2 ? r : obj_isinstance(vm, inst, cls);
}

int obj_issubclass_full(Vm *vm, Object *derived, Object *cls) {
  if (cls->type == vm->t.type)
    return derived == cls ? 1 : obj_issubclass(vm, derived, cls);
  if (is_union(vm, cls)) cls = union_args(cls);
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      int r = obj_issubclass_full(vm, derived, tuple_get(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  int r = call_check(vm, cls, vm->str.subclasscheck, derived);
  return r != 2 ? r : obj_issubclass(vm, derived, cls);
}
