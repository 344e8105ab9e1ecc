// gc.c — CPython 3.11's generational cycle collector (Modules/gcmodule.c),
// step by step under the same names; core/GC.md explains each step with a
// worked example. The collector never switches on type: it calls each type's
// traverse and clear. Every step emits trace events (GC_*).
#include "gc.h"

#include "int.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"
#include "weakref.h"

#include <stdlib.h>

// ---- Lists of GC heads (circular, with a sentinel) ---------------------------------

static void gc_list_init(GcHead *h) { h->next = h->prev = h; }
static bool gc_list_is_empty(GcHead *h) { return h->next == h; }

static void gc_list_append(GcHead *node, GcHead *list) {
  GcHead *last = list->prev;
  last->next = node;
  node->prev = last;
  node->next = list;
  list->prev = node;
}

static void gc_list_remove(GcHead *node) {
  node->prev->next = node->next;
  node->next->prev = node->prev;
  node->next = node->prev = NULL;
}

static void gc_list_move(GcHead *node, GcHead *list) {
  node->prev->next = node->next;
  node->next->prev = node->prev;
  gc_list_append(node, list);
}

// Appends all of [from] to the end of [to] (CPython's gc_list_merge).
static void gc_list_merge(GcHead *from, GcHead *to) {
  if (gc_list_is_empty(from)) return;
  GcHead *to_tail = to->prev, *from_head = from->next, *from_tail = from->prev;
  to_tail->next = from_head;
  from_head->prev = to_tail;
  to->prev = from_tail;
  from_tail->next = to;
  gc_list_init(from);
}

static ssize gc_list_size(GcHead *h) {
  ssize n = 0;
  for (GcHead *g = h->next; g != h; g = g->next) n++;
  return n;
}

// ---- Tracking -------------------------------------------------------------------------

void gc_init(Vm *vm) {
  GcState *gc = &vm->gc;
  memset(gc, 0, sizeof *gc);
  static const int defaults[NUM_GENERATIONS] = {700, 10, 10};
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    gc_list_init(&gc->gens[i].head);
    int th = vm->config.gc_threshold[i];
    gc->gens[i].threshold = th >= 0 ? th : defaults[i];
  }
  gc_list_init(&gc->permanent.head);
  gc->enabled = true;
  gc->slice_cached = true;
}

void gc_fini(Vm *vm) {
  clear_ref(vm, &vm->gc.garbage);
  clear_ref(vm, &vm->gc.callbacks);
}

void gc_track(Vm *vm, Object *o) {
  GcHead *g = gc_head(o);
  if (g->next) return;
  g->gen = 0;
  gc_list_append(g, &vm->gc.gens[0].head);
  trace_about(vm, EV_GC_TRACK, 0, o, 0, 0);
}

void gc_untrack(Vm *vm, Object *o) {
  GcHead *g = gc_head(o);
  if (!g->next) return;
  gc_list_remove(g);
  trace_about(vm, EV_GC_UNTRACK, 0, o, 0, 0);
}

bool gc_may_be_tracked(Object *o) {
  if (!obj_is_gc(o)) return false;
  if (o->type->layout == LAYOUT_TUPLE) return gc_is_tracked(o);
  return true;
}

// ---- Automatic collection (3.11: triggered by allocation) ------------------------------

static ssize collect_with_callback(Vm *vm, int generation,
                                  GcTrigger trigger);

static void collect_generations(Vm *vm) {
  GcState *gc = &vm->gc;
  for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gc->gens[i].count > gc->gens[i].threshold) {
      // The 25% rule: a full collection only when enough long-lived
      // objects have accumulated since the last one.
      if (i == NUM_GENERATIONS - 1 &&
          gc->long_lived_pending < gc->long_lived_total / 4)
        continue;
      collect_with_callback(vm, i, GCT_automatic);
      break;
    }
  }
}

void gc_on_alloc(Vm *vm, bool recycled) {
  GcState *gc = &vm->gc;
  if (recycled) return;
  gc->gens[0].count++;
  trace_gc_counts(vm);
  if (gc->gens[0].count > gc->gens[0].threshold && gc->enabled &&
      gc->gens[0].threshold && !gc->collecting && !vm->exc &&
      !vm->finalizing && !vm->stopping) {
    gc->collecting = true;
    collect_generations(vm);
    gc->collecting = false;
  }
}

void gc_on_free(Vm *vm, bool recycled) {
  if (recycled || vm->gc.gens[0].count <= 0) return;
  vm->gc.gens[0].count--;
  trace_gc_counts(vm);
}

// What the trace says of [o] during a collection is also kept in its head
// (GcHead.mark), for the state dumps.
static void trace_mark(Vm *vm, EventKind kind, GcHead *g, int mark,
                       uint32_t b, uint32_t c) {
  g->mark = (uint8_t)mark;
  trace_about(vm, kind, 0, gc_object(g), b, c);
}

// ---- Step 1: update_refs / subtract_refs / move_unreachable -----------------------

// Returns the number of objects in [containers].
static ssize update_refs(Vm *vm, GcHead *containers) {
  if (vm->trace.on) trace_emit(vm, EV_GC_PHASE, GCP_update_refs, 0, 0, 0, 0);
  ssize n = 0;
  for (GcHead *g = containers->next; g != containers; g = g->next, n++) {
    Object *o = gc_object(g);
    g->gc_refs = o->refcnt;
    g->flags |= GCF_COLLECTING;
    g->flags &= (uint8_t)~(GCF_REACHED | GCF_UNREACHABLE);
    g->scan = vm->gc.scans;
    trace_mark(vm, EV_GC_REFS, g, GCM_NONE, (uint32_t)g->gc_refs, 0);
  }
  return n;
}

typedef struct VisitCtx {
  Vm *vm;
  Object *parent;
  GcHead *list;
} VisitCtx;

// An object reachable from [parent] inside the set loses one gc_ref.
static int visit_decref(Object *o, void *arg) {
  if (!obj_is_gc(o)) return 0;
  GcHead *g = gc_head(o);
  if (!(g->flags & GCF_COLLECTING)) return 0;
  g->gc_refs--;
  VisitCtx *ctx = arg;
  if (ctx->vm->trace.on && trace_knows(o))
    trace_emit(ctx->vm, EV_GC_SUBTRACT, 0, 0, trace_obj(ctx->vm, ctx->parent),
               o->serial, (uint32_t)g->gc_refs);
  return 0;
}

static void subtract_refs(Vm *vm, GcHead *containers) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_subtract_refs, 0, 0, 0, 0);
  VisitCtx ctx = {vm, NULL, NULL};
  for (GcHead *g = containers->next; g != containers; g = g->next) {
    Object *o = gc_object(g);
    ctx.parent = o;
    o->type->traverse(o, visit_decref, &ctx);
  }
}

// A referent of a reachable object is reachable: if it was already moved to
// the unreachable list it moves back to the end of young (to be scanned
// again); if it was not scanned yet, gc_refs = 1 marks it reachable.
static int visit_reachable(Object *o, void *arg) {
  if (!obj_is_gc(o)) return 0;
  GcHead *g = gc_head(o);
  if (!(g->flags & GCF_COLLECTING)) return 0;
  VisitCtx *ctx = arg;
  bool report = false;
  if (g->flags & GCF_UNREACHABLE) {
    gc_list_remove(g);
    g->flags &= (uint8_t)~GCF_UNREACHABLE;
    gc_list_append(g, ctx->list);
    g->gc_refs = 1;
    report = true;
  } else if (g->gc_refs == 0) {
    g->gc_refs = 1;
    report = true;
  }
  if (!report) return 0;
  g->flags |= GCF_REACHED;
  g->mark = GCM_REACHABLE;
  if (ctx->vm->trace.on && trace_knows(o))
    trace_emit(ctx->vm, EV_GC_REACHABLE, 0, 0, o->serial,
               trace_obj(ctx->vm, ctx->parent), (uint32_t)g->gc_refs);
  return 0;
}

// Invariants: on entry every object in [young] has COLLECTING set and
// gc_refs = references from outside [young]. On exit [young] holds the
// reachable objects (COLLECTING cleared) and [unreachable] the rest
// (COLLECTING and UNREACHABLE set), each list keeping the scan order.
// Contracts: objects outside [young] are never touched. Returns the number
// of reachable objects (each is scanned exactly once).
static ssize move_unreachable(Vm *vm, GcHead *young, GcHead *unreachable) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_move_unreachable, 0, 0, 0, 0);
  VisitCtx ctx = {vm, NULL, young};
  ssize reachable = 0;
  GcHead *g = young->next;
  while (g != young) {
    GcHead *next = g->next;
    Object *o = gc_object(g);
    if (g->gc_refs > 0) {
      if (!(g->flags & GCF_REACHED))
        trace_mark(vm, EV_GC_REACHABLE, g, GCM_REACHABLE, 0,
                   (uint32_t)g->gc_refs);
      ctx.parent = o;
      o->type->traverse(o, visit_reachable, &ctx);
      g->flags &= (uint8_t)~GCF_COLLECTING;
      reachable++;
      next = g->next; // the traversal may have appended after g
    } else {
      gc_list_remove(g);
      gc_list_append(g, unreachable);
      g->flags |= GCF_UNREACHABLE;
      trace_mark(vm, EV_GC_UNREACHABLE, g, GCM_UNREACHABLE, 0, 0);
    }
    g = next;
  }
  return reachable;
}

// Returns the number of unreachable objects (the lists are not walked again
// to count them).
static ssize deduce_unreachable(Vm *vm, GcHead *base, GcHead *unreachable) {
  ssize total = update_refs(vm, base);
  subtract_refs(vm, base);
  gc_list_init(unreachable);
  return total - move_unreachable(vm, base, unreachable);
}

// ---- Step 2: untracking, promotion --------------------------------------------------

// Both return how many objects stay in [head] (the survivors' count, which
// the 25% rule needs, without another walk).
static ssize untrack_tuples(Vm *vm, GcHead *head) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_untrack_tuples, 0, 0, 0, 0);
  ssize left = 0;
  for (GcHead *g = head->next, *next; g != head; g = next) {
    next = g->next;
    Object *o = gc_object(g);
    if (o->type == vm->t.tuple) tuple_maybe_untrack(vm, o);
    if (g->next) left++;
  }
  return left;
}

static ssize untrack_dicts(Vm *vm, GcHead *head) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_untrack_dicts, 0, 0, 0, 0);
  ssize left = 0;
  for (GcHead *g = head->next, *next; g != head; g = next) {
    next = g->next;
    Object *o = gc_object(g);
    if (o->type == vm->t.dict) dict_maybe_untrack(vm, o);
    if (g->next) left++;
  }
  return left;
}

// Tells the trace that every object in [list] now belongs to [gen]. The
// heads' gen fields are only kept up to date while tracing: without a trace
// a merge is O(1), as CPython's is.
static void report_generation(Vm *vm, GcHead *list, int gen) {
  for (GcHead *g = list->next; g != list; g = g->next) {
    if (g->gen == gen) continue;
    g->gen = (uint8_t)gen;
    trace_about(vm, EV_GC_MOVE, (uint8_t)gen, gc_object(g), 0, 0);
  }
}

static void merge_into(Vm *vm, GcHead *from, GcHead *to, int to_gen) {
  if (vm->trace.on) report_generation(vm, from, to_gen);
  gc_list_merge(from, to);
}

// ---- Step 3: weakrefs, finalizers, resurrection ----------------------------------------

static void print_debug_cycle(Vm *vm, const char *msg, Object *o) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "gc: %s <%s %p>\n", msg, o->type->tp_name, (void *)o);
  sys_write_stderr(vm, b.data, b.len);
  buf_free(&b);
}

// Clears weakrefs to unreachable objects; calls the callbacks of weakrefs
// that are themselves reachable (before any finalizer runs). Returns the
// number of weakrefs freed by their callbacks.
static ssize handle_weakrefs(Vm *vm, GcHead *unreachable, GcHead *old,
                             int old_gen) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_handle_weakrefs, 0, 0, 0, 0);
  GcHead to_call;
  gc_list_init(&to_call);
  for (GcHead *g = unreachable->next, *next; g != unreachable; g = next) {
    next = g->next;
    Object *o = gc_object(g);
    if (o->type->layout == LAYOUT_WEAKREF || o->type->layout == LAYOUT_WEAKPROXY)
      weakref_clear_ref(vm, o);
    if (!(o->oflags & OF_HAS_WEAKREFS)) continue;
    Object *wr;
    while ((wr = weakref_first_of(vm, o)) != NULL) {
      weakref_clear_ref(vm, wr);
      if (!weakref_callback(wr) || vm->torn_down) continue;
      if (gc_head(wr)->flags & GCF_COLLECTING) continue;
      incref(vm, wr);
      gc_list_move(gc_head(wr), &to_call);
    }
  }
  ssize freed = 0;
  while (!gc_list_is_empty(&to_call)) {
    GcHead *g = to_call.next;
    Object *wr = gc_object(g);
    Object *cb = weakref_callback(wr);
    trace_about(vm, EV_WEAKREF_CALLBACK, 0, wr, 0, 0);
    Object *r = obj_call1(vm, cb, wr);
    if (!r) err_write_unraisable(vm, cb);
    else decref(vm, r);
    decref(vm, wr);
    if (to_call.next == g) {
      gc_list_move(g, old);
      g->gen = (uint8_t)old_gen;
      trace_about(vm, EV_GC_MOVE, (uint8_t)old_gen, wr, 0, 0);
    } else {
      freed++;
    }
  }
  return freed;
}

static void finalize_garbage(Vm *vm, GcHead *collectable) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_finalize_garbage, 0, 0, 0, 0);
  GcHead seen;
  gc_list_init(&seen);
  while (!gc_list_is_empty(collectable)) {
    GcHead *g = collectable->next;
    Object *o = gc_object(g);
    gc_list_move(g, &seen);
    FinalizeFn fin = o->type->finalize;
    // vm_teardown frees what CPython never collects (frozen cycles...):
    // silently, with no Python code running.
    if (!(g->flags & GCF_FINALIZED) && fin && !vm->torn_down) {
      g->flags |= GCF_FINALIZED;
      incref(vm, o);
      Object *outer = vm->gc.finalizing;
      vm->gc.finalizing = o; // (FINALIZE_END: resurrection is found later)
      fin(vm, o);
      vm->gc.finalizing = outer;
      decref(vm, o);
    }
  }
  gc_list_merge(&seen, collectable);
}

// The unreachable objects still unreachable after the finalizers go to
// [still_unreachable] (their number is returned); the rest, resurrected, to
// [old]. (update_refs resets the flags the first pass left.)
static ssize handle_resurrected_objects(Vm *vm, GcHead *unreachable,
                                        GcHead *still_unreachable, GcHead *old,
                                        int old_gen) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_handle_resurrected_objects, 0, 0, 0, 0);
  ssize n = deduce_unreachable(vm, unreachable, still_unreachable);
  for (GcHead *g = unreachable->next; g != unreachable; g = g->next)
    trace_mark(vm, EV_GC_RESURRECTED, g, GCM_RESURRECTED, 0, 0);
  merge_into(vm, unreachable, old, old_gen);
  return n;
}

// ---- Step 4: breaking the cycles ------------------------------------------------------

static void delete_garbage(Vm *vm, GcHead *collectable, GcHead *old,
                           int old_gen) {
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_delete_garbage, 0, 0, 0, 0);
  GcState *gc = &vm->gc;
  while (!gc_list_is_empty(collectable)) {
    GcHead *g = collectable->next;
    Object *o = gc_object(g);
    if (gc->debug & GC_DEBUG_SAVEALL) {
      trace_mark(vm, EV_GC_SAVED, g, GCM_SAVED, 0, 0);
      if (list_append(vm, gc->garbage, o) < 0) err_clear(vm);
    } else if (o->type->clear) {
      trace_mark(vm, EV_GC_CLEAR, g, GCM_CLEARED, 0, 0);
      incref(vm, o);
      o->type->clear(vm, o);
      if (vm->exc) err_clear(vm);
      decref(vm, o);
    }
    if (collectable->next == g) {
      g->flags &= (uint8_t)~(GCF_COLLECTING | GCF_UNREACHABLE);
      gc_list_move(g, old);
      g->gen = (uint8_t)old_gen;
      trace_about(vm, EV_GC_MOVE, (uint8_t)old_gen, o, 0, 0);
    }
  }
}

// ---- One collection (gc_collect_main) --------------------------------------------------

static void print_stats_start(Vm *vm, int generation) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "gc: collecting generation %d...\n", generation);
  buf_puts(&b, "gc: objects in each generation:");
  for (int i = 0; i < NUM_GENERATIONS; i++)
    buf_printf(&b, " %zd", (ssize)gc_list_size(&vm->gc.gens[i].head));
  buf_printf(&b, "\ngc: objects in permanent generation: %zd\n",
             (ssize)gc_list_size(&vm->gc.permanent.head));
  sys_write_stderr(vm, b.data, b.len);
  buf_free(&b);
}

static void print_stats_done(Vm *vm, ssize n, ssize m) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
             (ssize)(n + m), (ssize)n, 0.0);
  sys_write_stderr(vm, b.data, b.len);
  buf_free(&b);
}

// gc_collect_main: the ten steps of GC.md, "One collection".
static ssize collect_main(Vm *vm, int generation, ssize *collected,
                          ssize *uncollectable, GcTrigger trigger) {
  GcState *gc = &vm->gc;
  ssize m = 0, n = 0;
  uint16_t reason = vm->trace.reason;
  vm->trace.reason = REASON_gc;
  gc->scans++;
  if (gc->debug & GC_DEBUG_STATS) print_stats_start(vm, generation);
  if (vm->trace.on)
    trace_emit(vm, EV_GC_BEGIN, (uint8_t)generation, (uint16_t)trigger,
               (uint32_t)gc->gens[0].count, (uint32_t)gc->gens[1].count,
               (uint32_t)gc->gens[2].count);
  if (generation + 1 < NUM_GENERATIONS) gc->gens[generation + 1].count += 1;
  for (int i = 0; i <= generation; i++) gc->gens[i].count = 0;
  trace_gc_counts(vm);
  for (int i = 0; i < generation; i++)
    merge_into(vm, &gc->gens[i].head, &gc->gens[generation].head, generation);

  GcHead *young = &gc->gens[generation].head;
  int old_gen = generation < NUM_GENERATIONS - 1 ? generation + 1 : generation;
  GcHead *old = &gc->gens[old_gen].head;

  GcHead unreachable;
  deduce_unreachable(vm, young, &unreachable);
  ssize survivors = untrack_tuples(vm, young);
  if (vm->trace.on)
    trace_emit(vm, EV_GC_PHASE, GCP_promote_survivors, 0, 0, 0, 0);
  if (young != old) {
    if (generation == NUM_GENERATIONS - 2) gc->long_lived_pending += survivors;
    merge_into(vm, young, old, old_gen);
  } else {
    survivors = untrack_dicts(vm, young);
    gc->long_lived_pending = 0;
    gc->long_lived_total = survivors;
  }
  // No type has a legacy tp_del, so nothing is uncollectable: the
  // "finalizers" list of move_legacy_finalizers stays empty.
  if (gc->debug & GC_DEBUG_COLLECTABLE)
    for (GcHead *g = unreachable.next; g != &unreachable; g = g->next)
      print_debug_cycle(vm, "collectable", gc_object(g));

  m += handle_weakrefs(vm, &unreachable, old, old_gen);
  finalize_garbage(vm, &unreachable);
  GcHead final_unreachable;
  m += handle_resurrected_objects(vm, &unreachable, &final_unreachable, old,
                                  old_gen);
  delete_garbage(vm, &final_unreachable, old, old_gen);

  if (gc->debug & GC_DEBUG_STATS) print_stats_done(vm, n, m);
  if (generation == NUM_GENERATIONS - 1) {
    memset(gc->free_lists, 0, sizeof gc->free_lists);
    memset(gc->tuple_free, 0, sizeof gc->tuple_free);
  }
  if (vm->exc) err_write_unraisable(vm, NULL);
  if (collected) *collected = m;
  if (uncollectable) *uncollectable = n;
  GcStats *st = &gc->stats[generation];
  st->collections++;
  st->collected += m;
  st->uncollectable += n;
  if (vm->trace.on) {
    trace_emit(vm, EV_GC_PHASE, GCP_done, 0, 0, 0, 0);
    trace_emit(vm, EV_GC_END, (uint8_t)generation, 0, (uint32_t)m,
               (uint32_t)n, 0);
  }
  vm->trace.reason = reason;
  return n + m;
}

// ---- gc.callbacks and the entry points ------------------------------------------------

static void invoke_callbacks(Vm *vm, const char *phase, int generation,
                             ssize collected, ssize uncollectable) {
  Object *cbs = vm->gc.callbacks;
  if (!cbs || list_size(cbs) == 0) return;
  Object *info = dict_new(vm);
  if (!info) {
    err_write_unraisable(vm, NULL);
    return;
  }
  Object *g = int_from_i64(vm, generation), *c = int_from_i64(vm, collected),
         *u = int_from_i64(vm, uncollectable);
  if (g && c && u) {
    dict_set(vm, info, vm->str.generation, g);
    dict_set(vm, info, vm->str.collected, c);
    dict_set(vm, info, vm->str.uncollectable, u);
  }
  xdecref(vm, g);
  xdecref(vm, c);
  xdecref(vm, u);
  incref(vm, cbs);
  for (ssize i = 0; i < list_size(cbs); i++) {
    Object *cb = newref(vm, list_get(cbs, i));
    Object *ph = str_from_cstr(vm, phase);
    Object *r = ph ? obj_call2(vm, cb, ph, info) : NULL;
    xdecref(vm, ph);
    if (!r) err_write_unraisable(vm, cb);
    else decref(vm, r);
    decref(vm, cb);
  }
  decref(vm, cbs);
  decref(vm, info);
}

static ssize collect_with_callback(Vm *vm, int generation,
                                  GcTrigger trigger) {
  ssize collected = 0, uncollectable = 0;
  invoke_callbacks(vm, "start", generation, 0, 0);
  ssize r = collect_main(vm, generation, &collected, &uncollectable, trigger);
  invoke_callbacks(vm, "stop", generation, collected, uncollectable);
  trace_gc_counts(vm);
  return r;
}

ssize gc_collect(Vm *vm, int generation, GcTrigger trigger) {
  if (generation < 0 || generation >= NUM_GENERATIONS) {
    err_set(vm, vm->t.ValueError, "invalid generation");
    return -1;
  }
  if (vm->gc.collecting) return 0;
  vm->gc.collecting = true;
  ssize n = collect_with_callback(vm, generation, trigger);
  vm->gc.collecting = false;
  return n;
}

ssize gc_collect_no_fail(Vm *vm) {
  if (vm->gc.collecting) return 0;
  vm->gc.collecting = true;
  ssize n = collect_main(vm, NUM_GENERATIONS - 1, NULL, NULL, GCT_shutdown);
  vm->gc.collecting = false;
  return n;
}

// ---- Introspection for the gc module ----------------------------------------------------

ssize gc_generation_size(Vm *vm, int gen) {
  return gc_list_size(gen == GEN_PERMANENT ? &vm->gc.permanent.head
                                         : &vm->gc.gens[gen].head);
}

int gc_for_each(Vm *vm, int gen, int (*fn)(Vm *, Object *, void *),
                void *arg) {
  GcHead *h = gen == GEN_PERMANENT ? &vm->gc.permanent.head
                                   : &vm->gc.gens[gen].head;
  for (GcHead *g = h->next, *next; g != h; g = next) {
    next = g->next;
    int r = fn(vm, gc_object(g), arg);
    if (r) return r;
  }
  return 0;
}

// gc.freeze(): every generation moves to the permanent one and every
// generation's count restarts at 0.
void gc_freeze(Vm *vm) {
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    merge_into(vm, &vm->gc.gens[i].head, &vm->gc.permanent.head,
               GEN_PERMANENT);
    vm->gc.gens[i].count = 0;
  }
  trace_gc_counts(vm);
}

// ---- stress_gc: a full collection's analysis that changes nothing -----------------------

// Records the three generations' lists, in order: [sizes] gets each
// generation's length.
static GcHead **record_order(Vm *vm, ssize sizes[NUM_GENERATIONS], ssize *n) {
  *n = 0;
  for (int i = 0; i < NUM_GENERATIONS; i++)
    *n += sizes[i] = gc_list_size(&vm->gc.gens[i].head);
  GcHead **order = malloc(sizeof(GcHead *) * (size_t)(*n ? *n : 1));
  ssize k = 0;
  for (int i = 0; order && i < NUM_GENERATIONS; i++) {
    GcHead *h = &vm->gc.gens[i].head;
    for (GcHead *g = h->next; g != h; g = g->next) order[k++] = g;
  }
  return order;
}

static void restore_order(Vm *vm, GcHead **order,
                          const ssize sizes[NUM_GENERATIONS]) {
  ssize k = 0;
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    gc_list_init(&vm->gc.gens[i].head);
    for (ssize end = k + sizes[i]; k < end; k++) {
      GcHead *g = order[k];
      g->flags &= (uint8_t)~(GCF_COLLECTING | GCF_UNREACHABLE | GCF_REACHED);
      gc_list_append(g, &vm->gc.gens[i].head);
    }
  }
}

int gc_verify_full(Vm *vm, Buf *problems) {
  if (vm->gc.collecting) return 0;
  ssize n, sizes[NUM_GENERATIONS];
  GcHead **order = record_order(vm, sizes, &n);
  if (!order) return 0;
  bool tracing = vm->trace.on;
  vm->trace.on = false;
  GcHead all, unreachable;
  gc_list_init(&all);
  for (int i = 0; i < NUM_GENERATIONS; i++)
    gc_list_merge(&vm->gc.gens[i].head, &all);
  update_refs(vm, &all);
  subtract_refs(vm, &all);
  int bad = 0;
  for (GcHead *g = all.next; g != &all; g = g->next) {
    if (g->gc_refs >= 0) continue;
    Object *o = gc_object(g);
    if (bad++ < 5)
      buf_printf(problems, "%s #%u: refcount %lld, %lld more references "
                 "from the heap\n", o->type->tp_name, o->serial,
                 (long long)o->refcnt, (long long)-g->gc_refs);
  }
  gc_list_init(&unreachable);
  move_unreachable(vm, &all, &unreachable);
  restore_order(vm, order, sizes);
  vm->trace.on = tracing;
  free(order);
  return bad;
}

// python3's start-up (site and its imports) runs automatic collections, so
// the objects that exist when the program starts (__main__ and its dict,
// sys, builtins) are in the oldest generation: gc.get_referrers lists them
// last, and the first young collections do not scan them.
// Its free lists are left holding a few objects: the numbers
// tests/measure_startup_freelists.py measures for a small script (they vary
// a little with the script, whose compilation frees tuples too).
void gc_settle_startup(Vm *vm) {
  for (int i = 0; i < NUM_GENERATIONS - 1; i++)
    merge_into(vm, &vm->gc.gens[i].head, &vm->gc.gens[NUM_GENERATIONS - 1].head,
               NUM_GENERATIONS - 1);
  static const int tuples[TUPLE_FREE_SIZES] = {4, 13, 3, 2, 2, 0, 8, 6, 1, 1,
                                               1, 3,  5, 1, 2, 2, 2, 3, 1, 0};
  for (int n = 1; n <= TUPLE_FREE_SIZES; n++)
    vm->gc.tuple_free[n] = tuples[n - 1];
  vm->gc.free_lists[LAYOUT_LIST] = 38;
  vm->gc.free_lists[LAYOUT_DICT] = 13;
}

void gc_unfreeze(Vm *vm) {
  merge_into(vm, &vm->gc.permanent.head, &vm->gc.gens[2].head, 2);
}
