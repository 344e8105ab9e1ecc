// mod_atexit.c — the atexit module (register, unregister, _run_exitfuncs,
// _clear, _ncallbacks). vm_shutdown.c runs the callbacks first thing at
// exit, newest first, as Py_FinalizeEx does (weakref.finalize relies on it).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "tuple.h"
#include "vm.h"

#define AXFN(name)                                                             \
  static Object *ax_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kwnames)

static Object *callbacks(Vm *vm) {
  if (!vm->atexit_callbacks) vm->atexit_callbacks = list_new(vm, 0);
  return vm->atexit_callbacks;
}

static Object *kwargs_to_dict(Vm *vm, Object *const *values, Object *kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return vm_none(vm);
  Object *d = dict_new(vm);
  for (ssize i = 0; d && i < tuple_size(kwnames); i++)
    if (dict_set(vm, d, tuple_get(kwnames, i), values[i]) < 0) clear_ref(vm, &d);
  return d;
}

// register(func, *args, **kwargs): stores (func, args, kwargs or None).
AXFN(register) {
  UNUSED(self);
  if (nargs < 1)
    return err_format(vm, vm->t.TypeError,
                      "register() takes at least 1 argument (0 given)");
  if (!obj_is_callable(args[0]))
    return err_format(vm, vm->t.TypeError,
                      "the first argument must be callable");
  Object *l = callbacks(vm);
  Object *pos = tuple_from_array(vm, args + 1, nargs - 1);
  Object *kw = kwargs_to_dict(vm, args + nargs, kwnames);
  Object *entry = l && pos && kw ? tuple_pack(vm, 3, args[0], pos, kw) : NULL;
  int r = entry ? list_append(vm, l, entry) : -1;
  xdecref(vm, entry);
  xdecref(vm, pos);
  xdecref(vm, kw);
  return r < 0 ? NULL : newref(vm, args[0]);
}

AXFN(unregister) {
  UNUSED(self);
  Object *func;
  if (parse_args(vm, "atexit.unregister", args, nargs, kwnames, "1O:func", &func) < 0)
    return NULL;
  Object *l = callbacks(vm);
  if (!l) return NULL;
  for (ssize i = list_size(l) - 1; i >= 0; i--) {
    if (i >= list_size(l)) continue; // a comparison shortened the list
    int eq = obj_richcompare_bool(vm, tuple_get(list_get(l, i), 0), func, CMP_EQ);
    if (eq < 0) return NULL;
    if (eq) decref(vm, list_pop_at(vm, l, i));
  }
  return vm_none(vm);
}

// Runs the callbacks newest first; a failing one is reported and the rest
// still run. Returns with no exception pending.
void atexit_run(Vm *vm) {
  Object *l = vm->atexit_callbacks;
  if (!l) return;
  while (list_size(l) > 0) {
    Object *entry = list_pop_at(vm, l, list_size(l) - 1);
    Object *func = tuple_get(entry, 0), *pos = tuple_get(entry, 1);
    Object *kw = tuple_get(entry, 2);
    Object *r = obj_call_tuple_dict(vm, func, pos, kw == vm->none ? NULL : kw);
    if (r) decref(vm, r);
    else err_write_unraisable_msg(vm, "in atexit callback", func);
    decref(vm, entry);
  }
}

AXFN(_run_exitfuncs) {
  UNUSED(self);
  if (parse_args(vm, "atexit._run_exitfuncs", args, nargs, kwnames, "N") < 0)
    return NULL;
  atexit_run(vm);
  return vm_none(vm);
}

AXFN(_clear) {
  UNUSED(self);
  if (parse_args(vm, "atexit._clear", args, nargs, kwnames, "N") < 0) return NULL;
  clear_ref(vm, &vm->atexit_callbacks);
  return vm_none(vm);
}

AXFN(_ncallbacks) {
  UNUSED(self);
  if (parse_args(vm, "atexit._ncallbacks", args, nargs, kwnames, "N") < 0)
    return NULL;
  Object *l = vm->atexit_callbacks;
  return int_from_i64(vm, l ? list_size(l) : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", ax_register, 0, NULL},
    {"unregister", ax_unregister, 0, NULL},
    {"_run_exitfuncs", ax__run_exitfuncs, 0, NULL},
    {"_clear", ax__clear, 0, NULL},
    {"_ncallbacks", ax__ncallbacks, 0, NULL},
    {NULL, NULL, 0, NULL}};

Object *mod_atexit_create(Vm *vm) {
  Object *m = module_new(vm, "atexit");
  if (m && builtins_add_functions(vm, module_dict(m), atexit_functions, m,
                                  NULL) < 0)
    clear_ref(vm, &m);
  return m;
}
