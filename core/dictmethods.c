// dictmethods.c — the dict type's Python-facing side (dictobject.c): repr,
// ==, subscripting (with __missing__ for subclasses), the methods, update
// from mappings / pairs / keywords with CPython's messages, fromkeys, | and
// |=, and the constructor. All mutation goes through dict.c (dict_set,
// dict_del, ...) so the trace sees every change; views are in dictview.c.
#include "dict.h"

#include "abstract.h"
#include "args.h"
#include "dictview.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// ---- Helpers --------------------------------------------------------------------------

Object *dict_keys_list(Vm *vm, Object *d) {
  Object *l = list_new(vm, dict_size(d));
  if (!l) return NULL;
  ssize pos = 0, i = 0;
  Object *key;
  while (dict_next(d, &pos, &key, NULL))
    list_init_item(vm, l, i++, newref(vm, key));
  return l;
}

// PyDict_SetDefault: the value for [key], inserting [dflt] when missing
// (borrowed; NULL on error).
static Object *set_default(Vm *vm, Object *d, Object *key, Object *dflt) {
  Object *v = dict_get(vm, d, key);
  if (v || err_occurred(vm)) return v;
  if (dict_set(vm, d, key, dflt) < 0) return NULL;
  return dflt;
}

// ---- update() and friends ---------------------------------------------------------------

// PySequence_Fast for an update element: a list or tuple (new reference).
static Object *as_pair_seq(Vm *vm, Object *item, ssize i) {
  if (item->type == vm->t.list || item->type == vm->t.tuple)
    return newref(vm, item);
  Object *it = obj_get_iter(vm, item);
  Object *seq = it ? list_from_iterable(vm, it) : NULL;
  xdecref(vm, it);
  if (!seq && err_matches(vm, vm->t.TypeError)) {
    err_clear(vm);
    err_format(vm, vm->t.TypeError,
               "cannot convert dictionary update sequence element #%zd to a "
               "sequence",
               i);
  }
  return seq;
}

// One (key, value) element of an update sequence.
static int merge_pair(Vm *vm, Object *d, Object *item, ssize i, bool override) {
  Object *fast = as_pair_seq(vm, item, i);
  if (!fast) return -1;
  ssize n = is_list(fast) ? list_size(fast) : tuple_size(fast);
  int r = -1;
  if (n != 2) {
    err_format(vm, vm->t.ValueError,
               "dictionary update sequence element #%zd has length %zd; 2 is "
               "required",
               i, n);
  } else {
    Object *key = newref(vm, is_list(fast) ? list_get(fast, 0) : tuple_get(fast, 0));
    Object *value = newref(vm, is_list(fast) ? list_get(fast, 1) : tuple_get(fast, 1));
    r = override ? dict_set(vm, d, key, value)
                 : (set_default(vm, d, key, value) ? 0 : -1);
    decref(vm, key);
    decref(vm, value);
  }
  decref(vm, fast);
  return r;
}

// PyDict_MergeFromSeq2: an iterable of pairs.
static int merge_from_seq2(Vm *vm, Object *d, Object *seq2, bool override) {
  Object *it = obj_get_iter(vm, seq2);
  if (!it) return -1;
  Object *item;
  int r = 0;
  for (ssize i = 0; (item = iter_next(vm, it)) != NULL; i++) {
    r = merge_pair(vm, d, item, i, override);
    decref(vm, item);
    if (r < 0) break;
  }
  decref(vm, it);
  return r < 0 || err_occurred(vm) ? -1 : 0;
}

// PyMapping_Keys: b.keys() as a list.
static Object *mapping_keys(Vm *vm, Object *b) {
  if (b->type == vm->t.dict) return dict_keys_list(vm, b);
  Object *out = call_method0(vm, b, vm->str.keys);
  if (!out || out->type == vm->t.list) return out;
  Object *it = obj_get_iter(vm, out);
  if (!it && err_matches(vm, vm->t.TypeError)) {
    err_clear(vm);
    err_format(vm, vm->t.TypeError, "%s.keys() returned a non-iterable (type %s)",
               b->type->tp_name, out->type->tp_name);
  }
  Object *l = it ? list_from_iterable(vm, it) : NULL;
  xdecref(vm, it);
  decref(vm, out);
  return l;
}

// The generic merge: for k in b.keys(): a[k] = b[k].
static int merge_generic(Vm *vm, Object *a, Object *b, bool override) {
  Object *keys = mapping_keys(vm, b);
  Object *it = keys ? obj_get_iter(vm, keys) : NULL;
  xdecref(vm, keys);
  if (!it) return -1;
  Object *key;
  int r = 0;
  while (r == 0 && (key = iter_next(vm, it)) != NULL) {
    Object *have = override ? NULL : dict_get(vm, a, key);
    if (have || err_occurred(vm)) {
      r = have ? 0 : -1;
    } else {
      Object *value = obj_getitem(vm, b, key);
      r = value ? dict_set(vm, a, key, value) : -1;
      xdecref(vm, value);
    }
    decref(vm, key);
    if (r < 0) break;
  }
  decref(vm, it);
  return r < 0 || err_occurred(vm) ? -1 : 0;
}

int dict_update_from_mapping(Vm *vm, Object *d, Object *other, bool override) {
  Object *keys = obj_lookup_attr(vm, other, vm->str.keys);
  if (!keys) {
    if (err_occurred(vm)) return -1;
    return merge_from_seq2(vm, d, other, override);
  }
  decref(vm, keys);
  return merge_generic(vm, d, other, override);
}

// PyDict_Update: a mapping only (AttributeError when [other] has no keys()).
int dict_update(Vm *vm, Object *d, Object *other) {
  if (is_dict(other)) return dict_merge(vm, d, other, true);
  return merge_generic(vm, d, other, true);
}

// dict_update_arg (dict.update(), dict(), |, |=): a mapping or pairs.
static int update_arg(Vm *vm, Object *d, Object *other) {
  if (is_dict(other)) return dict_merge(vm, d, other, true);
  return dict_update_from_mapping(vm, d, other, true);
}

// update(*args, **kwargs) for dict.update and dict(): [fname] for messages.
static int update_common(Vm *vm, const char *fname, Object *self,
                         Object *const *args, size_t nargs, Object *kwnames) {
  Object *arg = NULL;
  if (parse_args(vm, fname, args, nargs, NULL, "C|O:other", &arg) < 0) return -1;
  if (arg && update_arg(vm, self, arg) < 0) return -1;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++)
    if (dict_set(vm, self, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0)
      return -1;
  return 0;
}

// ---- Slots -----------------------------------------------------------------------------

// Appends "repr(key): repr(value)" to [b]; 0 or -1.
static int repr_entry(Vm *vm, Buf *b, Object *key, Object *value) {
  Object *k = obj_repr(vm, key);
  Object *v = k ? obj_repr(vm, value) : NULL;
  if (v) {
    buf_append(b, str_data(k), str_size(k));
    buf_puts(b, ": ");
    buf_append(b, str_data(v), str_size(v));
  }
  xdecref(vm, k);
  xdecref(vm, v);
  return v ? vm_check_buf(vm, b) : -1;
}

static Object *dict_repr(Vm *vm, Object *d) {
  int r = repr_enter(vm, d);
  if (r != 0) return r > 0 ? str_from_cstr(vm, "{...}") : NULL;
  Buf b;
  buf_init(&b);
  buf_puts(&b, "{");
  ssize pos = 0;
  Object *key, *value;
  int err = 0;
  for (bool first = true; !err && dict_next(d, &pos, &key, &value); first = false) {
    incref(vm, key); // repr() may mutate the dict
    incref(vm, value);
    if (!first) buf_puts(&b, ", ");
    err = repr_entry(vm, &b, key, value);
    decref(vm, key);
    decref(vm, value);
  }
  buf_puts(&b, "}");
  repr_leave(vm, d);
  if (err) {
    buf_free(&b);
    return NULL;
  }
  return str_from_buf(vm, &b);
}

// dict_equal: same size and every key of [a] maps to an equal value in [b].
static int dict_equal(Vm *vm, Object *a, Object *b) {
  if (dict_size(a) != dict_size(b)) return 0;
  DictObject *da = (DictObject *)a;
  for (ssize i = 0; da->has_keys && i < da->nentries; i++) {
    DictEntry *e = &da->entries[i];
    if (!e->key) continue;
    Object *key = newref(vm, e->key), *aval = newref(vm, e->value);
    Object *bval = dict_get(vm, b, key);
    int cmp = bval ? 1 : err_occurred(vm) ? -1 : 0;
    if (bval) {
      incref(vm, bval);
      cmp = obj_richcompare_bool(vm, aval, bval, CMP_EQ);
      decref(vm, bval);
    }
    decref(vm, key);
    decref(vm, aval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

static Object *dict_richcompare(Vm *vm, Object *v, Object *w, int op) {
  if (!is_dict(v) || !is_dict(w) || (op != CMP_EQ && op != CMP_NE))
    return vm_notimpl(vm);
  int cmp = dict_equal(vm, v, w);
  return cmp < 0 ? NULL : vm_bool(vm, cmp == (op == CMP_EQ));
}

static ssize dict_len(Vm *vm, Object *d) {
  UNUSED(vm);
  return dict_size(d);
}

static Object *dict_subscript(Vm *vm, Object *d, Object *key) {
  Object *v = dict_get(vm, d, key);
  if (v) return newref(vm, v);
  if (err_occurred(vm)) return NULL;
  if (d->type != vm->t.dict) {
    Object *missing = lookup_special(vm, d, vm->str.missing);
    if (missing) {
      Object *r = obj_call1(vm, missing, key);
      decref(vm, missing);
      return r;
    }
    if (err_occurred(vm)) return NULL;
  }
  err_raise_key_error(vm, key);
  return NULL;
}

static int dict_ass_sub(Vm *vm, Object *d, Object *key, Object *value) {
  if (value) return dict_set(vm, d, key, value);
  int r = dict_del(vm, d, key);
  if (r == 1) err_raise_key_error(vm, key);
  return r == 0 ? 0 : -1;
}

static int dict_contains(Vm *vm, Object *d, Object *key) {
  Object *v = dict_get(vm, d, key);
  return v ? 1 : err_occurred(vm) ? -1 : 0;
}

static Object *dict_iter(Vm *vm, Object *d) {
  return dictiter_new(vm, d, vm->t.dict_keyiter);
}

static Object *dict_or(Vm *vm, Object *self, Object *other) {
  if (!is_dict(self) || !is_dict(other)) return vm_notimpl(vm);
  Object *d = dict_copy(vm, self);
  if (d && update_arg(vm, d, other) < 0) clear_ref(vm, &d);
  return d;
}

static Object *dict_ior(Vm *vm, Object *self, Object *other) {
  if (update_arg(vm, self, other) < 0) return NULL;
  return newref(vm, self);
}

// ---- Methods ------------------------------------------------------------------------------

#define METHOD(name)                                                           \
  static Object *name(Vm *vm, Object *self, Object *const *args, size_t nargs, \
                      Object *kw)

METHOD(m_contains) {
  Object *key;
  if (parse_args(vm, "dict.__contains__", args, nargs, kw, "1O:key", &key) < 0)
    return NULL;
  int r = dict_contains(vm, self, key);
  return r < 0 ? NULL : vm_bool(vm, r);
}

METHOD(m_getitem) {
  Object *key;
  if (parse_args(vm, "dict.__getitem__", args, nargs, kw, "1O:key", &key) < 0)
    return NULL;
  return dict_subscript(vm, self, key);
}

METHOD(m_sizeof) {
  if (parse_args(vm, "dict.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  // dict_sizeof counts dict's own 48 bytes; subclasses are larger.
  ssize extra = self->type->py_basicsize - vm->t.dict->py_basicsize;
  return int_from_i64(vm, dict_sizeof(self) + extra);
}

METHOD(m_get) {
  Object *key, *dflt = vm->none;
  if (parse_args(vm, "dict.get", args, nargs, kw, "CO|O:key,default", &key,
                 &dflt) < 0)
    return NULL;
  Object *v = dict_get(vm, self, key);
  if (!v && err_occurred(vm)) return NULL;
  return newref(vm, v ? v : dflt);
}

METHOD(m_setdefault) {
  Object *key, *dflt = vm->none;
  if (parse_args(vm, "dict.setdefault", args, nargs, kw, "CO|O:key,default",
                 &key, &dflt) < 0)
    return NULL;
  Object *v = set_default(vm, self, key, dflt);
  return v ? newref(vm, v) : NULL;
}

METHOD(m_pop) {
  Object *key, *dflt = NULL;
  if (parse_args(vm, "dict.pop", args, nargs, kw, "CO|O:key,default", &key,
                 &dflt) < 0)
    return NULL;
  return dict_pop(vm, self, key, dflt);
}

METHOD(m_popitem) {
  if (parse_args(vm, "dict.popitem", args, nargs, kw, "N") < 0) return NULL;
  Object *res = tuple_new(vm, 2); // allocated first, as CPython does
  if (!res) return NULL;
  Object *key, *value;
  if (!dict_popitem(vm, self, &key, &value)) {
    decref(vm, res);
    if (!err_occurred(vm))
      err_set(vm, vm->t.KeyError, "popitem(): dictionary is empty");
    return NULL;
  }
  tuple_init_item(vm, res, 0, key);
  tuple_init_item(vm, res, 1, value);
  return res;
}

#define VIEW_METHOD(name, fname, vtype)                                        \
  METHOD(name) {                                                               \
    if (parse_args(vm, fname, args, nargs, kw, "N") < 0) return NULL;          \
    return dictview_new(vm, self, vm->t.vtype);                                \
  }
VIEW_METHOD(m_keys, "dict.keys", dict_keys)
VIEW_METHOD(m_values, "dict.values", dict_values)
VIEW_METHOD(m_items, "dict.items", dict_items)
#undef VIEW_METHOD

METHOD(m_update) {
  return update_common(vm, "update", self, args, nargs, kw) < 0 ? NULL
                                                                : vm_none(vm);
}

METHOD(m_clear) {
  if (parse_args(vm, "dict.clear", args, nargs, kw, "N") < 0) return NULL;
  dict_clear(vm, self);
  return vm_none(vm);
}

METHOD(m_copy) {
  if (parse_args(vm, "dict.copy", args, nargs, kw, "N") < 0) return NULL;
  return dict_copy(vm, self);
}

METHOD(m_reversed) {
  if (parse_args(vm, "dict.__reversed__", args, nargs, kw, "N") < 0) return NULL;
  return dictiter_new(vm, self, vm->t.dict_revkeyiter);
}

// fromkeys from a dict or set: one resize up front (a str-keys table only
// for a dict with one), then their stored order, no iterator.
static int fromkeys_fast(Vm *vm, Object *d, Object *iterable, Object *value) {
  if (is_dict(iterable)) {
    if (dict_presize(vm, d, dict_size(iterable),
                     dict_has_str_keys(iterable)) < 0)
      return -1;
    ssize pos = 0;
    Object *key;
    while (dict_next(iterable, &pos, &key, NULL))
      if (dict_set(vm, d, key, value) < 0) return -1;
    return 0;
  }
  if (dict_presize(vm, d, set_size(iterable), false) < 0) return -1;
  ssize pos = 0;
  Object *key;
  while (set_next(iterable, &pos, &key))
    if (dict_set(vm, d, key, value) < 0) return -1;
  return 0;
}

static int fromkeys_iter(Vm *vm, Object *d, Object *iterable, Object *value) {
  Object *it = obj_get_iter(vm, iterable);
  if (!it) return -1;
  bool exact = d->type == vm->t.dict;
  Object *key;
  int r = 0;
  while ((key = iter_next(vm, it)) != NULL) {
    r = exact ? dict_set(vm, d, key, value) : obj_setitem(vm, d, key, value);
    decref(vm, key);
    if (r < 0) break;
  }
  decref(vm, it);
  return r < 0 || err_occurred(vm) ? -1 : 0;
}

// dict.fromkeys(iterable, value=None) — a classmethod: [self] is the class.
METHOD(m_fromkeys) {
  Object *iterable, *value = vm->none;
  if (parse_args(vm, "dict.fromkeys", args, nargs, kw, "CO|O:iterable,value",
                 &iterable, &value) < 0)
    return NULL;
  Object *d = obj_call0(vm, self);
  if (!d) return NULL;
  bool fast = d->type == vm->t.dict && dict_size(d) == 0 &&
              (iterable->type == vm->t.dict || iterable->type == vm->t.set ||
               iterable->type == vm->t.frozenset);
  int r = fast ? fromkeys_fast(vm, d, iterable, value)
               : fromkeys_iter(vm, d, iterable, value);
  if (r < 0) clear_ref(vm, &d);
  return d;
}

#undef METHOD

static const MethodDef dict_methods[] = {
    {"__contains__", m_contains, 0, NULL},
    {"__getitem__", m_getitem, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"get", m_get, 0, NULL},
    {"setdefault", m_setdefault, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popitem", m_popitem, 0, NULL},
    {"keys", m_keys, 0, NULL},
    {"items", m_items, 0, NULL},
    {"values", m_values, 0, NULL},
    {"update", m_update, 0, NULL},
    {"fromkeys", m_fromkeys, MD_CLASS, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- Construction ------------------------------------------------------------------------

// dict() is created untracked; instances of subclasses are tracked at once.
static Object *dict_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  if (type == vm->t.dict) return dict_new(vm);
  Object *d = obj_alloc(vm, type, sizeof(DictObject));
  if (d) gc_track(vm, d);
  return d;
}

static int dict_tp_init(Vm *vm, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames) {
  return update_common(vm, "dict", self, args, nargs, kwnames);
}

void dict_type_init(Vm *vm) {
  TypeObject *t = vm->t.dict;
  dict_init_gc_slots(t);
  t->flags |= TPF_HAVE_GC | TPF_BASETYPE;
  t->py_basicsize = 48;
  t->alloc_size = sizeof(DictObject);
  t->repr = dict_repr;
  t->hash = NULL; // unhashable
  t->richcompare = dict_richcompare;
  t->len = dict_len;
  t->getitem = dict_subscript;
  t->setitem = dict_ass_sub;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->nb[NB_OR] = dict_or;
  t->nb_inplace[NB_OR] = dict_ior;
  t->tp_new = dict_tp_new;
  t->tp_init = dict_tp_init;
  type_add_methods(vm, t, dict_methods);
}
