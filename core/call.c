// call.c — calling objects from C (CPython's call.c): the vectorcall entry
// point, *args/**kwargs calls, and o.name(...) method calls. Python
// functions called from here get a fresh frame whose arguments are new
// references (the caller keeps its own), which is why a parameter's count
// is one higher inside __init__ than inside a directly called function.
#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

Object *obj_call(Vm *vm, Object *callable, Object *const *args, size_t nargs,
                 Object *kwnames) {
  CallFn call = callable->type->call;
  if (!call) return err_type_not(vm, callable, "callable");
  Object *r = call(vm, callable, args, nargs, kwnames);
  if (!r && !err_occurred(vm))
    err_format(vm, vm->t.SystemError, "%R returned NULL without setting an "
               "exception", callable);
  return r;
}

Object *obj_call0(Vm *vm, Object *callable) {
  return obj_call(vm, callable, NULL, 0, NULL);
}

Object *obj_call1(Vm *vm, Object *callable, Object *a) {
  return obj_call(vm, callable, &a, 1, NULL);
}

Object *obj_call2(Vm *vm, Object *callable, Object *a, Object *b) {
  Object *args[2] = {a, b};
  return obj_call(vm, callable, args, 2, NULL);
}

Object *obj_call_tuple_dict(Vm *vm, Object *callable, Object *args,
                            Object *kwargs) {
  ssize n = tuple_size(args), nkw = kwargs ? dict_size(kwargs) : 0;
  if (nkw == 0) return obj_call(vm, callable, tuple_items(args), (size_t)n, NULL);
  Object **argv = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)(n + nkw));
  Object *names = tuple_new(vm, nkw);
  Object *r = NULL;
  if (argv && names) {
    memcpy(argv, tuple_items(args), sizeof(Object *) * (size_t)n);
    ssize pos = 0, i = 0;
    Object *k, *v;
    bool ok = true;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (!is_str(k)) {
        err_set(vm, vm->t.TypeError, "keywords must be strings");
        ok = false;
        break;
      }
      tuple_init_item(vm, names, i, newref(vm, k));
      argv[n + i++] = v;
    }
    if (ok) r = obj_call(vm, callable, argv, (size_t)n, names);
  } else {
    err_no_memory(vm);
  }
  xdecref(vm, names);
  if (argv) alloc_free(&vm->alloc, argv, sizeof(Object *) * (size_t)(n + nkw));
  return r;
}

Object *call_method(Vm *vm, Object *o, Object *name, Object *const *args,
                    size_t nargs) {
  Object *m = obj_getattr(vm, o, name);
  if (!m) return NULL;
  Object *r = obj_call(vm, m, args, nargs, NULL);
  decref(vm, m);
  return r;
}

Object *call_method0(Vm *vm, Object *o, Object *name) {
  return call_method(vm, o, name, NULL, 0);
}

Object *call_method1(Vm *vm, Object *o, Object *name, Object *a) {
  return call_method(vm, o, name, &a, 1);
}
