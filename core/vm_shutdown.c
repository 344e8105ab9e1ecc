// vm_shutdown.c — the end of a run. vm_shutdown follows CPython 3.11's
// Py_FinalizeEx (Python/pylifecycle.c): a full collection if the collector
// is enabled, then finalize_modules (special sys names to None, modules out
// of sys.modules, a collection, live modules' globals cleared, a last
// collection) — what the user sees of it is traced. vm_teardown then frees
// the runtime itself (untraced) and counts what was not freed.
// ../shared/cpython-semantics.md §5 shows the observable order.
#include "vm.h"

#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#include <stdlib.h>

static void set_none(Vm *vm, Object *d, const char *name) {
  if (dict_set_cstr(vm, d, name, vm->none) < 0) err_write_unraisable(vm, NULL);
}

// finalize_modules_delete_special.
static void delete_special(Vm *vm) {
  static const char *const sys_names[] = {
      "path", "argv", "ps1", "ps2", "last_type", "last_value",
      "last_traceback", "path_hooks", "path_importer_cache", "meta_path",
      "__interactivehook__"};
  set_none(vm, vm->builtins, "_");
  Object *sysdict = module_dict(vm->sys_module);
  for (size_t i = 0; i < COUNT_OF(sys_names); i++)
    set_none(vm, sysdict, sys_names[i]);
}

// finalize_remove_modules: every module leaves sys.modules (its value
// becomes None, so an unreferenced module dies right here); a weak
// reference to each lets the next steps see which ones stayed alive.
static Object *remove_modules(Vm *vm) {
  Object *weak = list_new(vm, 0);
  Object *names = dict_keys_list(vm, vm->modules);
  for (ssize i = 0; weak && names && i < list_size(names); i++) {
    Object *name = list_get(names, i);
    Object *m = dict_get(vm, vm->modules, name);
    if (!m || m->type != vm->t.module) continue;
    Object *wr = weakref_new(vm, vm->t.weakref, m, NULL);
    Object *pair = wr ? tuple_pack(vm, 2, name, wr) : NULL;
    if (!pair || list_append(vm, weak, pair) < 0) err_write_unraisable(vm, NULL);
    xdecref(vm, pair);
    xdecref(vm, wr);
    if (dict_set(vm, vm->modules, name, vm->none) < 0)
      err_write_unraisable(vm, NULL);
  }
  xdecref(vm, names);
  if (err_occurred(vm)) err_write_unraisable(vm, NULL);
  return weak;
}

// _PyModule_ClearDict: names with one leading underscore become None
// first, then every other name but __builtins__.
static void clear_module_dict(Vm *vm, Object *d) {
  Object *keys = dict_keys_list(vm, d);
  for (int pass = 0; keys && pass < 2; pass++) {
    for (ssize i = 0; i < list_size(keys); i++) {
      Object *k = list_get(keys, i);
      Object *v = dict_get(vm, d, k);
      if (!v || v == vm->none || !is_str(k)) continue;
      const char *s = str_data(k);
      bool single = s[0] == '_' && s[1] != '_';
      if (pass == 0 ? !single : str_eq_cstr(k, "__builtins__")) continue;
      if (dict_set(vm, d, k, vm->none) < 0) err_write_unraisable(vm, NULL);
    }
  }
  xdecref(vm, keys);
  err_clear(vm);
}

// finalize_modules_clear_weaklist: modules still alive, newest first.
static void clear_live_modules(Vm *vm, Object *weak) {
  for (ssize i = list_size(weak) - 1; i >= 0; i--) {
    Object *wr = tuple_get(list_get(weak, i), 1);
    Object *m = ((WeakrefObject *)wr)->target;
    if (!m) continue;
    Object *d = module_dict(m);
    if (!d || d == vm->builtins || m == vm->sys_module) continue;
    incref(vm, m);
    clear_module_dict(vm, d);
    decref(vm, m);
  }
}

void atexit_run(Vm *vm); // mod_atexit.c

void vm_shutdown(Vm *vm) {
  if (vm->alloc.limit && !vm->finalizing) vm_reserve_begin(vm);
  atexit_run(vm);
  vm->finalizing = true;
  if (vm->gc.enabled) {
    Object *saved = err_fetch(vm);
    gc_collect(vm, NUM_GENERATIONS - 1, GCT_shutdown);
    err_clear(vm);
    err_restore(vm, saved);
  }
  clear_ref(vm, &vm->main_module);
  delete_special(vm);
  vm->modules_removed = true;
  Object *weak = remove_modules(vm);
  vm->modules_removed = true;
  dict_clear(vm, vm->modules);
  gc_collect_no_fail(vm);
  if (weak) {
    clear_live_modules(vm, weak);
    decref(vm, weak);
  }
  dict_clear(vm, module_dict(vm->sys_module));
  dict_clear(vm, vm->builtins);
  gc_collect_no_fail(vm);
  err_clear(vm);
}

// ---- Freeing the runtime -------------------------------------------------------------------------

void types_teardown(Vm *vm); // types.c

void vm_teardown(Vm *vm) {
  if (vm->torn_down) return;
  vm->torn_down = true;
  trace_stop(vm);
  vm->finalizing = true;
  err_clear(vm);
  gc_unfreeze(vm);
  Object **roots[] = {&vm->main_module, &vm->last_exc, &vm->modules,
                      &vm->sys_module, &vm->builtins_module, &vm->atexit_callbacks,
                      &vm->source_lines, &vm->stop_exc, &vm->memory_error};
  for (size_t i = 0; i < COUNT_OF(roots); i++) clear_ref(vm, roots[i]);
  exc_memerr_fini(vm);
  vm->builtins = NULL;
  vm->gc.debug = 0; // DEBUG_SAVEALL would keep garbage in a freed gc.garbage
  gc_fini(vm);
  // The modules' own cycles (already gone if vm_shutdown ran), while the
  // types and singletons they use still exist.
  gc_collect_no_fail(vm);
  types_teardown(vm);
  gc_collect_no_fail(vm);
  err_clear(vm);
  vm->leaked_objects = vm->live_objects;
  if (vm->config.report_leaks && vm->leaked_objects) {
    Buf b;
    buf_init(&b);
    buf_printf(&b, "refscope: %lld objects leaked:\n", (long long)vm->leaked_objects);
    objreg_describe(&vm->registry, &b);
    vm_write(vm, VM_STDERR, b.data, b.len);
    buf_free(&b);
  }
}
