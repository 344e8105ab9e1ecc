// mod_weakref.c — the _weakref module that core/lib/weakref.py builds on,
// as in CPython: ref (ReferenceType), proxy, getweakrefcount, getweakrefs,
// the proxy types and _remove_dead_weakref. The objects are weakref.c.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

#define WRFN(name)                                                             \
  static Object *wr_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kwnames)

WRFN(getweakrefcount) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "_weakref.getweakrefcount", args, nargs, kwnames,
                 "1O:object", &o) < 0)
    return NULL;
  return int_from_i64(vm, weakref_count(vm, o));
}

WRFN(getweakrefs) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "_weakref.getweakrefs", args, nargs, kwnames, "1O:object",
                 &o) < 0)
    return NULL;
  Object *l = list_new(vm, 0);
  WeakrefObject *r = (WeakrefObject *)weakref_first_of(vm, o);
  for (; l && r; r = r->next)
    if (list_append(vm, l, AS_OBJ(r)) < 0) clear_ref(vm, &l);
  return l;
}

WRFN(proxy) {
  UNUSED(self);
  Object *o, *callback = NULL;
  if (parse_args(vm, "proxy", args, nargs, kwnames, "CO|O:object,callback", &o,
                 &callback) < 0)
    return NULL;
  if (callback == vm->none) callback = NULL;
  TypeObject *t = obj_is_callable(o) ? vm->t.weakcallableproxy : vm->t.weakproxy;
  return weakref_new(vm, t, o, callback);
}

// Deletes dict[key] if it is still a dead weak reference (WeakValueDictionary).
WRFN(_remove_dead_weakref) {
  UNUSED(self);
  Object *d, *key;
  if (parse_args(vm, "_remove_dead_weakref", args, nargs, kwnames,
                 "COO:dct,key", &d, &key) < 0)
    return NULL;
  if (!is_dict(d)) return err_type_not(vm, d, "dict");
  Object *v = dict_get(vm, d, key);
  if (!v) return vm->exc ? NULL : vm_none(vm); // already gone: fine
  if (v->type->layout != LAYOUT_WEAKREF)
    return err_format(vm, vm->t.TypeError, "not a weakref");
  if (!((WeakrefObject *)v)->target && dict_del(vm, d, key) < 0) return NULL;
  return vm_none(vm);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, 0, NULL},
    {"getweakrefs", wr_getweakrefs, 0, NULL},
    {"proxy", wr_proxy, 0, NULL},
    {"_remove_dead_weakref", wr__remove_dead_weakref, 0, NULL},
    {NULL, NULL, 0, NULL}};

Object *mod_weakref_create(Vm *vm) {
  Object *m = module_new(vm, "_weakref");
  if (!m) return NULL;
  Object *d = module_dict(m);
  if (builtins_add_functions(vm, d, weakref_functions, m, NULL) < 0 ||
      dict_set_cstr(vm, d, "ref", AS_OBJ(vm->t.weakref)) < 0 ||
      dict_set_cstr(vm, d, "ReferenceType", AS_OBJ(vm->t.weakref)) < 0 ||
      dict_set_cstr(vm, d, "ProxyType", AS_OBJ(vm->t.weakproxy)) < 0 ||
      dict_set_cstr(vm, d, "CallableProxyType",
                    AS_OBJ(vm->t.weakcallableproxy)) < 0)
    clear_ref(vm, &m);
  return m;
}
