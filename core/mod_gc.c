// mod_gc.c — the gc module as CPython 3.11 has it (Modules/gcmodule.c's
// interface): collect, enable/disable, thresholds and counts, debug flags,
// stats, get_objects/get_referrers/get_referents, is_tracked/is_finalized,
// freeze, gc.garbage and gc.callbacks. The collector itself is gc.c (GC.md).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "trace.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#define GCFN(name)                                                             \
  static Object *gcmod_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kwnames)

// The "gc.f() takes no arguments" check of METH_NOARGS functions.
#define NO_ARGS(name)                                                          \
  UNUSED(self);                                                                \
  if (parse_args(vm, "gc." name, args, nargs, kwnames, "N") < 0) return NULL

// An integer argument through __index__ (TypeError for other types).
static int64_t index_i64(Vm *vm, Object *o, bool *ok) {
  Object *i = number_index(vm, o);
  *ok = i != NULL;
  if (!i) return -1;
  int64_t v = int_as_i64(vm, i, ok);
  decref(vm, i);
  return v;
}

static Object *int_triple(Vm *vm, int a, int b, int c) {
  Object *x = int_from_i64(vm, a), *y = int_from_i64(vm, b),
         *z = int_from_i64(vm, c);
  Object *t = x && y && z ? tuple_pack(vm, 3, x, y, z) : NULL;
  xdecref(vm, x);
  xdecref(vm, y);
  xdecref(vm, z);
  return t;
}

GCFN(enable) {
  NO_ARGS("enable");
  vm->gc.enabled = true;
  trace_gc_config(vm);
  return vm_none(vm);
}

GCFN(disable) {
  NO_ARGS("disable");
  vm->gc.enabled = false;
  trace_gc_config(vm);
  return vm_none(vm);
}

GCFN(isenabled) {
  NO_ARGS("isenabled");
  return vm_bool(vm, vm->gc.enabled);
}

GCFN(collect) {
  UNUSED(self);
  int gen = NUM_GENERATIONS - 1;
  if (parse_args(vm, "collect", args, nargs, kwnames, "K|i:generation",
                 &gen) < 0)
    return NULL;
  ssize n = gc_collect(vm, gen < 0 || gen > 2 ? -1 : gen, GCT_collect);
  return n < 0 ? NULL : int_from_i64(vm, n);
}

GCFN(get_debug) {
  NO_ARGS("get_debug");
  return int_from_i64(vm, vm->gc.debug);
}

GCFN(set_debug) {
  UNUSED(self);
  int flags;
  if (parse_args(vm, "gc.set_debug", args, nargs, kwnames, "1i:flags",
                 &flags) < 0)
    return NULL;
  vm->gc.debug = flags;
  return vm_none(vm);
}

GCFN(get_threshold) {
  NO_ARGS("get_threshold");
  Generation *g = vm->gc.gens;
  return int_triple(vm, g[0].threshold, g[1].threshold, g[2].threshold);
}

// PyArg_ParseTuple("i|ii:set_threshold").
GCFN(set_threshold) {
  UNUSED(self);
  if (no_keywords(vm, "set_threshold", kwnames) < 0) return NULL;
  if (nargs < 1 || nargs > 3)
    return err_format(vm, vm->t.TypeError,
                      "set_threshold() takes at %s %d argument%s (%zd given)",
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3,
                      nargs < 1 ? "" : "s", (ssize)nargs);
  int values[3];
  for (size_t i = 0; i < nargs; i++) {
    bool ok;
    int64_t v = index_i64(vm, args[i], &ok);
    if (!ok) return NULL;
    if (v > INT32_MAX || v < INT32_MIN)
      return err_format(vm, vm->t.OverflowError,
                        v > 0 ? "signed integer is greater than maximum"
                              : "signed integer is less than minimum");
    values[i] = (int)v;
  }
  for (size_t i = 0; i < nargs; i++) vm->gc.gens[i].threshold = values[i];
  trace_gc_config(vm);
  return vm_none(vm);
}

GCFN(get_count) {
  NO_ARGS("get_count");
  Generation *g = vm->gc.gens;
  return int_triple(vm, g[0].count, g[1].count, g[2].count);
}

static int set_stat(Vm *vm, Object *d, const char *key, ssize v) {
  Object *i = int_from_i64(vm, v);
  int r = i ? dict_set_cstr(vm, d, key, i) : -1;
  xdecref(vm, i);
  return r;
}

GCFN(get_stats) {
  NO_ARGS("get_stats");
  Object *l = list_new(vm, 0);
  for (int i = 0; l && i < NUM_GENERATIONS; i++) {
    GcStats *s = &vm->gc.stats[i];
    Object *d = dict_new(vm);
    if (!d || set_stat(vm, d, "collections", s->collections) < 0 ||
        set_stat(vm, d, "collected", s->collected) < 0 ||
        set_stat(vm, d, "uncollectable", s->uncollectable) < 0 ||
        list_append(vm, l, d) < 0) {
      xdecref(vm, d);
      clear_ref(vm, &l);
      break;
    }
    decref(vm, d);
  }
  return l;
}

// ---- Objects and references ---------------------------------------------------------------

typedef struct Collect {
  Object *result;
  Object *const *targets;
  size_t ntargets;
} Collect;

static int append_object(Vm *vm, Object *o, void *arg) {
  Collect *c = arg;
  if (o == c->result) return 0;
  return list_append(vm, c->result, o) < 0 ? -1 : 0;
}

// CPython's _Py_convert_optional_to_ssize_t: None keeps *out, anything else
// needs __index__ and must fit.
static int optional_ssize(Vm *vm, Object *o, ssize *out) {
  if (o == vm->none) return 0;
  if (!o->type->nb_index) {
    err_format(vm, vm->t.TypeError,
               "argument should be integer or None, not '%s'",
               o->type->tp_name);
    return -1;
  }
  Object *i = number_index(vm, o);
  if (!i) return -1;
  bool ok;
  *out = int_as_ssize(vm, i, false, &ok);
  decref(vm, i);
  if (!ok) {
    err_clear(vm);
    err_format(vm, vm->t.OverflowError,
               "cannot fit 'int' into an index-sized integer");
  }
  return ok ? 0 : -1;
}

GCFN(get_objects) {
  UNUSED(self);
  Object *gen_arg = NULL;
  if (parse_args(vm, "get_objects", args, nargs, kwnames, "K|O:generation",
                 &gen_arg) < 0)
    return NULL;
  ssize gen = -1; // all generations (as CPython, -1 itself means that too)
  if (gen_arg && optional_ssize(vm, gen_arg, &gen) < 0) return NULL;
  if (gen >= NUM_GENERATIONS)
    return err_format(vm, vm->t.ValueError,
                      "generation parameter must be less than the number of "
                      "available generations (%i)",
                      NUM_GENERATIONS);
  if (gen < -1)
    return err_format(vm, vm->t.ValueError,
                      "generation parameter cannot be negative");
  Collect c = {list_new(vm, 0), NULL, 0};
  for (int i = 0; c.result && i < NUM_GENERATIONS; i++) {
    if (gen >= 0 && i != gen) continue;
    if (gc_for_each(vm, i, append_object, &c) < 0) clear_ref(vm, &c.result);
  }
  return c.result;
}

static int is_target(Object *o, void *arg) {
  Collect *c = arg;
  for (size_t i = 0; i < c->ntargets; i++)
    if (c->targets[i] == o) return 1;
  return 0;
}

static int add_if_referrer(Vm *vm, Object *o, void *arg) {
  Collect *c = arg;
  if (o == c->result || !o->type->traverse) return 0;
  if (o->type->traverse(o, is_target, c))
    return list_append(vm, c->result, o) < 0 ? -1 : 0;
  return 0;
}

GCFN(get_referrers) {
  UNUSED(self);
  if (no_keywords(vm, "get_referrers", kwnames) < 0) return NULL;
  Collect c = {list_new(vm, 0), args, nargs};
  for (int i = 0; c.result && i < NUM_GENERATIONS; i++)
    if (gc_for_each(vm, i, add_if_referrer, &c) < 0) clear_ref(vm, &c.result);
  return c.result;
}

typedef struct Referents {
  Vm *vm;
  Object *result;
} Referents;

static int add_referent(Object *o, void *arg) {
  Referents *r = arg;
  return list_append(r->vm, r->result, o) < 0 ? -1 : 0;
}

GCFN(get_referents) {
  UNUSED(self);
  if (no_keywords(vm, "get_referents", kwnames) < 0) return NULL;
  Referents r = {vm, list_new(vm, 0)};
  for (size_t i = 0; r.result && i < nargs; i++) {
    Object *o = args[i];
    if (!obj_is_gc(o) || !o->type->traverse) continue;
    if (o->type->traverse(o, add_referent, &r)) clear_ref(vm, &r.result);
  }
  return r.result;
}

GCFN(is_tracked) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "gc.is_tracked", args, nargs, kwnames, "1O:obj", &o) < 0)
    return NULL;
  return vm_bool(vm, obj_is_gc(o) && gc_is_tracked(o));
}

GCFN(is_finalized) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "gc.is_finalized", args, nargs, kwnames, "1O:obj", &o) < 0)
    return NULL;
  return vm_bool(vm, obj_is_gc(o) && (gc_head(o)->flags & GCF_FINALIZED));
}

GCFN(freeze) {
  NO_ARGS("freeze");
  gc_freeze(vm);
  return vm_none(vm);
}

GCFN(unfreeze) {
  NO_ARGS("unfreeze");
  gc_unfreeze(vm);
  return vm_none(vm);
}

GCFN(get_freeze_count) {
  NO_ARGS("get_freeze_count");
  return int_from_i64(vm, gc_generation_size(vm, GEN_PERMANENT));
}

static const MethodDef gc_functions[] = {
    {"enable", gcmod_enable, 0, NULL},
    {"disable", gcmod_disable, 0, NULL},
    {"isenabled", gcmod_isenabled, 0, NULL},
    {"set_debug", gcmod_set_debug, 0, NULL},
    {"get_debug", gcmod_get_debug, 0, NULL},
    {"get_count", gcmod_get_count, 0, NULL},
    {"set_threshold", gcmod_set_threshold, 0, NULL},
    {"get_threshold", gcmod_get_threshold, 0, NULL},
    {"collect", gcmod_collect, 0, NULL},
    {"get_objects", gcmod_get_objects, 0, NULL},
    {"get_stats", gcmod_get_stats, 0, NULL},
    {"is_tracked", gcmod_is_tracked, 0, NULL},
    {"is_finalized", gcmod_is_finalized, 0, NULL},
    {"get_referrers", gcmod_get_referrers, 0, NULL},
    {"get_referents", gcmod_get_referents, 0, NULL},
    {"freeze", gcmod_freeze, 0, NULL},
    {"unfreeze", gcmod_unfreeze, 0, NULL},
    {"get_freeze_count", gcmod_get_freeze_count, 0, NULL},
    {NULL, NULL, 0, NULL}};

static int add_int(Vm *vm, Object *d, const char *name, int64_t v) {
  Object *i = int_from_i64(vm, v);
  int r = i ? dict_set_cstr(vm, d, name, i) : -1;
  xdecref(vm, i);
  return r;
}

Object *mod_gc_create(Vm *vm) {
  Object *m = module_new(vm, "gc");
  if (!m) return NULL;
  Object *d = module_dict(m);
  if (builtins_add_functions(vm, d, gc_functions, m, NULL) < 0 ||
      dict_set_cstr(vm, d, "garbage", vm->gc.garbage) < 0 ||
      dict_set_cstr(vm, d, "callbacks", vm->gc.callbacks) < 0 ||
      add_int(vm, d, "DEBUG_STATS", GC_DEBUG_STATS) < 0 ||
      add_int(vm, d, "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE) < 0 ||
      add_int(vm, d, "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE) < 0 ||
      add_int(vm, d, "DEBUG_SAVEALL", GC_DEBUG_SAVEALL) < 0 ||
      add_int(vm, d, "DEBUG_LEAK", GC_DEBUG_LEAK) < 0) {
    decref(vm, m);
    return NULL;
  }
  return m;
}
