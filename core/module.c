// module.c — module objects and `import`. The importable modules are C ones
// (sys, gc, _weakref, atexit) and Refscope's own Python sources in core/lib/
// (copy, copyreg, weakref), compiled on first import. Anything else raises
// ModuleNotFoundError as CPython does for a missing module.
#include "module.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"
#include "eval.h"
#include "syntax_error.h"

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
  trace_ref_set(vm, o, "__dict__", m->dict);
  trace_name(vm, o);
  gc_track(vm, o);
  return o;
}

// module(name, doc=None), as types.ModuleType(...) makes one: the dict has
// __name__, __doc__, and None for __package__, __loader__ and __spec__.
static Object *module_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                             size_t nargs, Object *kwnames) {
  UNUSED(type);
  Object *name, *doc = vm->none;
  if (parse_args(vm, "module", args, nargs, kwnames, "KO|O:name,doc", &name,
                 &doc) < 0)
    return NULL;
  if (!is_str(name))
    return err_format(vm, vm->t.TypeError,
                      "module() argument 'name' must be str, not %s",
                      name->type->tp_name);
  Object *m = module_new(vm, str_data(name));
  Object *d = m ? ((ModuleObject *)m)->dict : NULL;
  if (d && (dict_set(vm, d, vm->str.doc, doc) < 0 ||
            dict_set_cstr(vm, d, "__package__", vm->none) < 0 ||
            dict_set_cstr(vm, d, "__loader__", vm->none) < 0 ||
            dict_set_cstr(vm, d, "__spec__", vm->none) < 0))
    clear_ref(vm, &m);
  return m;
}

// "<module 'copy' from '/usr/lib/python3.11/copy.py'>" for modules with a
// __file__, "(built-in)" for the C ones, plain "<module 'name'>" for one
// made by module() (no loader), as CPython's module repr shows.
static Object *module_repr(Vm *vm, Object *o) {
  ModuleObject *m = (ModuleObject *)o;
  Object *file = m->dict ? dict_get(vm, m->dict, vm->str.file) : NULL;
  if (file && is_str(file))
    return str_from_format(vm, "<module %R from %R>", m->name, file);
  if (vm->exc) return NULL;
  Object *loader = m->dict ? dict_get_cstr(vm, m->dict, "__loader__") : NULL;
  if (vm->exc) return NULL;
  if (loader == vm->none)
    return str_from_format(vm, "<module %R>", m->name);
  return str_from_format(vm, "<module %R (built-in)>", m->name);
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
  trace_clear_ref(vm, o, &((ModuleObject *)o)->dict, "__dict__");
}

static void module_dealloc(Vm *vm, Object *o) {
  ModuleObject *m = (ModuleObject *)o;
  gc_untrack(vm, o);
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  trace_clear_ref(vm, o, &m->dict, "__dict__");
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
  t->py_basicsize = 56;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE;
  t->repr = module_repr;
  t->tp_new = module_tp_new;
  t->getattro = module_getattro;
  t->traverse = module_traverse;
  t->clear = module_clear;
  t->dealloc = module_dealloc;
  type_add_getsets(vm, t, module_getsets);
}

// ---- import ------------------------------------------------------------------------------

typedef Object *(*ModuleMaker)(Vm *vm);

// Modules written in C. Modules with a source in core/lib/ (copy, weakref,
// ...) are compiled from it; they import the C ones they build on.
static const struct {
  const char *name;
  ModuleMaker make;
} builtin_modules[] = {
    {"sys", mod_sys_create},
    {"gc", mod_gc_create},
    {"_weakref", mod_weakref_create},
    {"atexit", mod_atexit_create},
};

const char *lib_source_find(const char *name, size_t *size); // lib_sources.c

// Where python3 keeps the standard library module we stand in for (shown
// by repr(module) and in tracebacks through library code).
#define STDLIB_DIR "/usr/lib/python3.11/"

static int exec_library(Vm *vm, Object *m, const char *src, size_t size) {
  Buf path;
  buf_init(&path);
  buf_printf(&path, STDLIB_DIR "%s.py", str_data(((ModuleObject *)m)->name));
  Object *file = str_from_cstr(vm, buf_cstr(&path));
  int r = -1;
  if (file && dict_set(vm, module_dict(m), vm->str.file, file) == 0) {
    SyntaxErrorInfo err;
    syntax_error_init(&err);
    Object *code = vm_compile(vm, src, size, buf_cstr(&path), true, &err);
    if (err.set)
      err_format(vm, vm->t.SystemError, "Refscope library %s: %s (line %d)",
                 buf_cstr(&path), err.msg ? err.msg : "", err.lineno);
    syntax_error_clear(&err);
    Object *d = module_dict(m);
    Object *result = code ? eval_code(vm, (CodeObject *)code, d, d) : NULL;
    xdecref(vm, code);
    if (result) {
      decref(vm, result);
      r = 0;
    }
  }
  xdecref(vm, file);
  buf_free(&path);
  return r;
}

// Creates the module from core/lib/NAME.py; NULL without an exception if
// there is no such source.
static Object *load_library(Vm *vm, Object *name) {
  size_t size;
  const char *src = lib_source_find(str_data(name), &size);
  if (!src) return NULL;
  trace_quiet_begin(vm);
  Object *m = module_new(vm, str_data(name));
  // In sys.modules while its code runs, as importlib does.
  if (m && dict_set(vm, vm->modules, name, m) < 0) clear_ref(vm, &m);
  if (!m) {
    trace_quiet_end(vm);
    return NULL;
  }
  uint16_t reason = vm->trace.reason;
  vm->trace.reason = REASON_library;
  int r = exec_library(vm, m, src, size);
  vm->trace.reason = reason;
  trace_quiet_end(vm);
  if (r < 0) {
    Object *exc = err_fetch(vm);
    if (dict_del(vm, vm->modules, name) < 0) err_clear(vm);
    err_restore(vm, exc);
    clear_ref(vm, &m);
  }
  return m;
}

static Object *make_builtin(Vm *vm, Object *name) {
  for (size_t i = 0; i < COUNT_OF(builtin_modules); i++) {
    if (!str_eq_cstr(name, builtin_modules[i].name)) continue;
    Object *m = builtin_modules[i].make(vm);
    if (m && dict_set(vm, vm->modules, name, m) < 0) clear_ref(vm, &m);
    return m;
  }
  return NULL;
}

static void not_found(Vm *vm, Object *name) {
  // A dotted name reports its first missing package.
  const char *dot = memchr(str_data(name), '.', str_size(name));
  Object *missing = dot ? str_new(vm, str_data(name),
                                  (size_t)(dot - str_data(name)))
                        : newref(vm, name);
  if (!missing) return;
  err_format(vm, vm->t.ModuleNotFoundError, "No module named '%U'", missing);
  if (vm->exc) exc_set_field(vm, vm->exc, EXC_F_NAME, missing);
  decref(vm, missing);
}

Object *import_module(Vm *vm, Object *name) {
  Object *m = dict_get(vm, vm->modules, name);
  if (m && m != vm->none) return newref(vm, m);
  if (vm->exc) return NULL;
  m = make_builtin(vm, name);
  if (!m && !vm->exc) m = load_library(vm, name);
  if (!m && !vm->exc) not_found(vm, name);
  return m;
}

Object *import_module_cstr(Vm *vm, const char *name) {
  Object *n = str_from_cstr(vm, name);
  if (!n) return NULL;
  Object *m = import_module(vm, n);
  decref(vm, n);
  return m;
}
