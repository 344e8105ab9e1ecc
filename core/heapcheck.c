// heapcheck.c — VmConfig.check_heap and VmConfig.stress_gc (heapcheck.h).
// The heap check counts references the way the collector's subtract_refs
// does, but from everything that can hold one (core/GC.md, "Checking the
// heap"), so a refcount that is too high (a leak) or too low (a future
// use-after-free) is caught at the statement that caused it.
#include "heapcheck.h"

#include "abstract.h"

#include "gc.h"
#include "module.h"
#include "tuple.h"
#include "vm.h"

#include <stdlib.h>

// ---- Reference counts found, per object (open addressing) ----------------------------

typedef struct Found {
  Object *obj;
  int64_t refs;
} Found;

typedef struct FoundTable {
  Found *slots;
  size_t cap, used;
  bool failed; // out of memory: the check is skipped
} FoundTable;

static size_t slot_of(const FoundTable *t, const Object *o) {
  uintptr_t h = (uintptr_t)o;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 7) & (t->cap - 1);
}

static Found *found_slot(FoundTable *t, Object *o) {
  size_t i = slot_of(t, o);
  while (t->slots[i].obj && t->slots[i].obj != o) i = (i + 1) & (t->cap - 1);
  return &t->slots[i];
}

static bool found_grow(FoundTable *t) {
  FoundTable bigger = {calloc(t->cap * 2, sizeof(Found)), t->cap * 2, 0, false};
  if (!bigger.slots) return false;
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i].obj) {
      *found_slot(&bigger, t->slots[i].obj) = t->slots[i];
      bigger.used++;
    }
  free(t->slots);
  *t = bigger;
  return true;
}

static void found_add(FoundTable *t, Object *o) {
  if (t->failed) return;
  if ((t->used + 1) * 2 > t->cap && !found_grow(t)) {
    t->failed = true;
    return;
  }
  Found *s = found_slot(t, o);
  if (!s->obj) {
    s->obj = o;
    t->used++;
  }
  s->refs++;
}

static int64_t found_refs(FoundTable *t, Object *o) {
  Found *s = found_slot(t, o);
  return s->obj ? s->refs : 0;
}

// Only references to GC objects are compared; others need not be counted.
static int count_ref(Object *o, void *arg) {
  if (o && obj_is_gc(o)) found_add(arg, o);
  return 0;
}

static void count(FoundTable *t, Object *o) { count_ref(o, t); }

// ---- Holders of references ----------------------------------------------------------

// Code objects are not GC objects (as in CPython 3.11) but own tuples.
static void count_code_refs(FoundTable *t, CodeObject *co) {
  Object *refs[] = {co->consts,   co->names, co->localsplusnames, co->name,
                    co->qualname, co->filename, co->source_lines};
  for (size_t i = 0; i < COUNT_OF(refs); i++) count(t, refs[i]);
}

// Built-in types are not GC objects either; they own their namespace and
// their __mro__ and __bases__ tuples.
static void count_static_type_refs(FoundTable *t, TypeObject *type) {
  count(t, type->dict);
  count(t, type->mro);
  count(t, type->bases);
  count(t, type->subclasses);
}

static void count_holder(Object *o, void *arg) {
  FoundTable *t = arg;
  if (obj_is_gc(o)) {
    if (o->type->traverse) o->type->traverse(o, count_ref, t);
    // A class's __subclasses__ dict (only weakrefs in it) and its __slots__
    // names (strs) are not traversed: they cannot be part of a cycle.
    if (obj_is_type(o)) {
      count(t, ((TypeObject *)o)->subclasses);
      count(t, ((TypeObject *)o)->member_names);
    }
  } else if (o->type->layout == LAYOUT_CODE) {
    count_code_refs(t, (CodeObject *)o);
  }
}

// A frame the VM runs (not one a generator or frame object owns): its
// function, code, namespace, frame object, locals and value stack.
static void count_frame_refs(FoundTable *t, Frame *f) {
  count(t, f->func);
  count(t, f->locals);
  count(t, AS_OBJ(f->frame_obj));
  for (int i = 0; i < f->stacktop; i++) count(t, f->localsplus[i]);
}

// The references the VM struct itself owns (those vm_teardown drops).
static void count_roots(Vm *vm, FoundTable *t) {
  Object *roots[] = {vm->main_module, vm->last_exc, vm->modules,
                     vm->sys_module, vm->builtins_module, vm->atexit_callbacks,
                     vm->source_lines, vm->stop_exc, vm->memory_error,
                     vm->interned, vm->exc, vm->gc.garbage, vm->gc.callbacks,
                     vm->base_exc_info.exc_value, vm->empty_frozenset};
  for (size_t i = 0; i < COUNT_OF(roots); i++) count(t, roots[i]);
  for (int i = 0; i < vm->n_static_types; i++)
    count_static_type_refs(t, vm->static_types[i]);
  for (Frame *f = vm->frame; f; f = f->previous)
    if (f->owner == FRAME_OWNED_BY_VM) count_frame_refs(t, f);
}

// ---- Comparing ---------------------------------------------------------------------

typedef struct Compare {
  FoundTable *found;
  Buf *report;
  int mismatches;
} Compare;

enum { MAX_REPORTED = 5 };

static int compare_one(Vm *vm, Object *o, void *arg) {
  UNUSED(vm);
  Compare *c = arg;
  if (o->oflags & OF_IMMORTAL) return 0;
  int64_t found = found_refs(c->found, o);
  if (found == o->refcnt) return 0;
  if (c->mismatches++ < MAX_REPORTED)
    buf_printf(c->report, "%s #%u has refcount %lld but %lld references\n",
               o->type->tp_name, o->serial, (long long)o->refcnt,
               (long long)found);
  return 0;
}

int heapcheck_run(Vm *vm, Buf *report) {
  FoundTable t = {calloc(1024, sizeof(Found)), 1024, 0, false};
  if (!t.slots) return 0;
  objreg_each(&vm->registry, count_holder, &t);
  count_roots(vm, &t);
  Compare c = {&t, report, 0};
  if (!t.failed) {
    for (int gen = 0; gen < NUM_GENERATIONS; gen++)
      gc_for_each(vm, gen, compare_one, &c);
    gc_for_each(vm, GEN_PERMANENT, compare_one, &c);
  }
  free(t.slots);
  return c.mismatches;
}

// ---- Safe points -------------------------------------------------------------------

// Is [f] running in the main program's own evaluation, where every
// reference lives in a frame or an object? (A nested evaluation — __init__
// called by type(), __del__, a key function — has C callers holding
// references the check cannot see.)
static bool is_safe_point(Vm *vm, Frame *f) {
  if (vm->c_depth != 1 || !vm->main_module || vm->finalizing || vm->stopping)
    return false;
  Frame *bottom = f;
  while (bottom->previous) bottom = bottom->previous;
  return !bottom->func && bottom->locals == module_dict(vm->main_module) &&
         vm->exc_info == &vm->base_exc_info;
}

static void check_heap(Vm *vm, Frame *f) {
  Buf report;
  buf_init(&report);
  int bad = heapcheck_run(vm, &report);
  if (bad)
    vm_hit_limit(vm, "heap",
                 "internal error: heap check before line %d found %d "
                 "refcount mismatch%s:\n%s",
                 frame_line(f), bad, bad == 1 ? "" : "es", buf_cstr(&report));
  buf_free(&report);
}

void heapcheck_safe_point(Vm *vm, Frame *f, int lasti) {
  if (!f->code->line_starts[lasti] || !is_safe_point(vm, f)) return;
  if (vm->config.check_heap) check_heap(vm, f);
  if (vm->config.stress_gc && !vm->stopping) {
    Buf problems;
    buf_init(&problems);
    if (gc_verify_full(vm, &problems))
      vm_hit_limit(vm, "heap", "internal error: stress collection before "
                   "line %d:\n%s", frame_line(f), buf_cstr(&problems));
    buf_free(&problems);
  }
}
