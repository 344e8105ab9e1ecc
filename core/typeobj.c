// typeobj.c — the `type` type: built-in type set-up (type_ready), class
// creation (type(name, bases, ns): C3 MRO, best base, the instance layout
// through type_layout.c, __set_name__, __init_subclass__, __classcell__),
// type attribute access, calling a type, and mappingproxy.
// A class holds a dict, an __mro__ tuple and a __bases__ tuple like CPython's,
// so gc.collect() counts a dead class the same way.
#include "typeobj.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "type_layout.h"
#include "vm.h"
#include "weakref.h"

#include <stdlib.h>
#include <string.h>

static TypeObject *T(Object *o) { return (TypeObject *)o; }

const char *type_name(const TypeObject *t) { return t->tp_name; }

// A static type's tp_name may carry its module ("weakref.ReferenceType"):
// __name__ is the part after the last dot (type_name in CPython).
Object *type_name_obj(Vm *vm, TypeObject *t) {
  if (!t->name) {
    const char *dot = (t->flags & TPF_HEAPTYPE) ? NULL : strrchr(t->tp_name, '.');
    t->name = str_intern_cstr(vm, dot ? dot + 1 : t->tp_name);
  }
  return t->name;
}

// ---- Built-in types ------------------------------------------------------------------

static void free_cached_keys(Vm *vm, TypeObject *t);

TypeObject *type_new_static(Vm *vm, const char *name, Layout layout,
                            TypeObject *base, size_t alloc_size) {
  TypeObject *t = alloc_bytes(&vm->alloc, sizeof(TypeObject));
  if (!t) return NULL;
  t->ob.refcnt = 1000000000; // immortal: static types are never freed
  t->ob.type = vm->t.type; // fixed up for `type` itself by the caller
  t->ob.serial = ++vm->next_serial;
  t->ob.oflags = OF_IMMORTAL;
  t->tp_name = name;
  t->layout = layout;
  t->base = base;
  t->alloc_size = alloc_size;
  t->flags = TPF_BASETYPE | TPF_IMMUTABLE;
  if (vm->n_static_types == vm->static_types_cap) {
    int cap = vm->static_types_cap ? vm->static_types_cap * 2 : 256;
    TypeObject **grown = realloc(vm->static_types, sizeof(TypeObject *) * (size_t)cap);
    if (!grown) {
      alloc_free(&vm->alloc, t, sizeof(TypeObject));
      err_no_memory(vm);
      return NULL;
    }
    vm->static_types = grown;
    vm->static_types_cap = cap;
  }
  vm->static_types[vm->n_static_types++] = t;
  return t;
}

// Frees what a static type owns (its dict, MRO, names) at teardown; the
// type struct itself goes with the allocator.
void type_static_teardown(Vm *vm, TypeObject *t) {
  Object **refs[] = {&t->dict,     &t->mro,      &t->bases,
                     &t->name,     &t->qualname, &t->subclasses};
  for (size_t i = 0; i < COUNT_OF(refs); i++) clear_ref(vm, refs[i]);
  free_cached_keys(vm, t);
}

void type_add_methods(Vm *vm, TypeObject *t, const MethodDef *defs) {
  if (!t->dict) return; // the first set-up pass only fills slots
  for (; defs->name; defs++) {
    Object *d = descr_new_method(vm, t, defs);
    if (!d) return;
    dict_set_cstr(vm, t->dict, defs->name, d);
    decref(vm, d);
  }
}

void type_add_getsets(Vm *vm, TypeObject *t, const GetSetDef *defs) {
  if (!t->dict) return;
  for (; defs->name; defs++) {
    Object *d = descr_new_getset(vm, t, defs);
    if (!d) return;
    dict_set_cstr(vm, t->dict, defs->name, d);
    decref(vm, d);
  }
}

#define INHERIT(slot)                                                          \
  if (!t->slot) t->slot = b->slot
static void inherit_slots(TypeObject *t, TypeObject *b) {
  INHERIT(dealloc);
  INHERIT(traverse);
  INHERIT(clear);
  INHERIT(finalize);
  INHERIT(tp_new);
  INHERIT(tp_init);
  INHERIT(repr);
  INHERIT(str);
  INHERIT(richcompare);
  INHERIT(getattro);
  INHERIT(setattro);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(call);
  INHERIT(iter);
  INHERIT(iternext);
  for (int i = 0; i < NB_COUNT; i++) {
    INHERIT(nb[i]);
    INHERIT(nb_inplace[i]);
  }
  INHERIT(nb_negative);
  INHERIT(nb_positive);
  INHERIT(nb_invert);
  INHERIT(nb_absolute);
  INHERIT(nb_int);
  INHERIT(nb_float);
  INHERIT(nb_index);
  INHERIT(nb_bool);
  INHERIT(nb_power3);
  INHERIT(len);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(sq_concat);
  INHERIT(sq_inplace_concat);
  INHERIT(sq_repeat);
  INHERIT(sq_inplace_repeat);
  // A type that defines __eq__ without __hash__ does not inherit __hash__.
  if (!t->hash && !(t->richcompare && t->richcompare != b->richcompare))
    t->hash = b->hash;
  if (!t->py_basicsize) t->py_basicsize = b->py_basicsize;
  if (!t->alloc_size) t->alloc_size = b->alloc_size;
  t->flags |= b->flags & (TPF_HAVE_GC | TPF_EXC_SUBCLASS | TPF_WEAKREFABLE);
}
#undef INHERIT

static Object *mro_of_static(Vm *vm, TypeObject *t) {
  ssize n = 0;
  for (TypeObject *b = t; b; b = b->base) n++;
  Object *mro = tuple_new(vm, n);
  if (!mro) return NULL;
  ssize i = 0;
  for (TypeObject *b = t; b; b = b->base)
    tuple_init_item(vm, mro, i++, newref(vm, AS_OBJ(b)));
  return mro;
}

int type_ready(Vm *vm, TypeObject *t) {
  if (t->flags & TPF_READY) return 0;
  if (t->base && type_ready(vm, t->base) < 0) return -1;
  if (!t->dict && !(t->dict = dict_new(vm))) return -1;
  typeslots_add_wrappers(vm, t); // the type's own slots, before inheriting
  if (t->base) inherit_slots(t, t->base);
  if (!t->bases)
    t->bases = t->base ? tuple_pack(vm, 1, AS_OBJ(t->base)) : tuple_new(vm, 0);
  if (!t->mro) t->mro = mro_of_static(vm, t);
  if (!t->bases || !t->mro) return -1;
  if (!t->qualname) t->qualname = newref(vm, type_name_obj(vm, t));
  t->flags |= TPF_READY;
  return 0;
}

// ---- The C3 linearization -------------------------------------------------------------

// The sequences merged are tuples: each base's __mro__, then the bases.
// Is [t] in the tail (everything after the head) of any of them?
static bool in_tail(Object **seqs, ssize *heads, int nseqs, Object *t) {
  for (int i = 0; i < nseqs; i++) {
    ssize n = tuple_size(seqs[i]);
    for (ssize j = heads[i] + 1; j < n; j++)
      if (tuple_get(seqs[i], j) == t) return true;
  }
  return false;
}

static void mro_error(Vm *vm, Object **seqs, ssize *heads, int nseqs) {
  Buf b;
  buf_init(&b);
  Object *seen[64];
  int nseen = 0;
  for (int i = 0; i < nseqs; i++) {
    if (heads[i] >= tuple_size(seqs[i])) continue;
    Object *t = tuple_get(seqs[i], heads[i]);
    bool dup = false;
    for (int k = 0; k < nseen; k++) dup |= seen[k] == t;
    if (dup || nseen >= 64) continue;
    seen[nseen++] = t;
    if (b.len) buf_puts(&b, ", ");
    buf_puts(&b, T(t)->tp_name);
  }
  err_format(vm, vm->t.TypeError,
             "Cannot create a consistent method resolution\norder (MRO) for "
             "bases %s",
             buf_cstr(&b));
  buf_free(&b);
}

// pmerge: appends to [result] the merge of [seqs]; 0 or -1.
static int pmerge(Vm *vm, Object *result, Object **seqs, int nseqs) {
  ssize *heads = alloc_bytes(&vm->alloc, sizeof(ssize) * (size_t)nseqs);
  if (!heads) {
    err_no_memory(vm);
    return -1;
  }
  int ok = 0;
  while (ok == 0) {
    Object *cand = NULL;
    bool any = false;
    for (int i = 0; i < nseqs && !cand; i++) {
      if (heads[i] >= tuple_size(seqs[i])) continue;
      any = true;
      Object *c = tuple_get(seqs[i], heads[i]);
      if (!in_tail(seqs, heads, nseqs, c)) cand = c;
    }
    if (!any) break;
    if (!cand) {
      mro_error(vm, seqs, heads, nseqs);
      ok = -1;
      break;
    }
    ok = list_append(vm, result, cand);
    for (int i = 0; i < nseqs; i++)
      if (heads[i] < tuple_size(seqs[i]) && tuple_get(seqs[i], heads[i]) == cand)
        heads[i]++;
  }
  alloc_free(&vm->alloc, heads, sizeof(ssize) * (size_t)nseqs);
  return ok;
}

// mro_implementation: one base gives (t,) + its __mro__ at once; more are
// merged into a list, then made a tuple (the objects CPython makes).
static Object *c3_merge(Vm *vm, TypeObject *t, Object *bases) {
  int nbases = (int)tuple_size(bases), nseqs = nbases + 1;
  if (nbases == 1) {
    Object *base_mro = T(tuple_get(bases, 0))->mro;
    ssize k = tuple_size(base_mro);
    Object *mro = tuple_new(vm, k + 1);
    if (!mro) return NULL;
    tuple_init_item(vm, mro, 0, newref(vm, AS_OBJ(t)));
    for (ssize i = 0; i < k; i++)
      tuple_init_item(vm, mro, i + 1, newref(vm, tuple_get(base_mro, i)));
    return mro;
  }
  Object **seqs = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)nseqs);
  Object *result = seqs ? list_new(vm, 0) : NULL;
  int ok = result ? list_append(vm, result, AS_OBJ(t)) : -1;
  for (int i = 0; ok == 0 && i < nbases; i++)
    seqs[i] = T(tuple_get(bases, i))->mro;
  if (ok == 0) {
    seqs[nbases] = bases;
    ok = pmerge(vm, result, seqs, nseqs);
  }
  if (seqs) alloc_free(&vm->alloc, seqs, sizeof(Object *) * (size_t)nseqs);
  Object *mro = ok == 0 ? list_as_tuple(vm, result) : NULL;
  xdecref(vm, result);
  if (!seqs) err_no_memory(vm);
  return mro;
}

// ---- Class creation ---------------------------------------------------------------------

static int check_bases(Vm *vm, Object *bases, TypeObject **best) {
  *best = NULL;
  ssize n = tuple_size(bases);
  for (ssize i = 0; i < n; i++) {
    Object *b = tuple_get(bases, i);
    if (!obj_is_type(b)) {
      err_format(vm, vm->t.TypeError, "bases must be types");
      return -1;
    }
    if (!(T(b)->flags & TPF_BASETYPE)) {
      err_format(vm, vm->t.TypeError, "type '%s' is not an acceptable base type",
                 T(b)->tp_name);
      return -1;
    }
    for (ssize j = 0; j < i; j++)
      if (tuple_get(bases, j) == b) {
        err_format(vm, vm->t.TypeError, "duplicate base class %s",
                   T(b)->tp_name);
        return -1;
      }
    TypeObject *bt = T(b);
    if (!*best) *best = bt;
    else if (bt->layout != LAYOUT_OBJECT && (*best)->layout == LAYOUT_OBJECT)
      *best = bt;
    else if (bt->layout != LAYOUT_OBJECT && bt->layout != (*best)->layout) {
      err_set(vm, vm->t.TypeError, "multiple bases have instance lay-out conflict");
      return -1;
    }
  }
  return 0;
}

void subtype_dealloc(Vm *vm, Object *o);
int subtype_traverse(Object *o, VisitFn visit, void *arg);
void subtype_clear(Vm *vm, Object *o);

// The namespace's __qualname__ (removed from the dict) and __module__.
static int setup_names(Vm *vm, TypeObject *t, Object *name) {
  t->name = newref(vm, name);
  t->tp_name = str_data(name);
  Object *q = dict_get_str(vm, t->dict, vm->str.qualname);
  if (q) {
    if (!is_str(q)) {
      err_format(vm, vm->t.TypeError,
                 "type __qualname__ must be a str, not %s", q->type->tp_name);
      return -1;
    }
    t->qualname = newref(vm, q);
    if (dict_del(vm, t->dict, vm->str.qualname) < 0) return -1;
  } else {
    t->qualname = newref(vm, name);
  }
  if (!dict_get_str(vm, t->dict, vm->str.module) && vm->frame) {
    Object *m = dict_get_str(vm, vm->frame->globals, vm->str.name);
    if (m && dict_set(vm, t->dict, vm->str.module, m) < 0) return -1;
  }
  // __init_subclass__ and __class_getitem__ are implicit classmethods.
  Object *names[] = {vm->str.init_subclass, vm->str.class_getitem};
  for (size_t i = 0; i < COUNT_OF(names); i++) {
    Object *f = dict_get_str(vm, t->dict, names[i]);
    if (f && f->type == vm->t.function) {
      Object *cm = classmethod_new(vm, f);
      if (!cm || dict_set(vm, t->dict, names[i], cm) < 0) {
        xdecref(vm, cm);
        return -1;
      }
      decref(vm, cm);
    }
  }
  return 0;
}

// PyType_Ready's last additions, after the descriptors: __doc__ (None if
// the namespace has none), then __hash__ = None for a class that defines
// __eq__ but not __hash__ (type_ready_set_hash).
static int add_doc_and_hash(Vm *vm, TypeObject *t) {
  if (!dict_get_str(vm, t->dict, vm->str.doc) &&
      dict_set(vm, t->dict, vm->str.doc, vm->none) < 0)
    return -1;
  if (dict_get_str(vm, t->dict, vm->str.eq) &&
      !dict_get_str(vm, t->dict, vm->str.hash) &&
      dict_set(vm, t->dict, vm->str.hash, vm->none) < 0)
    return -1;
  return 0;
}

// type_ready_add_subclasses: every base's __subclasses__ dict gets
// id(t) -> a weak reference to t (the basic one weakref.ref(t) returns).
int type_add_subclass_refs(Vm *vm, TypeObject *t) {
  for (ssize i = 0; i < tuple_size(t->bases); i++) {
    TypeObject *b = T(tuple_get(t->bases, i));
    Object *key = int_from_i64(vm, (int64_t)(intptr_t)t);
    Object *ref = key ? weakref_new(vm, vm->t.weakref, AS_OBJ(t), NULL) : NULL;
    if (ref && !b->subclasses) b->subclasses = dict_new(vm);
    int r = ref && b->subclasses ? dict_set(vm, b->subclasses, key, ref) : -1;
    xdecref(vm, key);
    xdecref(vm, ref);
    if (r < 0) return -1;
  }
  return 0;
}

// remove_all_subclasses: [t] leaves its bases' __subclasses__ dicts.
static void remove_subclass_refs(Vm *vm, TypeObject *t) {
  Object *saved = err_fetch(vm);
  for (ssize i = 0; t->bases && i < tuple_size(t->bases); i++) {
    TypeObject *b = T(tuple_get(t->bases, i));
    Object *key = b->subclasses ? int_from_i64(vm, (int64_t)(intptr_t)t) : NULL;
    if (key && dict_del(vm, b->subclasses, key) < 0) err_clear(vm);
    xdecref(vm, key);
  }
  err_restore(vm, saved);
}

// __set_name__ on every attribute that has it, in namespace order.
static int call_set_names(Vm *vm, TypeObject *t) {
  Object *items = dict_copy(vm, t->dict);
  if (!items) return -1;
  ssize pos = 0;
  Object *k, *v;
  int r = 0;
  while (r == 0 && dict_next(items, &pos, &k, &v)) {
    Object *m = lookup_special(vm, v, vm->str.set_name);
    if (!m) {
      if (err_occurred(vm)) r = -1;
      continue;
    }
    Object *res = obj_call2(vm, m, AS_OBJ(t), k);
    decref(vm, m);
    if (!res) {
      err_format(vm, vm->t.RuntimeError,
                 "Error calling __set_name__ on '%s' instance %R in '%s'",
                 v->type->tp_name, k, t->tp_name);
      r = -1;
    } else {
      decref(vm, res);
    }
  }
  decref(vm, items);
  return r;
}

// super(t, t).__init_subclass__(**kwargs)
static int call_init_subclass(Vm *vm, TypeObject *t, Object *kwargs) {
  Object *mro = t->mro;
  for (ssize i = 1; i < tuple_size(mro); i++) {
    TypeObject *b = T(tuple_get(mro, i));
    Object *f = dict_get_str(vm, b->dict, vm->str.init_subclass);
    if (!f) continue;
    Object *bound = f->type->descr_get ? f->type->descr_get(vm, f, vm->none,
                                                            AS_OBJ(t))
                                       : newref(vm, f);
    if (!bound) return -1;
    Object *r = obj_call_tuple_dict(vm, bound, vm->empty_tuple, kwargs);
    decref(vm, bound);
    if (!r) return -1;
    decref(vm, r);
    return 0;
  }
  return 0;
}

static int set_classcell(Vm *vm, TypeObject *t) {
  Object *cell = dict_get_str(vm, t->dict, vm->str.classcell);
  if (!cell) return 0;
  if (cell->type != vm->t.cell) {
    err_format(vm, vm->t.TypeError, "__classcell__ must be a nonlocal cell, not %s",
               cell->type->tp_name);
    return -1;
  }
  cell_set(vm, cell, AS_OBJ(t));
  return dict_del(vm, t->dict, vm->str.classcell) < 0 ? -1 : 0;
}

Object *type_new_class(Vm *vm, TypeObject *meta, Object *name, Object *bases,
                       Object *ns) {
  Object *own_bases = tuple_size(bases) == 0
                          ? tuple_pack(vm, 1, AS_OBJ(vm->t.object))
                          : newref(vm, bases);
  if (!own_bases) return NULL;
  TypeObject *base;
  if (check_bases(vm, own_bases, &base) < 0) {
    decref(vm, own_bases);
    return NULL;
  }
  // CPython's creation order (type_new_init, type_new_alloc, PyType_Ready):
  // the namespace copy, the type (tracked at once), the __mro__ tuple, then
  // the __dict__/__weakref__ descriptors; the gc lists show this order.
  Object *dict = dict_copy(vm, ns);
  TypeObject *t = dict ? (TypeObject *)obj_alloc(vm, meta, sizeof(TypeObject))
                       : NULL;
  if (!t) {
    xdecref(vm, dict);
    decref(vm, own_bases);
    return NULL;
  }
  Object *o = AS_OBJ(t);
  t->flags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_HAVE_GC;
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;
  t->base = (TypeObject *)newref(vm, AS_OBJ(base));
  t->bases = own_bases;
  t->dict = dict;
  if (TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_REF_SET, 0, 0, o->serial, trace_cstring(vm, "__dict__"),
               trace_obj(vm, t->dict));
  gc_track(vm, o);
  if (setup_names(vm, t, name) < 0 || !(t->mro = c3_merge(vm, t, own_bases)) ||
      type_layout_setup(vm, t, base, own_bases) < 0 ||
      add_doc_and_hash(vm, t) < 0 || type_add_subclass_refs(vm, t) < 0)
    goto fail;
  inherit_slots(t, base);
  typeslots_fill(vm, t);
  t->flags |= TPF_READY;
  trace_type_ready(vm, t);
  if (set_classcell(vm, t) < 0 || call_set_names(vm, t) < 0) {
    decref(vm, o);
    return NULL;
  }
  return o;
fail:
  decref(vm, o);
  return NULL;
}

// ---- Calling a type ------------------------------------------------------------------

static Object *type_call_inner(Vm *vm, Object *callable, Object *const *args,
                               size_t nargs, Object *kwnames) {
  TypeObject *t = T(callable);
  if (t == vm->t.type && nargs == 1 && (!kwnames || tuple_size(kwnames) == 0))
    return newref(vm, AS_OBJ(args[0]->type));
  if (!t->tp_new)
    return err_format(vm, vm->t.TypeError, "cannot create '%s' instances",
                      t->tp_name);
  Object *obj = t->tp_new(vm, t, args, nargs, kwnames);
  if (!obj) return NULL;
  if (!obj_is_instance_of(obj, t)) return obj;
  t = obj->type;
  if (t->tp_init && t->tp_init(vm, obj, args, nargs, kwnames) < 0) {
    decref(vm, obj);
    return NULL;
  }
  return obj;
}

// PyArg_ParseTuple(args, "UO!O!:type.__new__", ...)'s checks.
static int type_new_arg_check(Vm *vm, Object *const *args) {
  static const char *const want[3] = {"str", "tuple", "dict"};
  bool ok[3] = {is_str(args[0]), is_tuple(args[1]), is_dict(args[2])};
  for (int i = 0; i < 3; i++)
    if (!ok[i]) {
      err_format(vm, vm->t.TypeError,
                 "type.__new__() argument %d must be %s, not %s", i + 1,
                 want[i],
                 args[i] == vm->none ? "None" : args[i]->type->tp_name);
      return -1;
    }
  return 0;
}

// Calling a class: CPython 3.11's classes have no vectorcall, so the call
// goes through _PyObject_MakeTpCall, which counts in the recursion depth.
static Object *type_call(Vm *vm, Object *callable, Object *const *args,
                         size_t nargs, Object *kwnames) {
  if (!(T(callable)->flags & TPF_HEAPTYPE))
    return type_call_inner(vm, callable, args, nargs, kwnames);
  if (vm_enter_c(vm, " while calling a Python object") < 0) return NULL;
  Object *r = type_call_inner(vm, callable, args, nargs, kwnames);
  vm_leave_c(vm);
  return r;
}

// type(name, bases, dict) and type(obj)
static Object *type_tp_new(Vm *vm, TypeObject *meta, Object *const *args,
                           size_t nargs, Object *kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs == 1 && meta == vm->t.type && no_keywords(vm, "type", kwnames) < 0)
    return NULL;
  if (nargs == 1 && nkw == 0) return newref(vm, AS_OBJ(args[0]->type));
  if (nargs != 3) {
    err_set(vm, vm->t.TypeError, "type() takes 1 or 3 arguments");
    return NULL;
  }
  if (type_new_arg_check(vm, args) < 0) return NULL;
  Object *cls = type_new_class(vm, meta, args[0], args[1], args[2]);
  if (!cls) return NULL;
  Object *kwargs = NULL;
  if (nkw) {
    kwargs = dict_new(vm);
    for (ssize i = 0; kwargs && i < nkw; i++)
      dict_set(vm, kwargs, tuple_get(kwnames, i), args[nargs + (size_t)i]);
  }
  int r = call_init_subclass(vm, T(cls), kwargs);
  xdecref(vm, kwargs);
  if (r < 0) {
    decref(vm, cls);
    return NULL;
  }
  return cls;
}

static int type_tp_init(Vm *vm, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames) {
  UNUSED(vm);
  UNUSED(self);
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  return 0;
}

// ---- Attribute access on types ----------------------------------------------------------

static Object *type_getattro(Vm *vm, Object *o, Object *name) {
  TypeObject *t = T(o), *meta = o->type;
  Object *meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = NULL;
  if (meta_attr) {
    meta_get = meta_attr->type->descr_get;
    if (meta_get && meta_attr->type->descr_set)
      return meta_get(vm, meta_attr, o, AS_OBJ(meta));
  }
  Object *attr = type_lookup(t, name);
  if (attr) {
    DescrGetFn get = attr->type->descr_get;
    if (get) return get(vm, attr, NULL, o);
    return newref(vm, attr);
  }
  if (meta_get) return meta_get(vm, meta_attr, o, AS_OBJ(meta));
  if (meta_attr) return newref(vm, meta_attr);
  err_format(vm, vm->t.AttributeError, "type object '%s' has no attribute '%U'",
             t->tp_name, name);
  Object *exc = vm->exc;
  if (exc && is_exception(exc)) {
    exc_set_field(vm, exc, EXC_F_ATTR_NAME, name);
    exc_set_field(vm, exc, EXC_F_ATTR_OBJ, o);
  }
  return NULL;
}

static int type_setattro(Vm *vm, Object *o, Object *name, Object *value) {
  TypeObject *t = T(o);
  if (!(t->flags & TPF_HEAPTYPE)) {
    err_format(vm, vm->t.TypeError,
               "cannot set %R attribute of immutable type '%s'", name,
               t->tp_name);
    return -1;
  }
  Object *meta_attr = type_lookup(o->type, name);
  if (meta_attr && meta_attr->type->descr_set)
    return meta_attr->type->descr_set(vm, meta_attr, o, value);
  int r;
  if (value) {
    r = dict_set(vm, t->dict, name, value);
  } else {
    r = dict_del(vm, t->dict, name);
    if (r == 1) {
      err_format(vm, vm->t.AttributeError,
                 "type object '%s' has no attribute '%U'", t->tp_name, name);
      r = -1;
    }
  }
  if (r == 0 && str_size(name) > 4 && str_data(name)[0] == '_' &&
      str_data(name)[1] == '_')
    type_update_slot(vm, t, name);
  return r;
}

static Object *type_repr(Vm *vm, Object *o) {
  TypeObject *t = T(o);
  Object *mod = (t->flags & TPF_HEAPTYPE)
                    ? dict_get_str(vm, t->dict, vm->str.module)
                    : NULL;
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins"))
    return str_from_format(vm, "<class '%U.%U'>", mod, t->qualname);
  return str_from_format(vm, "<class '%s'>", t->tp_name);
}

// ---- GC support for classes ----------------------------------------------------------

static int type_traverse(Object *o, VisitFn visit, void *arg) {
  TypeObject *t = T(o);
  Object *fields[] = {t->dict, t->mro, t->bases, AS_OBJ(t->base)};
  for (size_t i = 0; i < COUNT_OF(fields); i++)
    if (fields[i]) {
      int r = visit(fields[i], arg);
      if (r) return r;
    }
  return 0;
}

static void type_clear(Vm *vm, Object *o) {
  TypeObject *t = T(o);
  if (t->dict) dict_clear(vm, t->dict);
  clear_ref(vm, &t->mro);
}

static void free_cached_keys(Vm *vm, TypeObject *t) {
  if (!t->cached_keys) return;
  sharedkeys_decref(vm, t->cached_keys);
  t->cached_keys = NULL;
}

static void type_dealloc(Vm *vm, Object *o) {
  TypeObject *t = T(o);
  remove_subclass_refs(vm, t);
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  clear_ref(vm, &t->bases);
  clear_ref(vm, (Object **)&t->base);
  clear_ref(vm, &t->mro);
  if (t->dict && TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_REF_DEL, 0, 0, o->serial, trace_cstring(vm, "__dict__"),
               0);
  clear_ref(vm, &t->dict);
  clear_ref(vm, &t->qualname);
  clear_ref(vm, &t->subclasses);
  clear_ref(vm, &t->member_names);
  free_cached_keys(vm, t);
  clear_ref(vm, &t->name);
  obj_free_memory(vm, o);
}

// ---- type's attributes and methods ----------------------------------------------------

static Object *type_get_name(Vm *vm, Object *o) {
  return newref(vm, type_name_obj(vm, T(o)));
}
static Object *type_get_qualname(Vm *vm, Object *o) {
  TypeObject *t = T(o);
  return newref(vm, t->qualname ? t->qualname : type_name_obj(vm, t));
}
static int type_set_name(Vm *vm, Object *o, Object *v) {
  if (!v || !is_str(v)) {
    err_format(vm, vm->t.TypeError, "can only assign string to %s.__name__, not '%s'",
               T(o)->tp_name, v ? v->type->tp_name : "NULL");
    return -1;
  }
  set_ref(vm, &T(o)->name, newref(vm, v));
  T(o)->tp_name = str_data(v);
  return 0;
}
static int type_set_qualname(Vm *vm, Object *o, Object *v) {
  if (!v || !is_str(v)) {
    err_set(vm, vm->t.TypeError, "can only assign string to __qualname__");
    return -1;
  }
  set_ref(vm, &T(o)->qualname, newref(vm, v));
  return 0;
}
static Object *type_get_module(Vm *vm, Object *o) {
  TypeObject *t = T(o);
  if (t->flags & TPF_HEAPTYPE) {
    Object *m = dict_get_str(vm, t->dict, vm->str.module);
    if (m) return newref(vm, m);
    err_set(vm, vm->t.AttributeError, "__module__");
    return NULL;
  }
  const char *dot = strrchr(t->tp_name, '.');
  if (dot) return str_new(vm, t->tp_name, (size_t)(dot - t->tp_name));
  return str_from_cstr(vm, "builtins");
}
static Object *type_get_bases(Vm *vm, Object *o) { return newref(vm, T(o)->bases); }
static Object *type_get_base(Vm *vm, Object *o) {
  return newref(vm, T(o)->base ? AS_OBJ(T(o)->base) : vm->none);
}
static Object *type_get_mro(Vm *vm, Object *o) { return newref(vm, T(o)->mro); }
Object *mappingproxy_new(Vm *vm, Object *mapping);
static Object *type_get_dict(Vm *vm, Object *o) {
  return mappingproxy_new(vm, T(o)->dict);
}
static Object *type_get_doc(Vm *vm, Object *o) {
  Object *d = dict_get_str(vm, T(o)->dict, vm->str.doc);
  if (!d) return vm_none(vm);
  if (d->type->descr_get) return d->type->descr_get(vm, d, NULL, o);
  return newref(vm, d);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL}};

static Object *type_mro_method(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "type.mro", args, nargs, kw, "N") < 0) return NULL;
  return list_from_iterable(vm, T(self)->mro);
}

// The live classes of the weakref dict, oldest first (built-in subtypes
// were registered at start-up).
static Object *type_subclasses(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "type.__subclasses__", args, nargs, kw, "N") < 0) return NULL;
  Object *result = list_new(vm, 0);
  int r = result ? 0 : -1;
  Object *subs = T(self)->subclasses, *key, *ref;
  ssize pos = 0;
  while (r == 0 && subs && dict_next(subs, &pos, &key, &ref)) {
    Object *cls = ((WeakrefObject *)ref)->target;
    if (cls) r = list_append(vm, result, cls);
  }
  if (r < 0) clear_ref(vm, &result);
  return result;
}

static Object *type_instancecheck(Vm *vm, Object *self, Object *const *args,
                                  size_t nargs, Object *kw) {
  Object *inst;
  if (parse_args(vm, "type.__instancecheck__", args, nargs, kw, "1O:instance",
                 &inst) < 0)
    return NULL;
  return vm_bool(vm, type_is_subtype(inst->type, T(self)));
}

static Object *type_subclasscheck(Vm *vm, Object *self, Object *const *args,
                                  size_t nargs, Object *kw) {
  Object *sub;
  if (parse_args(vm, "type.__subclasscheck__", args, nargs, kw, "1O:subclass",
                 &sub) < 0)
    return NULL;
  int r = obj_issubclass(vm, sub, self);
  return r < 0 ? NULL : vm_bool(vm, r);
}

static Object *type_prepare(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  UNUSED(self);
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kw);
  return dict_new(vm);
}

static Object *type_sizeof(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (parse_args(vm, "type.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  // sizeof(PyHeapTypeObject) plus the shared-keys table a class with
  // managed instance dicts gets at creation (64 slots, 42 entries: 768
  // bytes); sizeof(PyTypeObject) for a static type.
  TypeObject *t = T(self);
  if (!(t->flags & TPF_HEAPTYPE)) return int_from_i64(vm, 408);
  return int_from_i64(vm, 904 + (t->cached_keys ? SHARED_KEYS_TABLE_BYTES : 0));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, MD_STATIC, NULL},
    {"__sizeof__", type_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL}};

void type_type_init(Vm *vm) {
  TypeObject *t = vm->t.type;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE | TPF_TYPE_SUBCLASS;
  t->py_basicsize = 904;
  t->call = type_call;
  t->tp_new = type_tp_new;
  t->tp_init = type_tp_init;
  t->getattro = type_getattro;
  t->setattro = type_setattro;
  t->repr = type_repr;
  t->traverse = type_traverse;
  t->clear = type_clear;
  t->dealloc = type_dealloc;
  type_add_methods(vm, t, type_methods);
  type_add_getsets(vm, t, type_getsets);
}

// ---- Where built-in layouts keep an instance dict ----------------------------------------

Object **layout_dict_ptr(Vm *vm, Object *o) {
  UNUSED(vm);
  switch (o->type->layout) {
  case LAYOUT_FUNCTION:
    return &((FunctionObject *)o)->dict;
  case LAYOUT_EXCEPTION:
    return &((ExceptionObject *)o)->dict;
  case LAYOUT_MODULE:
    return &((ModuleObject *)o)->dict;
  case LAYOUT_STATICMETHOD:
  case LAYOUT_CLASSMETHOD:
    return &((WrapObject *)o)->dict;
  default:
    return NULL;
  }
}
