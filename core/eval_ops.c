// eval_ops.c — the larger instructions of the interpreter loop (see
// eval_ops.h), with CPython 3.11's behaviour and messages: NameError and
// UnboundLocalError texts, LOAD_METHOD's unbound-method shortcut, f(*a, **k)
// checks, BUILD_* collections, star-unpacking, imports of the built-in
// modules, exception matching, `raise` forms and the with-statement protocol.
#include "eval_ops.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "set.h"
#include "str.h"
#include "strformat.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"
#include "typeobj.h"

// ---- Names --------------------------------------------------------------------------

static void name_error(Vm *vm, Object *name) {
  err_format(vm, vm->t.NameError, "name '%U' is not defined", name);
  if (vm->exc && is_exception(vm->exc))
    exc_set_field(vm, vm->exc, EXC_F_NAME_NAME, name);
}

static Object *lookup_builtin(Vm *vm, Frame *f, Object *name) {
  return dict_get_str(vm, f->builtins, name);
}

Object *op_load_name(Vm *vm, Frame *f, Object *name) {
  Object *v = NULL;
  if (f->locals) {
    v = is_dict(f->locals) ? dict_get(vm, f->locals, name)
                           : obj_getitem(vm, f->locals, name);
    if (!v && vm->exc) {
      if (!err_matches(vm, vm->t.KeyError)) return NULL;
      err_clear(vm);
    } else if (v && !is_dict(f->locals)) {
      return v;
    }
  }
  if (!v) v = dict_get_str(vm, f->globals, name);
  if (!v) v = lookup_builtin(vm, f, name);
  if (!v) {
    name_error(vm, name);
    return NULL;
  }
  return newref(vm, v);
}

Object *op_load_global(Vm *vm, Frame *f, Object *name) {
  Object *v = dict_get_str(vm, f->globals, name);
  if (!v) v = lookup_builtin(vm, f, name);
  if (!v) {
    name_error(vm, name);
    return NULL;
  }
  return newref(vm, v);
}

Object *op_load_classderef(Vm *vm, Frame *f, int slot) {
  Object *name = tuple_get(f->code->localsplusnames, slot);
  Object *v = f->locals ? dict_get(vm, f->locals, name) : NULL;
  if (v) return newref(vm, v);
  if (vm->exc) return NULL;
  v = ((CellObject *)f->localsplus[slot])->ref;
  if (!v) {
    op_unbound_deref(vm, f, slot);
    return NULL;
  }
  return newref(vm, v);
}

int op_store_name(Vm *vm, Frame *f, Object *name, Object *v) {
  if (!f->locals) {
    err_format(vm, vm->t.SystemError, "no locals found when storing %R", name);
    return -1;
  }
  if (is_dict(f->locals)) return dict_set(vm, f->locals, name, v);
  return obj_setitem(vm, f->locals, name, v);
}

int op_delete_name(Vm *vm, Frame *f, Object *name) {
  int r = is_dict(f->locals) ? dict_del(vm, f->locals, name)
                             : obj_delitem(vm, f->locals, name);
  if (r == 1) {
    name_error(vm, name);
    return -1;
  }
  return r;
}

int op_store_global(Vm *vm, Frame *f, Object *name, Object *v) {
  return dict_set(vm, f->globals, name, v);
}

int op_delete_global(Vm *vm, Frame *f, Object *name) {
  int r = dict_del(vm, f->globals, name);
  if (r == 1) {
    name_error(vm, name);
    return -1;
  }
  return r;
}

void op_unbound_local(Vm *vm, Frame *f, int slot) {
  Object *name = tuple_get(f->code->localsplusnames, slot);
  err_format(vm, vm->t.UnboundLocalError,
             "cannot access local variable '%U' where it is not associated "
             "with a value",
             name);
  if (vm->exc) exc_set_field(vm, vm->exc, EXC_F_NAME_NAME, name);
}

void op_unbound_deref(Vm *vm, Frame *f, int slot) {
  CodeObject *co = f->code;
  Object *name = tuple_get(co->localsplusnames, slot);
  if (co->localspluskinds[slot] & LK_FREE) {
    err_format(vm, vm->t.NameError,
               "cannot access free variable '%U' where it is not associated "
               "with a value in enclosing scope",
               name);
    if (vm->exc) exc_set_field(vm, vm->exc, EXC_F_NAME_NAME, name);
  } else {
    op_unbound_local(vm, f, slot);
  }
}

// ---- Calls ---------------------------------------------------------------------------

// _PyObject_FunctionStr: "print()", "__main__.C.m()" for call errors.
static Object *function_str(Vm *vm, Object *func) {
  Object *saved = err_fetch(vm);
  Object *q = obj_lookup_attr(vm, func, vm->str.qualname);
  Object *r = NULL;
  if (q) {
    Object *m = obj_lookup_attr(vm, func, vm->str.module);
    if (m && m != vm->none && !(is_str(m) && str_eq_cstr(m, "builtins")))
      r = str_from_format(vm, "%S.%S()", m, q);
    else
      r = str_from_format(vm, "%S()", q);
    xdecref(vm, m);
    decref(vm, q);
  }
  if (!r) {
    err_clear(vm);
    r = obj_str(vm, func);
  }
  if (!r) err_clear(vm);
  err_restore(vm, saved);
  return r;
}

Object *op_call_ex(Vm *vm, Object *func, Object *args, Object *kwargs) {
  Object *t = args;
  if (!is_tuple(args)) {
    if (!args->type->iter && !args->type->getitem) {
      Object *r = function_str(vm, func);
      err_format(vm, vm->t.TypeError,
                 "%s argument after * must be an iterable, not %s",
                 r ? str_data(r) : "function", args->type->tp_name);
      xdecref(vm, r);
      return NULL;
    }
    t = tuple_from_iterable(vm, args);
    if (!t) return NULL;
  } else {
    incref(vm, t);
  }
  Object *r = obj_call_tuple_dict(vm, func, t, kwargs);
  decref(vm, t);
  return r;
}

int op_load_method(Vm *vm, Object *obj, Object *name, Object **meth,
                   Object **self) {
  *self = NULL;
  TypeObject *tp = obj->type;
  if (tp->getattro == generic_getattr) {
    Object *descr = type_lookup(tp, name);
    if (descr && (descr->type == vm->t.function ||
                  descr->type == vm->t.method_descr)) {
      Object *inst = instance_get_attr(vm, obj, name);
      if (!inst && !err_occurred(vm)) {
        *meth = newref(vm, descr);
        *self = obj;
        return 0;
      }
      if (!inst) return -1;
      *meth = newref(vm, inst);
      return 0;
    }
  }
  *meth = obj_getattr(vm, obj, name);
  return *meth ? 0 : -1;
}

// ---- Collections -----------------------------------------------------------------------

Object *op_build_set(Vm *vm, Object **items, int n) {
  Object *s = set_new(vm, vm->t.set, NULL);
  int r = s ? 0 : -1;
  for (int i = 0; i < n; i++) {
    if (r == 0 && set_add(vm, s, items[i]) < 0) r = -1;
    decref(vm, items[i]);
  }
  if (r < 0) {
    xdecref(vm, s);
    return NULL;
  }
  return s;
}

// _PyDict_FromItems: a str-keys table when every key is an exact str.
static bool all_str_keys(Vm *vm, Object *const *keys, int step, int n) {
  for (int i = 0; i < n; i++)
    if (keys[i * step]->type != vm->t.str) return false;
  return true;
}

Object *op_build_map(Vm *vm, Object **items, int n) {
  Object *d = dict_new_presized(vm, n, all_str_keys(vm, items, 2, n));
  int r = d ? 0 : -1;
  for (int i = 0; i < n; i++) {
    if (r == 0 && dict_set(vm, d, items[2 * i], items[2 * i + 1]) < 0) r = -1;
    decref(vm, items[2 * i]);
    decref(vm, items[2 * i + 1]);
  }
  if (r < 0) {
    xdecref(vm, d);
    return NULL;
  }
  return d;
}

Object *op_build_const_key_map(Vm *vm, Object **values, int n, Object *keys) {
  Object *d = dict_new_presized(
      vm, n, all_str_keys(vm, tuple_items(keys), 1, n));
  int r = d ? 0 : -1;
  for (int i = 0; i < n; i++) {
    if (r == 0 && dict_set(vm, d, tuple_get(keys, i), values[i]) < 0) r = -1;
    decref(vm, values[i]);
  }
  if (r < 0) {
    xdecref(vm, d);
    return NULL;
  }
  return d;
}

Object *op_build_string(Vm *vm, Object **items, int n) {
  Object *s = str_join_array(vm, items, n);
  for (int i = 0; i < n; i++) decref(vm, items[i]);
  return s;
}

int op_list_extend(Vm *vm, Object *list, Object *iterable) {
  if (list_extend(vm, list, iterable) == 0) return 0;
  if (err_matches(vm, vm->t.TypeError) && !iterable->type->iter &&
      !iterable->type->getitem) {
    err_clear(vm);
    err_format(vm, vm->t.TypeError, "Value after * must be an iterable, not %s",
               iterable->type->tp_name);
  }
  return -1;
}

int op_dict_merge(Vm *vm, Object *func, Object *dict, Object *other,
                  bool is_call) {
  if (!is_call) {
    if (dict_update(vm, dict, other) == 0) return 0;
    if (err_matches(vm, vm->t.AttributeError)) {
      err_clear(vm);
      err_format(vm, vm->t.TypeError, "'%s' object is not a mapping",
                 other->type->tp_name);
    }
    return -1;
  }
  // f(**kw): duplicates are an error.
  Object *keys = NULL;
  if (!is_dict(other)) {
    keys = call_method0(vm, other, vm->str.keys);
    if (!keys) {
      if (err_matches(vm, vm->t.AttributeError)) {
        err_clear(vm);
        Object *r = func ? function_str(vm, func) : NULL;
        err_format(vm, vm->t.TypeError,
                   "%s argument after ** must be a mapping, not %s",
                   r ? str_data(r) : "function", other->type->tp_name);
        xdecref(vm, r);
      }
      return -1;
    }
    decref(vm, keys);
  }
  Object *tmp = dict_new(vm);
  if (!tmp || dict_update(vm, tmp, other) < 0) {
    xdecref(vm, tmp);
    return -1;
  }
  ssize pos = 0;
  Object *k, *v;
  int r = 0;
  // Keys that are not str pass here (_PyDict_MergeEx): the call rejects
  // them after the positional arguments are checked.
  while (r == 0 && dict_next(tmp, &pos, &k, &v)) {
    if (dict_get(vm, dict, k)) {
      Object *fr = func ? function_str(vm, func) : NULL;
      err_format(vm, vm->t.TypeError,
                 "%s got multiple values for keyword argument '%S'",
                 fr ? str_data(fr) : "function", k);
      xdecref(vm, fr);
      r = -1;
    } else {
      r = dict_set(vm, dict, k, v);
    }
  }
  decref(vm, tmp);
  return r;
}

int op_unpack_ex(Vm *vm, Object *seq, int before, int after, Object **out) {
  Object *it = obj_get_iter(vm, seq);
  if (!it) {
    if (err_matches(vm, vm->t.TypeError)) {
      err_clear(vm);
      err_format(vm, vm->t.TypeError, "cannot unpack non-iterable %s object",
                 seq->type->tp_name);
    }
    return -1;
  }
  int got = 0;
  for (; got < before; got++) {
    Object *v = iter_next(vm, it);
    if (!v) {
      if (!vm->exc)
        err_format(vm, vm->t.ValueError,
                   "not enough values to unpack (expected at least %d, got %d)",
                   before + after, got);
      goto fail;
    }
    out[got] = v;
  }
  Object *rest = list_from_iterable(vm, it);
  if (!rest) goto fail;
  ssize n = list_size(rest);
  if (n < after) {
    err_format(vm, vm->t.ValueError,
               "not enough values to unpack (expected at least %d, got %zd)",
               before + after, (ssize)(before + n));
    decref(vm, rest);
    goto fail;
  }
  for (int i = 0; i < after; i++) {
    out[before + 1 + i] = newref(vm, list_get(rest, n - after + i));
  }
  // Shrink the list by [after] items (they now live on the stack).
  for (int i = 0; i < after; i++) {
    Object *v = list_get(rest, list_size(rest) - 1);
    Object *idx = int_from_i64(vm, list_size(rest) - 1);
    obj_delitem(vm, rest, idx);
    xdecref(vm, idx);
    UNUSED(v);
  }
  out[before] = rest;
  got = before + 1 + after;
  decref(vm, it);
  return 0;
fail:
  for (int i = 0; i < got && i < before; i++) decref(vm, out[i]);
  decref(vm, it);
  return -1;
}

Object *op_format_value(Vm *vm, Object *value, int flags, Object *spec) {
  return format_value(vm, value, flags & FV_MASK, spec);
}

// ---- Imports -------------------------------------------------------------------------------

Object *op_import_name(Vm *vm, Frame *f, Object *name, Object *fromlist,
                       Object *level) {
  UNUSED(f);
  UNUSED(fromlist);
  if (is_int(level) && int_sign(level) > 0) {
    err_set(vm, vm->t.ImportError,
            "attempted relative import with no known parent package");
    return NULL;
  }
  return import_module(vm, name);
}

Object *op_import_from(Vm *vm, Object *module, Object *name) {
  Object *v = obj_lookup_attr(vm, module, name);
  if (v || vm->exc) return v;
  Object *mname = obj_lookup_attr(vm, module, vm->str.name);
  err_clear(vm);
  if (mname && is_str(mname))
    err_format(vm, vm->t.ImportError, "cannot import name '%U' from '%U' (unknown location)",
               name, mname);
  else
    err_format(vm, vm->t.ImportError, "cannot import name '%U'", name);
  xdecref(vm, mname);
  if (vm->exc) exc_set_field(vm, vm->exc, EXC_F_NAME, mname ? mname : vm->none);
  return NULL;
}

int op_import_star(Vm *vm, Frame *f, Object *module) {
  Object *d = module_dict(module);
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k) && str_data(k)[0] == '_') continue;
    if (op_store_name(vm, f, k, v) < 0) return -1;
  }
  return 0;
}

// ---- Exceptions -------------------------------------------------------------------------------

static int check_exc_class(Vm *vm, Object *type) {
  if (is_exception_type(type)) return 0;
  if (is_tuple(type)) {
    for (ssize i = 0; i < tuple_size(type); i++)
      if (!is_exception_type(tuple_get(type, i))) goto bad;
    return 0;
  }
bad:
  err_set(vm, vm->t.TypeError,
          "catching classes that do not inherit from BaseException is not "
          "allowed");
  return -1;
}

int op_exc_match(Vm *vm, Object *exc, Object *type) {
  if (check_exc_class(vm, type) < 0) return -1;
  return obj_isinstance(vm, exc, type);
}

// An exception instance from `raise X` where X is a class or an instance.
static Object *make_exception(Vm *vm, Object *x, bool cause) {
  if (is_exception_type(x)) {
    Object *e = obj_call0(vm, x);
    if (!e) return NULL;
    if (!is_exception(e)) {
      err_format(vm, vm->t.TypeError,
                 "calling %R should have returned an instance of BaseException, "
                 "not %s",
                 x, e->type->tp_name);
      decref(vm, e);
      return NULL;
    }
    return e;
  }
  if (is_exception(x)) return newref(vm, x);
  err_set(vm, vm->t.TypeError, cause ? "exception causes must derive from BaseException"
                                     : "exceptions must derive from BaseException");
  return NULL;
}

int op_raise(Vm *vm, Object *exc, Object *cause) {
  if (!exc) {
    Object *cur = NULL;
    for (ExcInfo *e = vm->exc_info; e && !cur; e = e->previous)
      if (e->exc_value && e->exc_value != vm->none) cur = e->exc_value;
    if (!cur) {
      err_set(vm, vm->t.RuntimeError, "No active exception to reraise");
      return -1;
    }
    err_restore(vm, newref(vm, cur));
    return 1;
  }
  Object *value = make_exception(vm, exc, false);
  decref(vm, exc);
  if (!value) {
    xdecref(vm, cause);
    return -1;
  }
  if (cause) {
    Object *c = NULL;
    if (cause != vm->none) {
      c = make_exception(vm, cause, true);
      if (!c) {
        decref(vm, cause);
        decref(vm, value);
        return -1;
      }
    }
    exc_set_cause(vm, value, c);
    xdecref(vm, c);
    decref(vm, cause);
  }
  err_raise(vm, value);
  decref(vm, value);
  return -1;
}

// BEFORE_WITH's lookups: the bound __enter__ and __exit__ (new references).
// The caller replaces the manager by __exit__ and drops it *before* calling
// __enter__, as CPython does (refcounts inside __enter__ show it).
int op_before_with(Vm *vm, Object *mgr, Object **enter_out, Object **exit) {
  Object *enter = lookup_special(vm, mgr, vm->str.enter);
  if (!enter) {
    if (!vm->exc)
      err_format(vm, vm->t.TypeError,
                 "'%s' object does not support the context manager protocol",
                 mgr->type->tp_name);
    return -1;
  }
  *exit = lookup_special(vm, mgr, vm->str.exit);
  if (!*exit) {
    if (!vm->exc)
      err_format(vm, vm->t.TypeError,
                 "'%s' object does not support the context manager protocol "
                 "(missed __exit__ method)",
                 mgr->type->tp_name);
    decref(vm, enter);
    return -1;
  }
  *enter_out = enter;
  return 0;
}

// ---- Generators and yield from -----------------------------------------------------------------

Object *op_get_yield_from_iter(Vm *vm, Object *iterable) {
  if (is_generator(iterable)) return newref(vm, iterable);
  return obj_get_iter(vm, iterable);
}

int op_send(Vm *vm, Object *iter, Object *value, Object **out) {
  if (is_generator(iter)) {
    bool returned;
    Object *r = gen_send(vm, iter, value, &returned);
    if (returned) {
      *out = r ? r : vm_none(vm);
      return 1;
    }
    if (!r) return -1;
    *out = r;
    return 0;
  }
  Object *r;
  if (value == vm->none) {
    r = iter_next(vm, iter);
    if (!r && !vm->exc) {
      *out = vm_none(vm);
      return 1;
    }
  } else {
    r = call_method1(vm, iter, vm->str.send, value);
  }
  if (!r) {
    if (err_matches(vm, vm->t.StopIteration)) {
      Object *e = err_fetch(vm);
      Object *v = exc_get_field(e, EXC_F_VALUE);
      *out = newref(vm, v ? v : vm->none);
      decref(vm, e);
      return 1;
    }
    return -1;
  }
  *out = r;
  return 0;
}

int op_setup_annotations(Vm *vm, Frame *f) {
  Object *name = str_intern_cstr(vm, "__annotations__");
  if (!name) return -1;
  int r = 0;
  if (!dict_get(vm, f->locals, name)) {
    Object *d = dict_new(vm);
    r = d ? dict_set(vm, f->locals, name, d) : -1;
    xdecref(vm, d);
  }
  decref(vm, name);
  return r;
}

// ---- MAKE_FUNCTION ---------------------------------------------------------------------------------

// [extras] holds, bottom to top, the defaults tuple, kwdefaults dict,
// annotations tuple and closure tuple present in [flags]; all are taken.
Object *op_make_function(Vm *vm, Frame *f, Object *code, int flags,
                         Object **extras) {
  CodeObject *co = (CodeObject *)code;
  Object *fn = function_new(vm, co, f->globals, co->qualname);
  int i = 0;
  Object *defaults = (flags & MF_DEFAULTS) ? extras[i++] : NULL;
  Object *kwdefaults = (flags & MF_KWDEFAULTS) ? extras[i++] : NULL;
  Object *annotations = (flags & MF_ANNOTATIONS) ? extras[i++] : NULL;
  Object *closure = (flags & MF_CLOSURE) ? extras[i++] : NULL;
  if (!fn) {
    xdecref(vm, defaults);
    xdecref(vm, kwdefaults);
    xdecref(vm, annotations);
    xdecref(vm, closure);
    return NULL;
  }
  if (closure) function_set_closure(vm, fn, closure);
  if (annotations) {
    Object *d = dict_new(vm);
    for (ssize k = 0; d && k + 1 < tuple_size(annotations); k += 2)
      dict_set(vm, d, tuple_get(annotations, k), tuple_get(annotations, k + 1));
    decref(vm, annotations);
    if (d) function_set_annotations(vm, fn, d);
  }
  if (kwdefaults) function_set_kwdefaults(vm, fn, kwdefaults);
  if (defaults) function_set_defaults(vm, fn, defaults);
  return fn;
}
