// exc_memory.c — MemoryError instances without allocating, as CPython 3.11
// does (Objects/exceptions.c, memerrors_freelist): a few are made at
// start-up; raising MemoryError takes one, and when the program drops it
// its traceback, context and args are released at once and the object goes
// back to the list. So a caught MemoryError frees the frames it pinned, and
// the next one still needs no memory. One shared instance is the last
// resort when the list is empty. See exc.h.
#include "exc.h"

#include "errors.h"
#include "gc.h"
#include "trace.h"
#include "vm.h"
#include "weakref.h"

static void memerr_dealloc(Vm *vm, Object *o) {
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  exc_clear_fields(vm, o);
  if (o->type != vm->t.MemoryError || vm->torn_down ||
      vm->n_memerr_free >= MEMERR_FREELIST) {
    obj_free_memory(vm, o);
    return;
  }
  // For the program (and the trace) it is gone; it comes back as new.
  if (vm->trace.on) trace_free(vm, o);
  o->refcnt = 1; // held by the list, untracked (obj_dealloc untracked it)
  vm->memerr_free[vm->n_memerr_free++] = o;
}

int exc_memerr_init(Vm *vm) {
  vm->t.MemoryError->dealloc = memerr_dealloc;
  for (int i = 0; i < MEMERR_FREELIST; i++) {
    Object *o = exc_new(vm, vm->t.MemoryError, NULL);
    if (!o) return -1;
    decref(vm, o); // into the list
  }
  vm->memory_error = exc_new(vm, vm->t.MemoryError, NULL);
  return vm->memory_error ? 0 : -1;
}

Object *exc_memerr_take(Vm *vm) {
  if (vm->n_memerr_free > 0) {
    Object *o = vm->memerr_free[--vm->n_memerr_free];
    if (vm->trace.on) trace_alloc(vm, o);
    exc_set_args_empty(vm, o);
    gc_track(vm, o);
    return o;
  }
  Object *exc = vm->memory_error;
  if (!exc) return NULL;
  exc_set_traceback(vm, exc, NULL);
  exc_set_context(vm, exc, NULL);
  return newref(vm, exc);
}

void exc_memerr_fini(Vm *vm) {
  while (vm->n_memerr_free > 0) {
    Object *o = vm->memerr_free[--vm->n_memerr_free];
    obj_free_memory(vm, o);
  }
}
