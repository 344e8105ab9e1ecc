// errors.c — raising exceptions from C (errors.h): exceptions are made as
// instances right away, chained to the exception being handled
// (__context__) as CPython's _PyErr_SetObject does, and unraisable ones are
// reported as sys.unraisablehook's default does.
#include "errors.h"

#include "abstract.h"
#include "exc.h"
#include "module.h"
#include "str.h"
#include "tbprint.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"

#include <stdarg.h>

// The exception being handled (sys.exc_info()[1]) or NULL.
static Object *handled_exception(Vm *vm) {
  for (ExcInfo *e = vm->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != vm->none) return e->exc_value;
  return NULL;
}

// Sets __context__ to the exception being handled, breaking a cycle that
// would make the chain loop (_PyErr_SetObject).
static void chain_context(Vm *vm, Object *exc) {
  Object *ctx = handled_exception(vm);
  if (!ctx || ctx == exc) return;
  Object *o = ctx;
  while (1) {
    Object *next = ((ExceptionObject *)o)->context;
    if (!next) break;
    if (next == exc) {
      exc_set_context(vm, o, NULL);
      break;
    }
    o = next;
  }
  exc_set_context(vm, exc, ctx);
}

void err_raise(Vm *vm, Object *exc) {
  incref(vm, exc);
  chain_context(vm, exc);
  Object *old = vm->exc;
  vm->exc = exc;
  xdecref(vm, old);
}

void err_set_object(Vm *vm, TypeObject *type, Object *value) {
  Object *args = value ? tuple_pack(vm, 1, value) : newref(vm, vm->empty_tuple);
  if (!args) return;
  Object *exc = exc_new(vm, type, args);
  decref(vm, args);
  if (!exc) return; // exc_new raised something (MemoryError, ...)
  err_raise(vm, exc);
  decref(vm, exc);
}

void err_set(Vm *vm, TypeObject *type, const char *msg) {
  Object *s = str_from_cstr(vm, msg);
  if (!s) return;
  err_set_object(vm, type, s);
  decref(vm, s);
}

Object *err_format(Vm *vm, TypeObject *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Object *s = str_vformat(vm, fmt, ap);
  va_end(ap);
  if (s) {
    err_set_object(vm, type, s);
    decref(vm, s);
  }
  return NULL;
}

void *err_no_memory(Vm *vm) {
  Object *exc = exc_memerr_take(vm); // allocates nothing
  if (exc) {
    err_raise(vm, exc); // with __context__, as _PyErr_SetObject does
    decref(vm, exc);
  }
  return NULL;
}

bool err_matches(Vm *vm, TypeObject *type) {
  return vm->exc && obj_is_instance_of(vm->exc, type);
}

void err_clear(Vm *vm) { clear_ref(vm, &vm->exc); }

Object *err_fetch(Vm *vm) {
  Object *e = vm->exc;
  vm->exc = NULL;
  return e;
}

void err_restore(Vm *vm, Object *exc) {
  Object *old = vm->exc;
  vm->exc = exc;
  xdecref(vm, old);
}

void err_raise_key_error(Vm *vm, Object *key) {
  err_set_object(vm, vm->t.KeyError, key);
}

void err_no_attribute(Vm *vm, Object *obj, Object *name) {
  err_format(vm, vm->t.AttributeError, "'%s' object has no attribute '%U'",
             obj->type->tp_name, name);
  Object *exc = vm->exc;
  if (exc && obj_is_instance_of(exc, vm->t.AttributeError)) {
    exc_set_field(vm, exc, EXC_F_ATTR_NAME, name);
    exc_set_field(vm, exc, EXC_F_ATTR_OBJ, obj);
  }
}

void *err_type_not(Vm *vm, Object *obj, const char *what) {
  return err_format(vm, vm->t.TypeError, "'%s' object is not %s",
                    obj->type->tp_name, what);
}

// ---- Unraisable exceptions ----------------------------------------------------------

// PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg: "Exception ignored
// <where>: <repr of obj>" and the exception's report, on stderr.
void err_write_unraisable_msg(Vm *vm, const char *where, Object *obj) {
  Object *exc = err_fetch(vm);
  if (!exc) return;
  if (vm->stopping) { // a limit stopped the program: nothing more to report
    decref(vm, exc);
    return;
  }
  size_t limit = vm_reserve_begin(vm);
  Buf b;
  buf_init(&b);
  if (obj) {
    Object *r = obj_repr(vm, obj);
    if (r) {
      buf_printf(&b, "Exception ignored %s: %s\n", where, str_data(r));
      decref(vm, r);
    } else {
      err_clear(vm);
      buf_printf(&b, "Exception ignored %s: <object repr() failed>\n", where);
    }
  }
  tbprint_unraisable(vm, &b, exc);
  sys_write_stderr(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  vm_reserve_end(vm, limit);
  decref(vm, exc);
}

void err_write_unraisable(Vm *vm, Object *obj) {
  err_write_unraisable_msg(vm, "in", obj);
}
