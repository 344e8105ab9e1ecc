// object_type.c — the `object` type and the life cycle of instances of user
// classes: object.__new__/__init__ (with CPython's "takes no arguments"
// rules), default repr/hash/==, and subtype_dealloc's order (__del__ first,
// PEP 442 once only and resurrection, then weakrefs, then attributes in key
// order, then the base type's dealloc). See ../shared/cpython-semantics.md §3.4.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "reduce.h"
#include "str.h"
#include "strformat.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

// ---- object.__new__ / object.__init__ ----------------------------------------------

static bool excess_args(size_t nargs, Object *kwnames) {
  return nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
}

static Object *object_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames);
static int object_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames);

static Object *object_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames) {
  UNUSED(args);
  if (excess_args(nargs, kwnames)) {
    if (type->tp_new != object_new) {
      err_set(vm, vm->t.TypeError,
              "object.__new__() takes exactly one argument (the type to "
              "instantiate)");
      return NULL;
    }
    if (type->tp_init == object_init)
      return err_format(vm, vm->t.TypeError, "%s() takes no arguments",
                        type->tp_name);
  }
  if (type->flags & TPF_ABSTRACT)
    return err_format(vm, vm->t.TypeError,
                      "Can't instantiate abstract class %s", type->tp_name);
  Object *o = obj_alloc(vm, type, type->alloc_size ? type->alloc_size
                                                   : sizeof(Object));
  if (o && (type->flags & TPF_HAVE_GC)) gc_track(vm, o);
  if (o && type->cached_keys) { // _PyObject_InitializeDict
    sharedkeys_new_instance(type->cached_keys);
    obj_managed(o)->has_values = true;
  }
  return o;
}

static int object_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames) {
  UNUSED(args);
  TypeObject *type = self->type;
  if (excess_args(nargs, kwnames)) {
    if (type->tp_init != object_init) {
      err_set(vm, vm->t.TypeError,
              "object.__init__() takes exactly one argument (the instance to "
              "initialize)");
      return -1;
    }
    if (type->tp_new == object_new) {
      err_format(vm, vm->t.TypeError,
                 "%s.__init__() takes exactly one argument (the instance to "
                 "initialize)",
                 type->tp_name);
      return -1;
    }
  }
  return 0;
}

// ---- repr, hash, == --------------------------------------------------------------------

static Object *object_repr(Vm *vm, Object *o) {
  TypeObject *t = o->type;
  Object *mod = (t->flags & TPF_HEAPTYPE)
                    ? dict_get_str(vm, t->dict, vm->str.module)
                    : NULL;
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins"))
    return str_from_format(vm, "<%U.%U object at %p>", mod, t->qualname,
                           (void *)o);
  return str_from_format(vm, "<%s object at %p>", t->tp_name, (void *)o);
}

static Object *object_str(Vm *vm, Object *o) { return o->type->repr(vm, o); }

int64_t hash_pointer(const void *p) {
  uintptr_t y = (uintptr_t)p;
  int64_t h = (int64_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
  return h == -1 ? -2 : h;
}

static int64_t object_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  return hash_pointer(o);
}

static Object *object_richcompare(Vm *vm, Object *a, Object *b, int op) {
  switch (op) {
  case CMP_EQ:
    return a == b ? vm_bool(vm, true) : vm_notimpl(vm);
  case CMP_NE: {
    // Inverts __eq__ unless it is NotImplemented.
    RichCmpFn eq = a->type->richcompare;
    if (!eq) return vm_notimpl(vm);
    Object *r = eq(vm, a, b, CMP_EQ);
    if (!r || r == vm->notimpl) return r;
    int t = obj_is_true(vm, r);
    decref(vm, r);
    return t < 0 ? NULL : vm_bool(vm, !t);
  }
  default:
    return vm_notimpl(vm);
  }
}

// ---- Instance attributes: __dict__, __weakref__, __class__ ------------------------------

Object *instance_get_dict_attr(Vm *vm, Object *o) {
  Object *d = instance_get_dict(vm, o);
  return d ? newref(vm, d) : NULL;
}

// subtype_setdict (a class's own __dict__: may be deleted) and
// PyObject_GenericSetDict (a built-in layout's, e.g. exceptions'). The
// inline values move into the old dict first, so they go with it.
int instance_set_dict_attr(Vm *vm, Object *o, Object *v) {
  bool managed = instance_has_dict(o);
  if (!v && !managed) {
    err_set(vm, vm->t.TypeError, "cannot delete __dict__");
    return -1;
  }
  if (v && !is_dict(v)) {
    err_format(vm, vm->t.TypeError,
               "__dict__ must be set to a dictionary, not a '%s'",
               v->type->tp_name);
    return -1;
  }
  if (!instance_get_dict(vm, o)) return -1;
  Object **slot = managed ? &obj_managed(o)->dict : layout_dict_ptr(vm, o);
  Object *old = *slot;
  *slot = v ? newref(vm, v) : NULL;
  if (TRACE_ABOUT(vm, o) && v)
    trace_emit(vm, EV_REF_SET, 0, 0, trace_obj(vm, o),
               trace_cstring(vm, "__dict__"), trace_obj(vm, v));
  else if (TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_REF_DEL, 0, 0, o->serial, trace_cstring(vm, "__dict__"),
               0);
  xdecref(vm, old);
  return 0;
}

static Object *inst_get_weakref(Vm *vm, Object *o) {
  Object *w = weakref_first_of(vm, o);
  return newref(vm, w ? w : vm->none);
}

const GetSetDef instance_dict_getset[] = {
    {"__dict__", instance_get_dict_attr, instance_set_dict_attr},
    {NULL, NULL, NULL}};
const GetSetDef instance_weakref_getset[] = {
    {"__weakref__", inst_get_weakref, NULL}, {NULL, NULL, NULL}};

static Object *object_get_class(Vm *vm, Object *o) {
  return newref(vm, AS_OBJ(o->type));
}

static int object_set_class(Vm *vm, Object *o, Object *v) {
  if (!v || !obj_is_type(v)) {
    err_format(vm, vm->t.TypeError,
               "__class__ must be set to a class, not '%s' object",
               v ? v->type->tp_name : "NULL");
    return -1;
  }
  TypeObject *nt = (TypeObject *)v, *old = o->type;
  if (!(nt->flags & TPF_HEAPTYPE) || !(old->flags & TPF_HEAPTYPE) ||
      nt->layout != old->layout || nt->alloc_size != old->alloc_size ||
      (nt->flags & TPF_MANAGED_DICT) != (old->flags & TPF_MANAGED_DICT)) {
    err_format(vm, vm->t.TypeError,
               "__class__ assignment: '%s' object layout differs from '%s'",
               nt->tp_name, old->tp_name);
    return -1;
  }
  if ((old->flags & TPF_MANAGED_DICT) && obj_managed(o)->has_values &&
      !instance_get_dict(vm, o))
    return -1; // keys are per class: move attributes into a dict first
  incref(vm, v);
  o->type = nt;
  trace_flags_changed(vm, o); // OBJECT again, with its new class
  decref(vm, AS_OBJ(old));
  return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class}, {NULL, NULL, NULL}};

// ---- object's methods ---------------------------------------------------------------------


static Object *object_reduce_ex(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  int protocol = 0;
  if (parse_args(vm, "object.__reduce_ex__", args, nargs, kw, "1i:protocol",
                 &protocol) < 0)
    return NULL;
  return reduce_object_ex(vm, self, protocol);
}

static Object *object_reduce(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  if (parse_args(vm, "object.__reduce__", args, nargs, kw, "N") < 0) return NULL;
  return copyreg_reduce(vm, self, 0);
}

ssize obj_sizeof_default(Object *o) {
  TypeObject *t = o->type;
  ssize n = t->py_basicsize;
  if (t->py_itemsize && t->layout == LAYOUT_TUPLE)
    n += t->py_itemsize * tuple_size(o);
  return n;
}

static Object *object_sizeof(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  if (parse_args(vm, "object.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  return int_from_i64(vm, obj_sizeof_default(self));
}

static Object *object_init_subclass(Vm *vm, Object *self, Object *const *args,
                                    size_t nargs, Object *kw) {
  UNUSED(args);
  Object *qualname = ((TypeObject *)self)->qualname; // a METH_NOARGS method
  if (kw && tuple_size(kw))
    return err_format(vm, vm->t.TypeError,
                      "%U.__init_subclass__() takes no keyword arguments",
                      qualname);
  if (nargs)
    return err_format(vm, vm->t.TypeError,
                      "%U.__init_subclass__() takes no arguments (%zd given)",
                      qualname, (ssize)nargs);
  return vm_none(vm);
}

static Object *object_subclasshook(Vm *vm, Object *self, Object *const *args,
                                   size_t nargs, Object *kw) {
  UNUSED(self);
  UNUSED(args);
  UNUSED(nargs);
  if (no_keywords(vm, "__subclasshook__", kw) < 0) return NULL;
  return vm_notimpl(vm);
}

static const MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {"__reduce__", object_reduce, 0, NULL},
    {"__format__", object_format, 0, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__init_subclass__", object_init_subclass, MD_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, MD_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

void object_type_init(Vm *vm) {
  TypeObject *t = vm->t.object;
  t->py_basicsize = 16;
  t->alloc_size = sizeof(Object);
  t->tp_new = object_new;
  t->tp_init = object_init;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->richcompare = object_richcompare;
  t->getattro = generic_getattr;
  t->setattro = generic_setattr;
  t->dealloc = obj_free_memory;
  type_add_methods(vm, t, object_methods);
  type_add_getsets(vm, t, object_getsets);
}

// ---- Instances of user classes: traverse, clear, dealloc -------------------------------------

// The base with a different dealloc (the built-in layout's).
static TypeObject *solid_base(TypeObject *t) {
  while (t->flags & TPF_HEAPTYPE) t = t->base;
  return t;
}

static int traverse_slots(TypeObject *t, Object *o, VisitFn visit, void *arg) {
  TypeObject *base = solid_base(t);
  Object **slots = (Object **)((char *)o + base->alloc_size);
  ssize n = (ssize)((t->alloc_size - base->alloc_size) / sizeof(Object *));
  for (ssize i = 0; i < n; i++)
    if (slots[i]) {
      int r = visit(slots[i], arg);
      if (r) return r;
    }
  return 0;
}

int subtype_traverse(Object *o, VisitFn visit, void *arg) {
  TypeObject *t = o->type, *base = solid_base(t);
  int r = traverse_slots(t, o, visit, arg);
  if (r) return r;
  if (t->flags & TPF_MANAGED_DICT) {
    ManagedPrefix *mp = obj_managed(o);
    if (mp->dict) {
      if ((r = visit(mp->dict, arg)) != 0) return r;
    } else if ((r = instance_traverse_values(o, visit, arg)) != 0) {
      return r;
    }
  }
  if ((r = visit(AS_OBJ(t), arg)) != 0) return r;
  return base->traverse ? base->traverse(o, visit, arg) : 0;
}

// The trace's record of slot [offset] of [o] being emptied, named by its
// class's member names.
static void trace_slot_del(Vm *vm, Object *o, ssize offset) {
  Object *name = trace_member_name(o, (size_t)offset);
  if (name)
    trace_emit(vm, EV_ATTR_DEL, 0, 0, trace_obj(vm, o), trace_str_obj(vm, name),
               0);
}

// Empties the __slots__ members in offset (sorted name) order.
static void clear_slots(Vm *vm, TypeObject *t, Object *o) {
  TypeObject *base = solid_base(t);
  Object **slots = (Object **)((char *)o + base->alloc_size);
  ssize n = (ssize)((t->alloc_size - base->alloc_size) / sizeof(Object *));
  for (ssize i = 0; i < n; i++) {
    ssize offset = (ssize)((char *)&slots[i] - (char *)o);
    if (slots[i] && TRACE_ABOUT(vm, o)) trace_slot_del(vm, o, offset);
    clear_ref(vm, &slots[i]);
  }
}

static void clear_instance_dict(Vm *vm, Object *o) {
  ManagedPrefix *mp = obj_managed(o);
  if (mp->dict) {
    if (TRACE_ABOUT(vm, o))
      trace_emit(vm, EV_REF_DEL, 0, 0, o->serial, trace_cstring(vm, "__dict__"),
                 0);
    clear_ref(vm, &mp->dict);
  } else {
    instance_clear_values(vm, o);
  }
}

void subtype_clear(Vm *vm, Object *o) {
  TypeObject *t = o->type, *base = solid_base(t);
  clear_slots(vm, t, o);
  if (t->flags & TPF_MANAGED_DICT) clear_instance_dict(vm, o);
  if (base->clear) base->clear(vm, o);
}

// PyObject_CallFinalizerFromDealloc: 0 to continue deallocating, -1 when
// the finalizer resurrected the object.
int call_finalizer_from_dealloc(Vm *vm, Object *o) {
  o->refcnt = 1;
  if (vm->trace.on) trace_refcount_change(vm, o);
  GcHead *g = gc_head(o);
  if (!(g->flags & GCF_FINALIZED) && !vm->torn_down) { // see finalize_garbage
    g->flags |= GCF_FINALIZED;
    o->type->finalize(vm, o);
  }
  o->refcnt--;
  if (vm->trace.on) trace_refcount_change(vm, o);
  return o->refcnt == 0 ? 0 : -1;
}

void subtype_dealloc(Vm *vm, Object *o) {
  TypeObject *t = o->type, *base = solid_base(t);
  if (t->finalize) {
    gc_track(vm, o);
    if (call_finalizer_from_dealloc(vm, o) < 0) return; // resurrected
    gc_untrack(vm, o);
  }
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  clear_slots(vm, t, o);
  if (t->flags & TPF_MANAGED_DICT) clear_instance_dict(vm, o);
  base->dealloc(vm, o);
}
