// dir.c — dir(): the builtin calls type(obj).__dir__ and sorts the result;
// object.__dir__ merges the instance __dict__ (materializing it, as in
// CPython 3.11) with the class attributes along __bases__; type.__dir__ and
// module.__dir__ have their own rules (Objects/typeobject.c, moduleobject.c).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// merge_class_dict: cls.__dict__, then each of cls.__bases__ recursively.
static int merge_class_dict(Vm *vm, Object *into, Object *cls) {
  Object *d = obj_lookup_attr(vm, cls, vm->str.dict);
  if (!d && err_occurred(vm)) return -1;
  if (d) {
    int r = dict_update(vm, into, d);
    decref(vm, d);
    if (r < 0) return -1;
  }
  Object *bases = obj_lookup_attr(vm, cls, vm->str.bases);
  if (!bases) return err_occurred(vm) ? -1 : 0;
  int r = 0;
  if (is_tuple(bases)) {
    for (ssize i = 0; r == 0 && i < tuple_size(bases); i++)
      r = merge_class_dict(vm, into, tuple_get(bases, i));
  }
  decref(vm, bases);
  return r;
}

static Object *keys_of(Vm *vm, Object *d) {
  Object *l = dict_keys_list(vm, d);
  decref(vm, d);
  return l;
}

// object.__dir__(self)
static Object *object_dir_method(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  if (parse_args(vm, "object.__dir__", args, nargs, kw, "N") < 0) return NULL;
  Object *d = obj_lookup_attr(vm, self, vm->str.dict);
  if (!d && err_occurred(vm)) return NULL;
  Object *into = d && is_dict(d) ? dict_copy(vm, d) : dict_new(vm);
  xdecref(vm, d);
  if (!into) return NULL;
  Object *cls = obj_lookup_attr(vm, self, vm->str.class_);
  if (!cls && err_occurred(vm)) return clear_ref(vm, &into), NULL;
  int r = cls ? merge_class_dict(vm, into, cls) : 0;
  xdecref(vm, cls);
  if (r < 0) return clear_ref(vm, &into), NULL;
  return keys_of(vm, into);
}

// type.__dir__(cls)
static Object *type_dir_method(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "type.__dir__", args, nargs, kw, "N") < 0) return NULL;
  Object *into = dict_new(vm);
  if (into && merge_class_dict(vm, into, self) < 0) clear_ref(vm, &into);
  return into ? keys_of(vm, into) : NULL;
}

// module.__dir__(): the names in the module's __dict__.
static Object *module_dir_method(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  if (parse_args(vm, "module.__dir__", args, nargs, kw, "N") < 0) return NULL;
  Object *d = module_dict(self);
  if (!d || !is_dict(d))
    return err_format(vm, vm->t.TypeError, "<module>.__dict__ is not a dictionary");
  return dict_keys_list(vm, d);
}

// dir(obj): sorted(type(obj).__dir__(obj)).
Object *object_dir(Vm *vm, Object *obj) {
  Object *m = lookup_special(vm, obj, vm->str.dir);
  if (!m) {
    if (!err_occurred(vm))
      err_set(vm, vm->t.TypeError, "object does not provide __dir__");
    return NULL;
  }
  Object *r = obj_call0(vm, m);
  decref(vm, m);
  if (!r) return NULL;
  Object *l = list_from_iterable(vm, r);
  decref(vm, r);
  if (l && list_sort(vm, l, NULL, false) < 0) clear_ref(vm, &l);
  return l;
}

static const MethodDef object_dir_methods[] = {
    {"__dir__", object_dir_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef type_dir_methods[] = {
    {"__dir__", type_dir_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef module_dir_methods[] = {
    {"__dir__", module_dir_method, 0, NULL}, {NULL, NULL, 0, NULL}};

void dir_methods_init(Vm *vm) {
  type_add_methods(vm, vm->t.object, object_dir_methods);
  type_add_methods(vm, vm->t.type, type_dir_methods);
  type_add_methods(vm, vm->t.module, module_dir_methods);
}
