// module.c — module objects and `import`. The importable modules are built
// in: gc, sys (C), weakref and copy (C primitives plus Refscope's own Python
// source in core/lib/, compiled on first import). Anything else raises
// ModuleNotFoundError as CPython does for a missing module.
#include "module.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

Object *module_new(Vm *vm, const char *name) {
  ModuleObject *m = (ModuleObject *)obj_alloc(vm, vm->t.module,
                                              sizeof(ModuleObject));
  if (!m) return NULL;
  Object *o = AS_OBJ(m);
  m->name = str_intern_cstr(vm, name);
  m->dict = dict_new(vm);
  if (!m->name || !m->dict || dict_set(vm, m->dict, vm->str.name, m->name) < 0 ||
      dict_set(vm, m->dict, vm->str.doc, vm->none) < 0) {
    decref(vm, o);
    return NULL;
  }
  gc_track(vm, o);
  return o;
}

static Object *module_repr(Vm *vm, Object *o) {
  ModuleObject *m = (ModuleObject *)o;
  if (str_eq_cstr(m->name, "builtins") || str_eq_cstr(m->name, "sys") ||
      str_eq_cstr(m->name, "gc"))
    return str_from_format(vm, "<module '%U' (built-in)>", m->name);
  return str_from_format(vm, "<module '%U'>", m->name);
}

static Object *module_getattro(Vm *vm, Object *o, Object *name) {
  Object *r = generic_getattr(vm, o, name);
  if (r || !err_matches(vm, vm->t.AttributeError)) return r;
  err_clear(vm);
  ModuleObject *m = (ModuleObject *)o;
  err_format(vm, vm->t.AttributeError, "module '%U' has no attribute '%U'",
             m->name, name);
  if (vm->exc) {
    exc_set_field(vm, vm->exc, EXC_F_ATTR_NAME, name);
    exc_set_field(vm, vm->exc, EXC_F_ATTR_OBJ, o);
  }
  return NULL;
}

static int module_traverse(Object *o, VisitFn visit, void *arg) {
  ModuleObject *m = (ModuleObject *)o;
  return m->dict ? visit(m->dict, arg) : 0;
}

static void module_clear(Vm *vm, Object *o) {
  clear_ref(vm, &((ModuleObject *)o)->dict);
}

static void module_dealloc(Vm *vm, Object *o) {
  ModuleObject *m = (ModuleObject *)o;
  clear_ref(vm, &m->dict);
  clear_ref(vm, &m->name);
  obj_free_memory(vm, o);
}

static Object *module_get_dict(Vm *vm, Object *o) {
  Object *d = ((ModuleObject *)o)->dict;
  return d ? newref(vm, d) : vm_none(vm);
}

static const GetSetDef module_getsets[] = {{"__dict__", module_get_dict, NULL},
                                           {NULL, NULL, NULL}};

void module_type_init(Vm *vm) {
  TypeObject *t = vm->t.module;
  t->py_basicsize = 64;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE;
  t->repr = module_repr;
  t->getattro = module_getattro;
  t->traverse = module_traverse;
  t->clear = module_clear;
  t->dealloc = module_dealloc;
  type_add_getsets(vm, t, module_getsets);
}

// ---- import ------------------------------------------------------------------------------

typedef Object *(*ModuleMaker)(Vm *vm);

static const struct {
  const char *name;
  ModuleMaker make;
} builtin_modules[] = {
    {"sys", mod_sys_create},
    {"gc", mod_gc_create},
    {"weakref", mod_weakref_create},
    {"copy", mod_copy_create},
};

Object *import_module(Vm *vm, Object *name) {
  Object *m = dict_get(vm, vm->modules, name);
  if (m && m != vm->none) return newref(vm, m);
  if (vm->exc) return NULL;
  for (size_t i = 0; i < COUNT_OF(builtin_modules); i++) {
    if (!str_eq_cstr(name, builtin_modules[i].name)) continue;
    m = builtin_modules[i].make(vm);
    if (!m) return NULL;
    if (dict_set(vm, vm->modules, name, m) < 0) {
      decref(vm, m);
      return NULL;
    }
    return m;
  }
  // A dotted name reports its first missing package.
  const char *dot = memchr(str_data(name), '.', str_size(name));
  Object *missing = dot ? str_new(vm, str_data(name),
                                  (size_t)(dot - str_data(name)))
                        : newref(vm, name);
  if (!missing) return NULL;
  err_format(vm, vm->t.ModuleNotFoundError, "No module named '%U'", missing);
  if (vm->exc) exc_set_field(vm, vm->exc, EXC_F_NAME, missing);
  decref(vm, missing);
  return NULL;
}
