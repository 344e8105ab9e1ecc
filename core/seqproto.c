// seqproto.c — the iteration and container parts of the generic object
// protocol (CPython's abstract.c and ceval.c's unpack_iterable): iter(),
// next(), len(), length hints, o[k] get/set/delete, `in`, and unpacking,
// with CPython's error messages. Declared in abstract.h.
#include "abstract.h"

#include "errors.h"
#include "genericalias.h"
#include "int.h"
#include "iter.h"
#include "slice.h"
#include "vm.h"

// PySequence_Check: indexable and not a mapping (dict).
static bool is_sequence(Vm *vm, Object *o) {
  if (type_is_subtype(o->type, vm->t.dict)) return false;
  return o->type->getitem || (o->type->flags & TPF_SEQUENCE_LIKE);
}

// Does the type have CPython's tp_as_sequence (decides a message below)?
// Classes always do; built-in types when they have sequence-like slots.
bool type_has_sequence_slots(const TypeObject *t) {
  return (t->flags & TPF_HEAPTYPE) || t->len || t->contains || t->getitem ||
         t->sq_concat || t->sq_repeat;
}

// ---- Iteration ---------------------------------------------------------------------

bool obj_is_iterator(Object *o) { return o->type->iternext != NULL; }

Object *obj_get_iter(Vm *vm, Object *o) {
  UnaryFn f = o->type->iter;
  if (!f) {
    if (is_sequence(vm, o)) return seqiter_new(vm, vm->t.seq_iter, o);
    return err_type_not(vm, o, "iterable");
  }
  Object *res = f(vm, o);
  if (res && !obj_is_iterator(res)) {
    err_format(vm, vm->t.TypeError, "iter() returned non-iterator of type '%s'",
               res->type->tp_name);
    decref(vm, res);
    return NULL;
  }
  return res;
}

Object *iter_next(Vm *vm, Object *it) {
  UnaryFn next = it->type->iternext;
  if (!next) return err_type_not(vm, it, "an iterator");
  if (vm_charge(vm, 1) < 0) return NULL; // sum(range(10**12)) must stop
  if (vm_enter_stack(vm) < 0) return NULL; // map(f, map(f, ...)) chains
  Object *r = next(vm, it);
  vm_leave_stack(vm);
  if (!r && err_occurred(vm) && err_matches(vm, vm->t.StopIteration))
    err_clear(vm);
  return r;
}

ssize seq_iter_search(Vm *vm, Object *seq, Object *obj, int operation) {
  Object *it = obj_get_iter(vm, seq);
  if (!it) {
    if (err_matches(vm, vm->t.TypeError)) {
      err_clear(vm);
      err_format(vm, vm->t.TypeError, "argument of type '%s' is not iterable",
                 seq->type->tp_name);
    }
    return -1;
  }
  ssize n = 0;
  Object *item;
  while ((item = iter_next(vm, it)) != NULL) {
    int cmp = obj_richcompare_bool(vm, item, obj, CMP_EQ);
    decref(vm, item);
    if (cmp < 0) goto fail;
    if (cmp > 0) {
      if (operation == ITERSEARCH_CONTAINS) {
        n = 1;
        goto done;
      }
      if (operation == ITERSEARCH_INDEX) goto done;
      n++;
    } else if (operation == ITERSEARCH_INDEX) {
      n++;
    }
  }
  if (err_occurred(vm)) goto fail;
  if (operation != ITERSEARCH_INDEX) goto done;
  err_set(vm, vm->t.ValueError, "sequence.index(x): x not in sequence");
fail:
  n = -1;
done:
  decref(vm, it);
  return n;
}

int seq_contains(Vm *vm, Object *container, Object *item) {
  ContainsFn f = container->type->contains;
  if (f) return f(vm, container, item);
  return (int)seq_iter_search(vm, container, item, ITERSEARCH_CONTAINS);
}

// ---- Lengths -------------------------------------------------------------------------

bool obj_has_len(Object *o) { return o->type->len != NULL; }

ssize obj_len(Vm *vm, Object *o) {
  LenFn f = o->type->len;
  if (f) return f(vm, o);
  err_format(vm, vm->t.TypeError, "object of type '%s' has no len()",
             o->type->tp_name);
  return -1;
}

// Converts a __length_hint__ result; -1 with an exception if unusable.
static ssize hint_value(Vm *vm, Object *result) {
  if (!is_int(result)) {
    err_format(vm, vm->t.TypeError,
               "__length_hint__ must be an integer, not %s",
               result->type->tp_name);
    return -1;
  }
  if (!int_is_small(result) || int_small_value(result) > INTPTR_MAX ||
      int_small_value(result) < INTPTR_MIN) {
    err_set(vm, vm->t.OverflowError,
            "Python int too large to convert to C ssize_t");
    return -1;
  }
  ssize n = (ssize)int_small_value(result);
  if (n < 0) {
    err_set(vm, vm->t.ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

ssize obj_length_hint(Vm *vm, Object *o, ssize dflt) {
  if (obj_has_len(o)) {
    ssize n = obj_len(vm, o);
    if (n >= 0) return n;
    if (!err_matches(vm, vm->t.TypeError)) return -1;
    err_clear(vm);
  }
  Object *hint = lookup_special(vm, o, vm->str.length_hint);
  if (!hint) return err_occurred(vm) ? -1 : dflt;
  Object *result = obj_call0(vm, hint);
  decref(vm, hint);
  if (!result) {
    if (!err_matches(vm, vm->t.TypeError)) return -1;
    err_clear(vm);
    return dflt;
  }
  ssize n = result == vm->notimpl ? dflt : hint_value(vm, result);
  decref(vm, result);
  return n;
}

// ---- Items --------------------------------------------------------------------------------

// Subscripting a class: C[key] calls C.__class_getitem__(key); type[key]
// is a GenericAlias (but not str[int] through type's metaclass methods).
static Object *class_getitem(Vm *vm, Object *cls, Object *key) {
  if (cls == AS_OBJ(vm->t.type)) return generic_alias_new(vm, cls, key);
  Object *meth = obj_lookup_attr(vm, cls, vm->str.class_getitem);
  if (!meth && err_occurred(vm)) return NULL;
  if (meth && meth != vm->none) {
    Object *r = obj_call1(vm, meth, key);
    decref(vm, meth);
    return r;
  }
  xdecref(vm, meth);
  return err_format(vm, vm->t.TypeError, "type '%s' is not subscriptable",
                    ((TypeObject *)cls)->tp_name);
}

Object *obj_getitem(Vm *vm, Object *o, Object *key) {
  BinaryFn f = o->type->getitem;
  if (f) return f(vm, o, key);
  if (obj_is_type(o)) return class_getitem(vm, o, key);
  return err_type_not(vm, o, "subscriptable");
}

int obj_setitem(Vm *vm, Object *o, Object *key, Object *value) {
  AssItemFn f = o->type->setitem;
  if (f) return f(vm, o, key, value);
  err_format(vm, vm->t.TypeError, "'%s' object does not support item assignment",
             o->type->tp_name);
  return -1;
}

int obj_delitem(Vm *vm, Object *o, Object *key) {
  AssItemFn f = o->type->setitem;
  if (f) return f(vm, o, key, NULL);
  const char *fmt = "'%s' object does not support item deletion";
  if (type_has_sequence_slots(o->type) && is_index(key)) {
    // PySequence_DelItem: the index is converted first.
    Object *i = number_index(vm, key);
    bool ok = i != NULL;
    if (i) int_as_ssize(vm, i, false, &ok);
    xdecref(vm, i);
    if (!ok) return -1;
    fmt = "'%s' object doesn't support item deletion";
  }
  err_format(vm, vm->t.TypeError, fmt, o->type->tp_name);
  return -1;
}

// ---- Unpacking (UNPACK_SEQUENCE) ----------------------------------------------------------

int unpack_iterable(Vm *vm, Object *o, ssize n, Object **out) {
  Object *it = obj_get_iter(vm, o);
  if (!it) {
    if (err_matches(vm, vm->t.TypeError) && !o->type->iter &&
        !is_sequence(vm, o)) {
      err_clear(vm);
      err_format(vm, vm->t.TypeError, "cannot unpack non-iterable %s object",
                 o->type->tp_name);
    }
    return -1;
  }
  ssize i = 0;
  for (; i < n; i++) {
    out[i] = iter_next(vm, it);
    if (!out[i]) {
      if (!err_occurred(vm))
        err_format(vm, vm->t.ValueError,
                   "not enough values to unpack (expected %d, got %d)", (int)n,
                   (int)i);
      goto error;
    }
  }
  Object *extra = iter_next(vm, it);
  if (!extra) {
    if (err_occurred(vm)) goto error;
    decref(vm, it);
    return 0;
  }
  decref(vm, extra);
  err_format(vm, vm->t.ValueError, "too many values to unpack (expected %d)",
             (int)n);
error:
  while (--i >= 0) clear_ref(vm, &out[i]);
  decref(vm, it);
  return -1;
}
