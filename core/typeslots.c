// typeslots.c — the dunder <-> slot table (CPython's slotdefs), used both
// ways: a class that defines __add__ gets a generic slot function that
// calls it (with CPython's reflected-operand rules), and a built-in type's
// C slots appear as wrapper_descriptors (int.__add__, object.__init__).
#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "slice.h"

// ---- Calling a dunder looked up on the type -----------------------------------------

// Calls type(self).<name>(self, *args) without making a bound method when
// the attribute is a plain function (CPython's vectorcall_method).
Object *slot_call_dunder(Vm *vm, Object *self, Object *name,
                         Object *const *args, size_t nargs, bool *found) {
  Object *descr = type_lookup(self->type, name);
  *found = descr != NULL;
  if (!descr) return NULL;
  incref(vm, descr);
  Object *r;
  if (descr->type == vm->t.function) {
    Object *small[6];
    Object **argv = nargs + 1 <= 6 ? small
                                   : alloc_bytes(&vm->alloc, sizeof(Object *) * (nargs + 1));
    if (!argv) {
      decref(vm, descr);
      return err_no_memory(vm);
    }
    argv[0] = self;
    if (nargs) memcpy(argv + 1, args, sizeof(Object *) * nargs);
    r = obj_call(vm, descr, argv, nargs + 1, NULL);
    if (argv != small) alloc_free(&vm->alloc, argv, sizeof(Object *) * (nargs + 1));
  } else {
    DescrGetFn get = descr->type->descr_get;
    Object *bound = get ? get(vm, descr, self, AS_OBJ(self->type))
                        : newref(vm, descr);
    r = bound ? obj_call(vm, bound, args, nargs, NULL) : NULL;
    xdecref(vm, bound);
  }
  decref(vm, descr);
  return r;
}

static Object *call_dunder0(Vm *vm, Object *self, Object *name) {
  bool found;
  Object *r = slot_call_dunder(vm, self, name, NULL, 0, &found);
  if (!found && !err_occurred(vm)) err_no_attribute(vm, self, name);
  return r;
}

static Object *call_dunder1(Vm *vm, Object *self, Object *name, Object *a) {
  bool found;
  Object *r = slot_call_dunder(vm, self, name, &a, 1, &found);
  if (!found && !err_occurred(vm)) err_no_attribute(vm, self, name);
  return r;
}

static Object *call_dunder2(Vm *vm, Object *self, Object *name, Object *a,
                            Object *b) {
  Object *args[2] = {a, b};
  bool found;
  Object *r = slot_call_dunder(vm, self, name, args, 2, &found);
  if (!found && !err_occurred(vm)) err_no_attribute(vm, self, name);
  return r;
}

// ---- Generic slots for classes --------------------------------------------------------

static Object *slot_tp_repr(Vm *vm, Object *self) {
  return call_dunder0(vm, self, vm->str.repr);
}

static Object *slot_tp_str(Vm *vm, Object *self) {
  return call_dunder0(vm, self, vm->str.str);
}

static int64_t slot_tp_hash(Vm *vm, Object *self) {
  Object *r = call_dunder0(vm, self, vm->str.hash);
  if (!r) return -1;
  if (!is_int(r)) {
    err_set(vm, vm->t.TypeError, "__hash__ method should return an integer");
    decref(vm, r);
    return -1;
  }
  int64_t h = int_is_small(r) ? int_small_value(r) : int_hash_value(r);
  decref(vm, r);
  return h == -1 ? -2 : h;
}

static Object *cmp_name(Vm *vm, int op) {
  Object *names[] = {vm->str.lt, vm->str.le, vm->str.eq,
                     vm->str.ne, vm->str.gt, vm->str.ge};
  return names[op];
}

static Object *slot_tp_richcompare(Vm *vm, Object *self, Object *other, int op) {
  bool found;
  Object *r = slot_call_dunder(vm, self, cmp_name(vm, op), &other, 1, &found);
  if (!found && !err_occurred(vm)) return vm_notimpl(vm);
  return r;
}

static Object *slot_tp_getattr_hook(Vm *vm, Object *self, Object *name) {
  Object *getattribute = type_lookup(self->type, vm->str.getattribute);
  Object *r;
  if (!getattribute || getattribute->type == vm->t.wrapper_descr) {
    r = generic_getattr(vm, self, name);
  } else {
    r = call_dunder1(vm, self, vm->str.getattribute, name);
  }
  if (r || !err_matches(vm, vm->t.AttributeError)) return r;
  if (!type_lookup(self->type, vm->str.getattr)) return NULL;
  err_clear(vm);
  return call_dunder1(vm, self, vm->str.getattr, name);
}

static int slot_tp_setattro(Vm *vm, Object *self, Object *name, Object *value) {
  Object *r = value ? call_dunder2(vm, self, vm->str.setattr, name, value)
                    : call_dunder1(vm, self, vm->str.delattr, name);
  if (!r) return -1;
  decref(vm, r);
  return 0;
}

static Object *slot_tp_descr_get(Vm *vm, Object *self, Object *obj, Object *type) {
  return call_dunder2(vm, self, vm->str.get, obj ? obj : vm->none,
                      type ? type : vm->none);
}

static int slot_tp_descr_set(Vm *vm, Object *self, Object *obj, Object *value) {
  Object *r = value ? call_dunder2(vm, self, vm->str.set, obj, value)
                    : call_dunder1(vm, self, vm->str.delete, obj);
  if (!r) return -1;
  decref(vm, r);
  return 0;
}

static Object *slot_tp_call(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *call = lookup_special(vm, self, vm->str.call);
  if (!call) {
    if (!err_occurred(vm)) err_type_not(vm, self, "callable");
    return NULL;
  }
  // CPython reaches tp_call through _PyObject_MakeTpCall, which counts.
  Object *r = NULL;
  if (vm_enter_c(vm, " while calling a Python object") == 0) {
    r = obj_call(vm, call, args, nargs, kwnames);
    vm_leave_c(vm);
  }
  decref(vm, call);
  return r;
}

static Object *slot_tp_iter(Vm *vm, Object *self) {
  Object *f = type_lookup(self->type, vm->str.iter);
  if (f == vm->none) return err_type_not(vm, self, "iterable");
  return call_dunder0(vm, self, vm->str.iter);
}

static Object *slot_tp_iternext(Vm *vm, Object *self) {
  return call_dunder0(vm, self, vm->str.next);
}

static int slot_tp_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                        Object *kwnames) {
  Object *init = type_lookup(self->type, vm->str.init);
  if (!init) return 0;
  incref(vm, init);
  Object *r;
  if (init->type == vm->t.function) {
    size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    Object **argv = alloc_bytes(&vm->alloc, sizeof(Object *) * (total + 1));
    if (!argv) {
      decref(vm, init);
      err_no_memory(vm);
      return -1;
    }
    argv[0] = self;
    if (total) memcpy(argv + 1, args, sizeof(Object *) * total);
    r = obj_call(vm, init, argv, nargs + 1, kwnames);
    alloc_free(&vm->alloc, argv, sizeof(Object *) * (total + 1));
  } else {
    Object *bound = init->type->descr_get
                        ? init->type->descr_get(vm, init, self, AS_OBJ(self->type))
                        : newref(vm, init);
    r = bound ? obj_call(vm, bound, args, nargs, kwnames) : NULL;
    xdecref(vm, bound);
  }
  decref(vm, init);
  if (!r) return -1;
  if (r != vm->none) {
    err_format(vm, vm->t.TypeError, "__init__() should return None, not '%s'",
               r->type->tp_name);
    decref(vm, r);
    return -1;
  }
  decref(vm, r);
  return 0;
}

static Object *slot_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  Object *func = obj_getattr(vm, AS_OBJ(type), vm->str.new_);
  if (!func) return NULL;
  size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
  Object **argv = alloc_bytes(&vm->alloc, sizeof(Object *) * (total + 1));
  Object *r = NULL;
  if (argv) {
    argv[0] = AS_OBJ(type);
    if (total) memcpy(argv + 1, args, sizeof(Object *) * total);
    r = obj_call(vm, func, argv, nargs + 1, kwnames);
    alloc_free(&vm->alloc, argv, sizeof(Object *) * (total + 1));
  } else {
    err_no_memory(vm);
  }
  decref(vm, func);
  return r;
}

// __del__: the pending exception is saved around the call, and an exception
// escaping __del__ is reported as unraisable (slot_tp_finalize).
// FINALIZE_END.resurrected: on the dealloc path the refcount was raised to
// 1 for the call, so more means a new reference; when the collector calls
// it (finalize_garbage) the object still has its cycle's references and
// handle_resurrected_objects decides later (GC_RESURRECTED).
static void slot_tp_finalize(Vm *vm, Object *self) {
  Object *saved = err_fetch(vm);
  Object *del = type_lookup(self->type, vm->str.del);
  if (del) {
    incref(vm, del);
    uint8_t by_gc = vm->gc.finalizing == self;
    if (vm->trace.on)
      trace_emit(vm, EV_FINALIZE, by_gc, 0, trace_obj(vm, self), 0, 0);
    uint16_t reason = vm->trace.reason;
    vm->trace.reason = REASON_finalizer;
    bool found;
    Object *r = slot_call_dunder(vm, self, vm->str.del, NULL, 0, &found);
    vm->trace.reason = reason;
    if (!r) err_write_unraisable(vm, del);
    else decref(vm, r);
    if (vm->trace.on)
      trace_emit(vm, EV_FINALIZE_END, by_gc, 0, trace_obj(vm, self),
                 !by_gc && self->refcnt > 1, 0);
    decref(vm, del);
  }
  err_restore(vm, saved);
}

// ---- Number slots ---------------------------------------------------------------------

// SLOT1BINFULL: a + b on instances of classes, with b.__radd__ tried first
// when b's class is a subclass of a's that overrides it.
static Object *slot_nb_binary(Vm *vm, Object *self, Object *other, NbOp op,
                              BinaryFn this_slot) {
  Object *name = vm->nb_names[op][0], *rname = vm->nb_names[op][1];
  bool do_other = self->type != other->type &&
                  other->type->nb[op] == this_slot;
  bool found;
  if (self->type->nb[op] == this_slot) {
    if (do_other && type_is_subtype(other->type, self->type)) {
      Object *r = slot_call_dunder(vm, other, rname, &self, 1, &found);
      if (found) {
        if (r != vm->notimpl) return r;
        decref(vm, r);
      } else if (err_occurred(vm)) {
        return NULL;
      }
      do_other = false;
    }
    Object *r = slot_call_dunder(vm, self, name, &other, 1, &found);
    if (found && (r != vm->notimpl || other->type == self->type)) return r;
    if (found) decref(vm, r);
    else if (err_occurred(vm)) return NULL;
  }
  if (do_other) {
    Object *r = slot_call_dunder(vm, other, rname, &self, 1, &found);
    if (found) return r;
    if (err_occurred(vm)) return NULL;
  }
  return vm_notimpl(vm);
}

#define NB_SLOT(opname, stem, sym)                                             \
  static Object *slot_nb_##opname(Vm *vm, Object *a, Object *b) {              \
    return slot_nb_binary(vm, a, b, NB_##opname, slot_nb_##opname);            \
  }                                                                            \
  static Object *slot_nb_i##opname(Vm *vm, Object *a, Object *b) {             \
    return call_dunder1(vm, a, vm->nb_names[NB_##opname][2], b);               \
  }
NB_OPS(NB_SLOT)
#undef NB_SLOT

static const BinaryFn slot_nb_fns[NB_COUNT] = {
#define NB_FN(opname, stem, sym) slot_nb_##opname,
    NB_OPS(NB_FN)
#undef NB_FN
};
static const BinaryFn slot_nb_ifns[NB_COUNT] = {
#define NB_FN(opname, stem, sym) slot_nb_i##opname,
    NB_OPS(NB_FN)
#undef NB_FN
};

static Object *slot_nb_power3(Vm *vm, Object *a, Object *b, Object *m) {
  if (m == vm->none) return slot_nb_POW(vm, a, b);
  Object *args[2] = {b, m};
  bool found;
  Object *r = slot_call_dunder(vm, a, vm->nb_names[NB_POW][0], args, 2, &found);
  if (!found && !err_occurred(vm)) return vm_notimpl(vm);
  return r;
}

#define UNARY_SLOT(fn, member)                                                 \
  static Object *fn(Vm *vm, Object *self) {                                    \
    return call_dunder0(vm, self, vm->str.member);                             \
  }
UNARY_SLOT(slot_nb_negative, neg)
UNARY_SLOT(slot_nb_positive, pos)
UNARY_SLOT(slot_nb_absolute, abs)
UNARY_SLOT(slot_nb_invert, invert)
UNARY_SLOT(slot_nb_int, int_)
UNARY_SLOT(slot_nb_float, float_)
UNARY_SLOT(slot_nb_index, index)
#undef UNARY_SLOT

static ssize slot_sq_length(Vm *vm, Object *self);

static int slot_nb_bool(Vm *vm, Object *self) {
  bool found;
  Object *r = slot_call_dunder(vm, self, vm->str.bool_, NULL, 0, &found);
  if (!found) {
    if (err_occurred(vm)) return -1;
    if (!type_lookup(self->type, vm->str.len)) return 1;
    ssize n = slot_sq_length(vm, self);
    return n < 0 ? -1 : n > 0;
  }
  if (!r) return -1;
  if (r != vm->true_ && r != vm->false_) {
    err_format(vm, vm->t.TypeError, "__bool__ should return bool, returned %s",
               r->type->tp_name);
    decref(vm, r);
    return -1;
  }
  int t = r == vm->true_;
  decref(vm, r);
  return t;
}

// ---- Container slots ---------------------------------------------------------------------

static ssize slot_sq_length(Vm *vm, Object *self) {
  Object *r = call_dunder0(vm, self, vm->str.len);
  if (!r) return -1;
  Object *i = number_index(vm, r);
  decref(vm, r);
  if (!i) return -1;
  if (int_sign(i) < 0) {
    decref(vm, i);
    err_set(vm, vm->t.ValueError, "__len__() should return >= 0");
    return -1;
  }
  bool ok;
  ssize n = int_as_ssize(vm, i, false, &ok);
  decref(vm, i);
  if (!ok) {
    err_clear(vm);
    err_set(vm, vm->t.OverflowError,
            "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

static Object *slot_mp_subscript(Vm *vm, Object *self, Object *key) {
  return call_dunder1(vm, self, vm->str.getitem, key);
}

static int slot_mp_ass_subscript(Vm *vm, Object *self, Object *key,
                                 Object *value) {
  Object *r = value ? call_dunder2(vm, self, vm->str.setitem, key, value)
                    : call_dunder1(vm, self, vm->str.delitem, key);
  if (!r) return -1;
  decref(vm, r);
  return 0;
}

static int slot_sq_contains(Vm *vm, Object *self, Object *item) {
  Object *f = type_lookup(self->type, vm->str.contains);
  if (f == vm->none) {
    err_format(vm, vm->t.TypeError, "'%s' object is not a container",
               self->type->tp_name);
    return -1;
  }
  Object *r = call_dunder1(vm, self, vm->str.contains, item);
  if (!r) return -1;
  int t = obj_is_true(vm, r);
  decref(vm, r);
  return t;
}

// ---- The table --------------------------------------------------------------------------

typedef enum {
  SK_REPR, SK_STR, SK_HASH, SK_RICHCMP, SK_GETATTRIBUTE, SK_GETATTR,
  SK_SETATTR, SK_DELATTR, SK_GET, SK_SET, SK_DELETE, SK_CALL, SK_ITER,
  SK_NEXT, SK_INIT, SK_NEW, SK_DEL, SK_NB, SK_NB_R, SK_NB_I, SK_NEG, SK_POS,
  SK_ABS, SK_INVERT, SK_BOOL, SK_INT, SK_FLOAT, SK_INDEX, SK_LEN, SK_GETITEM,
  SK_SETITEM, SK_DELITEM, SK_CONTAINS,
} SlotKind;

typedef struct SlotDef {
  const char *name;
  SlotKind kind;
  int op; // NbOp or CMP_*
} SlotDef;

static const SlotDef slotdefs[] = {
    {"__repr__", SK_REPR, 0},
    {"__str__", SK_STR, 0},
    {"__hash__", SK_HASH, 0},
    {"__lt__", SK_RICHCMP, CMP_LT},
    {"__le__", SK_RICHCMP, CMP_LE},
    {"__eq__", SK_RICHCMP, CMP_EQ},
    {"__ne__", SK_RICHCMP, CMP_NE},
    {"__gt__", SK_RICHCMP, CMP_GT},
    {"__ge__", SK_RICHCMP, CMP_GE},
    {"__getattribute__", SK_GETATTRIBUTE, 0},
    {"__getattr__", SK_GETATTR, 0},
    {"__setattr__", SK_SETATTR, 0},
    {"__delattr__", SK_DELATTR, 0},
    {"__get__", SK_GET, 0},
    {"__set__", SK_SET, 0},
    {"__delete__", SK_DELETE, 0},
    {"__call__", SK_CALL, 0},
    {"__iter__", SK_ITER, 0},
    {"__next__", SK_NEXT, 0},
    {"__init__", SK_INIT, 0},
    {"__new__", SK_NEW, 0},
    {"__del__", SK_DEL, 0},
#define NB_DEFS(opname, stem, sym)                                             \
  {"__" stem "__", SK_NB, NB_##opname}, {"__r" stem "__", SK_NB_R, NB_##opname}, \
      {"__i" stem "__", SK_NB_I, NB_##opname},
    NB_OPS(NB_DEFS)
#undef NB_DEFS
    {"__neg__", SK_NEG, 0},
    {"__pos__", SK_POS, 0},
    {"__abs__", SK_ABS, 0},
    {"__invert__", SK_INVERT, 0},
    {"__bool__", SK_BOOL, 0},
    {"__int__", SK_INT, 0},
    {"__float__", SK_FLOAT, 0},
    {"__index__", SK_INDEX, 0},
    {"__len__", SK_LEN, 0},
    {"__getitem__", SK_GETITEM, 0},
    {"__setitem__", SK_SETITEM, 0},
    {"__delitem__", SK_DELITEM, 0},
    {"__contains__", SK_CONTAINS, 0},
};

const SlotDef *slotdef_for(const char *name) {
  for (size_t i = 0; i < COUNT_OF(slotdefs); i++)
    if (strcmp(slotdefs[i].name, name) == 0) return &slotdefs[i];
  return NULL;
}

// ---- Classes: which slots call dunders ---------------------------------------------------

// Does [name] resolve, through the MRO, to something other than a built-in
// slot wrapper (so the class overrides the slot)? *value gets what it found.
static bool overridden(Vm *vm, TypeObject *t, const char *name, Object **value) {
  Object *n = str_intern_cstr(vm, name);
  Object *d = n ? type_lookup(t, n) : NULL;
  xdecref(vm, n);
  if (value) *value = d;
  if (!d) return false;
  return d->type != vm->t.wrapper_descr && d->type != vm->t.builtin;
}

static void fill_nb_slots(Vm *vm, TypeObject *t, const SlotDef *d) {
  int op = d->op;
  if (d->kind == SK_NB || d->kind == SK_NB_R) {
    if (overridden(vm, t, d->name, NULL)) t->nb[op] = slot_nb_fns[op];
  } else if (overridden(vm, t, d->name, NULL)) {
    t->nb_inplace[op] = slot_nb_ifns[op];
  }
  if (op == NB_POW && t->nb[op] == slot_nb_fns[op]) t->nb_power3 = slot_nb_power3;
}

static void fill_one(Vm *vm, TypeObject *t, const SlotDef *d) {
  Object *v;
  bool over = overridden(vm, t, d->name, &v);
  if (d->kind == SK_NB || d->kind == SK_NB_R || d->kind == SK_NB_I) {
    fill_nb_slots(vm, t, d);
    return;
  }
  if (d->kind == SK_HASH && v == vm->none) {
    t->hash = NULL;
    return;
  }
  if (!over) return;
  switch (d->kind) {
  case SK_REPR: t->repr = slot_tp_repr; break;
  case SK_STR: t->str = slot_tp_str; break;
  case SK_HASH: t->hash = slot_tp_hash; break;
  case SK_RICHCMP: t->richcompare = slot_tp_richcompare; break;
  case SK_GETATTRIBUTE:
  case SK_GETATTR: t->getattro = slot_tp_getattr_hook; break;
  case SK_SETATTR:
  case SK_DELATTR: t->setattro = slot_tp_setattro; break;
  case SK_GET: t->descr_get = slot_tp_descr_get; break;
  case SK_SET:
  case SK_DELETE: t->descr_set = slot_tp_descr_set; break;
  case SK_CALL: t->call = slot_tp_call; break;
  case SK_ITER: t->iter = slot_tp_iter; break;
  case SK_NEXT: t->iternext = slot_tp_iternext; break;
  case SK_INIT: t->tp_init = slot_tp_init; break;
  case SK_NEW: t->tp_new = slot_tp_new; break;
  case SK_DEL: t->finalize = slot_tp_finalize; break;
  case SK_NEG: t->nb_negative = slot_nb_negative; break;
  case SK_POS: t->nb_positive = slot_nb_positive; break;
  case SK_ABS: t->nb_absolute = slot_nb_absolute; break;
  case SK_INVERT: t->nb_invert = slot_nb_invert; break;
  case SK_BOOL: t->nb_bool = slot_nb_bool; break;
  case SK_INT: t->nb_int = slot_nb_int; break;
  case SK_FLOAT: t->nb_float = slot_nb_float; break;
  case SK_INDEX: t->nb_index = slot_nb_index; break;
  case SK_LEN:
    t->len = slot_sq_length;
    if (!t->nb_bool) t->nb_bool = slot_nb_bool;
    break;
  case SK_GETITEM: t->getitem = slot_mp_subscript; break;
  case SK_SETITEM:
  case SK_DELITEM: t->setitem = slot_mp_ass_subscript; break;
  case SK_CONTAINS: t->contains = slot_sq_contains; break;
  default: break;
  }
}

bool typeslots_new_is_dunder(const TypeObject *t) {
  return t->tp_new == slot_tp_new;
}

void typeslots_fill(Vm *vm, TypeObject *t) {
  for (size_t i = 0; i < COUNT_OF(slotdefs); i++) fill_one(vm, t, &slotdefs[i]);
}

void type_update_slot(Vm *vm, TypeObject *t, Object *name) {
  const SlotDef *d = slotdef_for(str_data(name));
  if (!d) return;
  fill_one(vm, t, d);
  if (d->kind == SK_NB || d->kind == SK_NB_R) {
    Object *v;
    // Deleting the last override restores the inherited slot.
    const SlotDef *pair = d->kind == SK_NB ? d + 1 : d - 1;
    if (!overridden(vm, t, d->name, &v) && !overridden(vm, t, pair->name, &v))
      t->nb[d->op] = t->base ? t->base->nb[d->op] : NULL;
  }
}

// ---- Built-in types: slot wrappers (int.__add__, object.__init__) ------------------------

static bool has_slot(const TypeObject *t, const SlotDef *d) {
  switch (d->kind) {
  case SK_REPR: return t->repr;
  case SK_STR: return t->str;
  case SK_HASH: return t->hash;
  case SK_RICHCMP: return t->richcompare;
  case SK_GETATTRIBUTE: return t->getattro;
  case SK_SETATTR:
  case SK_DELATTR: return t->setattro;
  case SK_GET: return t->descr_get;
  case SK_SET:
  case SK_DELETE: return t->descr_set;
  case SK_CALL: return t->call;
  case SK_ITER: return t->iter;
  case SK_NEXT: return t->iternext;
  case SK_INIT: return t->tp_init;
  case SK_NB: // sq_concat gives __add__ only; sq_repeat __mul__ and __rmul__
    return t->nb[d->op] || (d->op == NB_ADD && t->sq_concat) ||
           (d->op == NB_MUL && t->sq_repeat);
  case SK_NB_R:
    return t->nb[d->op] || (d->op == NB_MUL && t->sq_repeat);
  case SK_NB_I:
    return t->nb_inplace[d->op] || (d->op == NB_ADD && t->sq_inplace_concat) ||
           (d->op == NB_MUL && t->sq_inplace_repeat);
  case SK_NEG: return t->nb_negative;
  case SK_POS: return t->nb_positive;
  case SK_ABS: return t->nb_absolute;
  case SK_INVERT: return t->nb_invert;
  case SK_BOOL: return t->nb_bool;
  case SK_INT: return t->nb_int;
  case SK_FLOAT: return t->nb_float;
  case SK_INDEX: return t->nb_index;
  case SK_LEN: return t->len;
  case SK_GETITEM: return t->getitem;
  case SK_SETITEM:
  case SK_DELITEM: return t->setitem;
  case SK_CONTAINS: return t->contains;
  default: return false;
  }
}

Object *descr_new_wrapper(Vm *vm, TypeObject *owner, const SlotDef *def);
Object *builtin_new_type_new(Vm *vm, TypeObject *owner); // descr.c

void typeslots_add_wrappers(Vm *vm, TypeObject *t) {
  for (size_t i = 0; i < COUNT_OF(slotdefs); i++) {
    const SlotDef *d = &slotdefs[i];
    if (dict_get_cstr(vm, t->dict, d->name)) continue;
    Object *w = NULL;
    if (d->kind == SK_NEW) {
      if (t->tp_new && (!t->base || t->tp_new != t->base->tp_new))
        w = builtin_new_type_new(vm, t);
    } else if (d->kind == SK_HASH && !t->hash && t->richcompare) {
      w = newref(vm, vm->none); // unhashable: __hash__ = None
    } else if (has_slot(t, d)) {
      w = descr_new_wrapper(vm, t, d);
    }
    if (w) {
      dict_set_cstr(vm, t->dict, d->name, w);
      decref(vm, w);
    }
  }
}

// ---- Calling a slot wrapper: int.__add__(1, 2), object.__init__(self) ---------------------

static int want_args(Vm *vm, const SlotDef *d, size_t nargs, size_t n,
                     Object *kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    err_format(vm, vm->t.TypeError, "wrapper %s() takes no keyword arguments",
               d->name);
    return -1;
  }
  if (nargs == n) return 0;
  err_format(vm, vm->t.TypeError, "expected %d argument%s, got %zd", (int)n,
             n == 1 ? "" : "s", (ssize)nargs);
  return -1;
}

static Object *from_int(Vm *vm, int r) {
  return r < 0 ? NULL : vm_none(vm);
}

static Object *wrap_binary(Vm *vm, const SlotDef *d, TypeObject *t,
                           Object *self, Object *other) {
  NbOp op = (NbOp)d->op;
  bool reflected = d->kind == SK_NB_R;
  if (d->kind == SK_NB_I) {
    if (t->nb_inplace[op]) return t->nb_inplace[op](vm, self, other);
    if (op == NB_ADD) return t->sq_inplace_concat(vm, self, other);
    Object *i = number_index(vm, other);
    if (!i) return NULL;
    bool ok;
    ssize n = int_as_ssize(vm, i, true, &ok);
    decref(vm, i);
    return t->sq_inplace_repeat(vm, self, n);
  }
  if (t->nb[op])
    return reflected ? t->nb[op](vm, other, self) : t->nb[op](vm, self, other);
  if (op == NB_ADD) {
    if (reflected) return vm_notimpl(vm);
    return t->sq_concat(vm, self, other);
  }
  if (!is_index(other)) return vm_notimpl(vm);
  Object *i = number_index(vm, other);
  if (!i) return NULL;
  bool ok;
  ssize n = int_as_ssize(vm, i, true, &ok);
  decref(vm, i);
  return t->sq_repeat(vm, self, n);
}

static Object *wrap_unary(Vm *vm, UnaryFn f, const SlotDef *d, Object *self,
                          size_t nargs, Object *kwnames) {
  if (want_args(vm, d, nargs, 0, kwnames) < 0) return NULL;
  return f(vm, self);
}

Object *slot_wrapper_call(Vm *vm, const SlotDef *d, TypeObject *t,
                          Object *self, Object *const *args, size_t nargs,
                          Object *kwnames) {
  switch (d->kind) {
  case SK_INIT:
    return from_int(vm, t->tp_init(vm, self, args, nargs, kwnames));
  case SK_CALL:
    return t->call(vm, self, args, nargs, kwnames);
  default:
    break;
  }
  switch (d->kind) {
  case SK_REPR: return wrap_unary(vm, t->repr, d, self, nargs, kwnames);
  case SK_STR: return wrap_unary(vm, t->str, d, self, nargs, kwnames);
  case SK_ITER: return wrap_unary(vm, t->iter, d, self, nargs, kwnames);
  case SK_NEG: return wrap_unary(vm, t->nb_negative, d, self, nargs, kwnames);
  case SK_POS: return wrap_unary(vm, t->nb_positive, d, self, nargs, kwnames);
  case SK_ABS: return wrap_unary(vm, t->nb_absolute, d, self, nargs, kwnames);
  case SK_INVERT: return wrap_unary(vm, t->nb_invert, d, self, nargs, kwnames);
  case SK_INT: return wrap_unary(vm, t->nb_int, d, self, nargs, kwnames);
  case SK_FLOAT: return wrap_unary(vm, t->nb_float, d, self, nargs, kwnames);
  case SK_INDEX: return wrap_unary(vm, t->nb_index, d, self, nargs, kwnames);
  default: break;
  }
  if (d->kind == SK_NEXT) {
    if (want_args(vm, d, nargs, 0, kwnames) < 0) return NULL;
    Object *r = t->iternext(vm, self);
    if (!r && !err_occurred(vm)) err_set_object(vm, vm->t.StopIteration, NULL);
    return r;
  }
  if (d->kind == SK_HASH || d->kind == SK_LEN || d->kind == SK_BOOL) {
    if (want_args(vm, d, nargs, 0, kwnames) < 0) return NULL;
    if (d->kind == SK_HASH) {
      int64_t h = t->hash(vm, self);
      return h == -1 ? NULL : int_from_i64(vm, h);
    }
    if (d->kind == SK_LEN) {
      ssize n = t->len(vm, self);
      return n < 0 ? NULL : int_from_i64(vm, n);
    }
    int b = t->nb_bool(vm, self);
    return b < 0 ? NULL : vm_bool(vm, b);
  }
  size_t need = d->kind == SK_SETATTR || d->kind == SK_SET ||
                        d->kind == SK_SETITEM || d->kind == SK_GET
                    ? 2 : 1;
  if (d->kind == SK_GET && nargs == 1) need = 1;
  if (want_args(vm, d, nargs, need, kwnames) < 0) return NULL;
  Object *a = args[0], *b = nargs > 1 ? args[1] : NULL;
  switch (d->kind) {
  case SK_RICHCMP: return t->richcompare(vm, self, a, d->op);
  case SK_GETATTRIBUTE: return t->getattro(vm, self, a);
  case SK_SETATTR: return from_int(vm, t->setattro(vm, self, a, b));
  case SK_DELATTR: return from_int(vm, t->setattro(vm, self, a, NULL));
  case SK_GET:
    return t->descr_get(vm, self, a == vm->none ? NULL : a,
                        b && b != vm->none ? b : NULL);
  case SK_SET: return from_int(vm, t->descr_set(vm, self, a, b));
  case SK_DELETE: return from_int(vm, t->descr_set(vm, self, a, NULL));
  case SK_GETITEM: return t->getitem(vm, self, a);
  case SK_SETITEM: return from_int(vm, t->setitem(vm, self, a, b));
  case SK_DELITEM: return from_int(vm, t->setitem(vm, self, a, NULL));
  case SK_CONTAINS: {
    int r = t->contains(vm, self, a);
    return r < 0 ? NULL : vm_bool(vm, r);
  }
  case SK_NB:
  case SK_NB_R:
  case SK_NB_I:
    return wrap_binary(vm, d, t, self, a);
  default:
    err_set(vm, vm->t.SystemError, "bad slot wrapper");
    return NULL;
  }
}

const char *slotdef_name(const SlotDef *d) { return d->name; }
