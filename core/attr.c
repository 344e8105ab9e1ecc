// attr.c — attribute lookup: the MRO walk (type_lookup), object's generic
// __getattribute__/__setattr__ with the descriptor protocol, and instance
// attribute storage as CPython 3.11 keeps it: values indexed by the class's
// shared keys (insertion order remembered per instance) until __dict__ is
// asked for, then a real dict. See typeobj.h.
#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// ---- The MRO walk -------------------------------------------------------------

Object *type_lookup(TypeObject *type, Object *name) {
  Object *mro = type->mro;
  if (!mro) return NULL;
  ssize n = tuple_size(mro);
  for (ssize i = 0; i < n; i++) {
    TypeObject *t = (TypeObject *)tuple_get(mro, i);
    Object *v = dict_get_str(NULL, t->dict, name);
    if (v) return v;
  }
  return NULL;
}

// ---- Inline instance values ------------------------------------------------------

static AttrValues *values_grow(Vm *vm, AttrValues *v, int need) {
  int cap = v ? v->cap : 0;
  if (need <= cap) return v;
  int new_cap = cap ? cap * 2 : 4;
  while (new_cap < need) new_cap *= 2;
  if (new_cap > SHARED_KEYS_MAX) new_cap = SHARED_KEYS_MAX;
  size_t old_size = v ? sizeof(AttrValues) + sizeof(Object *) * (size_t)cap : 0;
  size_t size = sizeof(AttrValues) + sizeof(Object *) * (size_t)new_cap;
  AttrValues *nv = alloc_resize(&vm->alloc, v, old_size, size);
  if (!nv) return err_no_memory(vm);
  nv->cap = (uint8_t)new_cap;
  return nv;
}

static void values_free(Vm *vm, AttrValues *v) {
  if (v) alloc_free(&vm->alloc, v,
                    sizeof(AttrValues) + sizeof(Object *) * (size_t)v->cap);
}

static void order_remove(AttrValues *v, int ix) {
  for (int i = 0; i < v->norder; i++) {
    if (v->order[i] == ix) {
      memmove(&v->order[i], &v->order[i + 1], (size_t)(v->norder - i - 1));
      v->norder--;
      return;
    }
  }
}

static void trace_attr(Vm *vm, Object *o, Object *name, Object *value);

// Stores a new dict [d] (NULL: failed) in *[slot], the __dict__ of [o],
// with its trace record; returns it.
static Object *attach_dict(Vm *vm, Object *o, Object **slot, Object *d) {
  *slot = d;
  if (d && TRACE_ABOUT(vm, o))
    trace_emit(vm, EV_REF_SET, 0, 0, trace_obj(vm, o),
               trace_cstring(vm, "__dict__"), trace_obj(vm, d));
  return d;
}

// Moves the inline values into a new dict (insertion order) attached to [o]:
// a split table over the class's keys (make_dict_from_instance_attributes),
// a plain dict for a class without them. The dict takes its own references
// first, then the values array lets go, so every reference count change is
// a traced event.
static Object *materialize_dict(Vm *vm, Object *o) {
  ManagedPrefix *mp = obj_managed(o);
  SharedKeys *keys = o->type->cached_keys;
  Object *d = dict_new(vm);
  if (!d) return NULL;
  if (keys) dict_make_split(d, keys);
  attach_dict(vm, o, &mp->dict, d);
  mp->has_values = false;
  AttrValues *v = mp->values;
  mp->values = NULL;
  if (!v) return d;
  for (int i = 0; i < v->norder; i++) {
    int ix = v->order[i];
    if (dict_set(vm, d, keys->names[ix], v->values[ix]) < 0) break;
  }
  for (int i = 0; i < v->norder; i++) {
    int ix = v->order[i];
    if (vm->trace.on) trace_attr(vm, o, keys->names[ix], NULL);
    decref(vm, v->values[ix]);
  }
  values_free(vm, v);
  return err_occurred(vm) ? NULL : d;
}

static void trace_attr(Vm *vm, Object *o, Object *name, Object *value) {
  if (!TRACE_ABOUT(vm, o)) return;
  uint32_t n = trace_string(vm, str_data(name), str_size(name));
  if (value)
    trace_emit(vm, EV_ATTR_SET, 0, 0, trace_obj(vm, o), n,
               trace_obj(vm, value));
  else
    trace_emit(vm, EV_ATTR_DEL, 0, 0, trace_obj(vm, o), n, 0);
}

static int managed_set(Vm *vm, Object *o, Object *name, Object *value) {
  ManagedPrefix *mp = obj_managed(o);
  SharedKeys *keys = o->type->cached_keys;
  int ix = -1;
  if (name->type == vm->t.str)
    ix = value ? sharedkeys_insert(vm, keys, name)
               : sharedkeys_index(keys, name);
  if (ix < 0) {
    if (!value) {
      err_no_attribute(vm, o, name);
      return -1;
    }
    Object *d = materialize_dict(vm, o);
    return d ? dict_set(vm, d, name, value) : -1;
  }
  AttrValues *v = mp->values;
  Object *old = v && ix < v->cap ? v->values[ix] : NULL;
  if (!value) {
    if (!old) {
      err_no_attribute(vm, o, name);
      return -1;
    }
    v->values[ix] = NULL;
    order_remove(v, ix);
    if (vm->trace.on) trace_attr(vm, o, name, NULL);
    decref(vm, old);
    return 0;
  }
  if (!old) {
    v = values_grow(vm, v, ix + 1);
    if (!v) return -1;
    mp->values = v;
    v->order[v->norder++] = (uint8_t)ix;
  }
  v->values[ix] = newref(vm, value);
  if (vm->trace.on) trace_attr(vm, o, name, value);
  xdecref(vm, old);
  return 0;
}

static Object *managed_get(Object *o, Object *name) {
  ManagedPrefix *mp = obj_managed(o);
  if (mp->dict) return dict_get_str(NULL, mp->dict, name);
  AttrValues *v = mp->values;
  if (!v) return NULL;
  int ix = sharedkeys_index(o->type->cached_keys, name);
  return ix >= 0 && ix < v->cap ? v->values[ix] : NULL;
}

int instance_traverse_values(Object *o, VisitFn visit, void *arg) {
  AttrValues *v = obj_managed(o)->values;
  for (int i = 0; v && i < v->cap; i++) {
    if (v->values[i]) {
      int r = visit(v->values[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

// Releases values in key order (_PyObject_FreeInstanceAttributes).
void instance_clear_values(Vm *vm, Object *o) {
  ManagedPrefix *mp = obj_managed(o);
  AttrValues *v = mp->values;
  if (!v) return;
  SharedKeys *keys = o->type->cached_keys;
  for (int i = 0; i < v->cap; i++) {
    Object *val = v->values[i];
    if (!val) continue;
    v->values[i] = NULL;
    order_remove(v, i);
    if (vm->trace.on) trace_attr(vm, o, keys->names[i], NULL);
    decref(vm, val);
  }
  // A finalizer run by the decrefs may have stored new values; keep them.
  if (obj_managed(o)->values == v && v->norder == 0) {
    values_free(vm, v);
    mp->values = NULL;
  }
}

// ---- Instance attributes, managed or through a dict -------------------------

Object *instance_get_attr(Vm *vm, Object *o, Object *name) {
  if (o->type->flags & TPF_MANAGED_DICT) return managed_get(o, name);
  Object **dp = layout_dict_ptr(vm, o);
  return dp && *dp ? dict_get(vm, *dp, name) : NULL;
}

// _PyObject_IsInstanceDictEmpty: no attributes, without materializing.
bool instance_dict_is_empty(Vm *vm, Object *o) {
  if (o->type->flags & TPF_MANAGED_DICT) {
    ManagedPrefix *mp = obj_managed(o);
    if (mp->dict) return dict_size(mp->dict) == 0;
    AttrValues *v = mp->values;
    for (int i = 0; v && i < v->cap; i++)
      if (v->values[i]) return false;
    return true;
  }
  Object **dp = layout_dict_ptr(vm, o);
  return !dp || !*dp || dict_size(*dp) == 0;
}

bool instance_has_dict(Object *o) {
  return (o->type->flags & TPF_MANAGED_DICT) != 0;
}

int instance_set_attr(Vm *vm, Object *o, Object *name, Object *value) {
  if (o->type->flags & TPF_MANAGED_DICT) {
    Object *d = obj_managed(o)->dict;
    if (!d && obj_managed(o)->has_values)
      return managed_set(vm, o, name, value);
    if (!d && !value) {
      err_no_attribute(vm, o, name);
      return -1;
    }
    if (!d && !(d = materialize_dict(vm, o))) return -1;
    if (value) return dict_set(vm, d, name, value);
    int r = dict_del(vm, d, name);
    if (r == 1) err_no_attribute(vm, o, name);
    return r == 0 ? 0 : -1;
  }
  Object **dp = layout_dict_ptr(vm, o);
  if (!dp) {
    err_no_attribute(vm, o, name);
    return -1;
  }
  if (!*dp) {
    if (!value) {
      err_no_attribute(vm, o, name);
      return -1;
    }
    if (!attach_dict(vm, o, dp, dict_new(vm))) return -1;
  }
  if (value) return dict_set(vm, *dp, name, value);
  int r = dict_del(vm, *dp, name);
  if (r == 1) err_no_attribute(vm, o, name);
  return r == 0 ? 0 : -1;
}

Object *instance_get_dict(Vm *vm, Object *o) {
  if (o->type->flags & TPF_MANAGED_DICT) {
    ManagedPrefix *mp = obj_managed(o);
    if (mp->dict) return mp->dict;
    if (mp->has_values) return materialize_dict(vm, o);
    // PyObject_GenericGetDict without values: a plain dict.
    return attach_dict(vm, o, &mp->dict, dict_new(vm));
  }
  Object **dp = layout_dict_ptr(vm, o);
  if (!dp) {
    err_no_attribute(vm, o, vm->str.dict);
    return NULL;
  }
  return *dp ? *dp : attach_dict(vm, o, dp, dict_new(vm));
}

// ---- object.__getattribute__ / __setattr__ ---------------------------------------

static bool is_data_descr(Object *d) { return d->type->descr_set != NULL; }

Object *generic_getattr(Vm *vm, Object *o, Object *name) {
  TypeObject *tp = o->type;
  Object *descr = type_lookup(tp, name);
  DescrGetFn get = NULL;
  if (descr) {
    incref(vm, descr);
    get = descr->type->descr_get;
    if (get && is_data_descr(descr)) {
      Object *r = get(vm, descr, o, AS_OBJ(tp));
      decref(vm, descr);
      return r;
    }
  }
  Object *v = instance_get_attr(vm, o, name);
  if (v) {
    xdecref(vm, descr);
    return newref(vm, v);
  }
  if (err_occurred(vm)) {
    xdecref(vm, descr);
    return NULL;
  }
  if (get) {
    Object *r = get(vm, descr, o, AS_OBJ(tp));
    decref(vm, descr);
    return r;
  }
  if (descr) return descr;
  err_no_attribute(vm, o, name);
  return NULL;
}

int generic_setattr(Vm *vm, Object *o, Object *name, Object *value) {
  TypeObject *tp = o->type;
  Object *descr = type_lookup(tp, name);
  if (descr && descr->type->descr_set) {
    incref(vm, descr);
    int r = descr->type->descr_set(vm, descr, o, value);
    decref(vm, descr);
    return r;
  }
  if (instance_has_dict(o) || layout_dict_ptr(vm, o))
    return instance_set_attr(vm, o, name, value);
  if (descr)
    err_format(vm, vm->t.AttributeError,
               "'%s' object attribute '%U' is read-only", tp->tp_name, name);
  else
    err_no_attribute(vm, o, name);
  return -1;
}

// ---- The public attribute API -----------------------------------------------------

// Also hashes the name: type_lookup needs its hash (and has no Vm).
static int check_name(Vm *vm, Object *name) {
  if (is_str(name)) {
    str_hash(vm, name);
    return 0;
  }
  err_format(vm, vm->t.TypeError, "attribute name must be string, not '%s'",
             name->type->tp_name);
  return -1;
}

Object *obj_getattr(Vm *vm, Object *o, Object *name) {
  if (check_name(vm, name) < 0) return NULL;
  return o->type->getattro(vm, o, name);
}

Object *obj_getattr_cstr(Vm *vm, Object *o, const char *name) {
  Object *n = str_intern_cstr(vm, name);
  if (!n) return NULL;
  Object *r = obj_getattr(vm, o, n);
  decref(vm, n);
  return r;
}

Object *obj_lookup_attr(Vm *vm, Object *o, Object *name) {
  Object *r = obj_getattr(vm, o, name);
  if (!r && err_matches(vm, vm->t.AttributeError)) err_clear(vm);
  return r;
}

int obj_setattr(Vm *vm, Object *o, Object *name, Object *value) {
  if (check_name(vm, name) < 0) return -1;
  SetAttrFn set = o->type->setattro;
  if (!set) {
    err_format(vm, vm->t.AttributeError, "'%s' object has no attribute '%U'",
               o->type->tp_name, name);
    return -1;
  }
  return set(vm, o, name, value);
}

int obj_delattr(Vm *vm, Object *o, Object *name) {
  return obj_setattr(vm, o, name, NULL);
}

int obj_hasattr(Vm *vm, Object *o, Object *name) {
  Object *r = obj_lookup_attr(vm, o, name);
  if (r) {
    decref(vm, r);
    return 1;
  }
  return err_occurred(vm) ? -1 : 0;
}

Object *lookup_special(Vm *vm, Object *o, Object *name) {
  Object *descr = type_lookup(o->type, name);
  if (!descr) return NULL;
  DescrGetFn get = descr->type->descr_get;
  if (!get) return newref(vm, descr);
  return get(vm, descr, o, AS_OBJ(o->type));
}
