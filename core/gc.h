// gc.h — the generational cycle collector: GC heads, generation lists,
// tracking, and collection. The algorithm is CPython 3.11's
// (Modules/gcmodule.c), explained under the same names in core/GC.md.
#ifndef core_gc_h
#define core_gc_h

#include "buf.h"
#include "object.h"
#include "trace_events.h"

// Placed in front of every object whose type has TPF_HAVE_GC, like CPython's
// PyGC_Head, but with plain fields instead of bits packed into pointers.
// Invariants (outside a collection):
//   - next == NULL  <=> the object is not tracked;
//   - a tracked object is in exactly one generation list (gen says which);
//   - gc_refs and the COLLECTING/UNREACHABLE flags are only meaningful
//     during a collection (see GC.md, "Phases").
typedef struct GcHead {
  struct GcHead *next, *prev;
  ssize gc_refs;
  uint8_t gen;   // 0, 1, 2, or GEN_PERMANENT (gc.freeze); kept up to date
                 // only while tracing (the trace reports each move)
  uint8_t flags; // GCF_*
  uint8_t mark;  // GCM_* (trace_events.h): what the trace last said of it
  uint8_t pad;
  uint32_t scan; // the collection (GcState.scans) that last set gc_refs
} GcHead;

enum {
  GCF_FINALIZED = 1 << 0,   // __del__ has run (PEP 442: at most once)
  GCF_COLLECTING = 1 << 1,  // in the generation being collected
  GCF_UNREACHABLE = 1 << 2, // in the tentatively unreachable list
  GCF_REACHED = 1 << 3,     // marked reachable from a scanned object
};

enum { NUM_GENERATIONS = 3, GEN_PERMANENT = 3 };
// CPython keeps freed tuples of sizes 1..20 for reuse (PyTuple_MAXSAVESIZE).
enum { TUPLE_FREE_SIZES = 20 };

typedef struct Generation {
  GcHead head; // list sentinel: head.next is the oldest object
  int threshold;
  int count;
} Generation;

typedef struct GcStats {
  ssize collections, collected, uncollectable;
} GcStats;

typedef struct GcState {
  Generation gens[NUM_GENERATIONS];
  Generation permanent;
  GcStats stats[NUM_GENERATIONS];
  bool enabled;
  bool collecting;
  uint32_t scans;           // collections begun (GcHead.scan)
  int debug;                // gc.set_debug flags
  ssize long_lived_total;   // survivors of the last full collection
  ssize long_lived_pending; // survivors of generation-1 collections since
  Object *garbage;          // gc.garbage (a list)
  Object *callbacks;        // gc.callbacks (a list)
  Object *finalizing;       // the object finalize_garbage is finalizing
  // Free-list emulation (CPython skips count0 for recycled objects).
  int free_lists[LAYOUT_COUNT];
  int tuple_free[TUPLE_FREE_SIZES + 1]; // [n]: free tuples of size n
  bool slice_cached; // CPython's one cached slice (one is cached at start-up)
} GcState;

// gc.set_debug flags (CPython's values).
enum {
  GC_DEBUG_STATS = 1,
  GC_DEBUG_COLLECTABLE = 2,
  GC_DEBUG_UNCOLLECTABLE = 4,
  GC_DEBUG_SAVEALL = 32,
  GC_DEBUG_LEAK = 2 | 4 | 32,
};

static inline GcHead *gc_head(Object *o) { return (GcHead *)o - 1; }
static inline Object *gc_object(GcHead *g) { return (Object *)(g + 1); }
static inline bool gc_is_tracked(Object *o) { return gc_head(o)->next != NULL; }
// Does [o] have a GcHead? (Static type objects do not, heap types do.)
static inline bool obj_is_gc(const Object *o) {
  const TypeObject *t = o->type;
  if (!(t->flags & TPF_HAVE_GC)) return false;
  return t->layout != LAYOUT_TYPE ||
         (((const TypeObject *)o)->flags & TPF_HEAPTYPE);
}

void gc_init(Vm *vm);
// Frees what the collector itself owns (gc.garbage, gc.callbacks).
void gc_fini(Vm *vm);
// Appends [o] to generation 0 (_PyObject_GC_TRACK).
void gc_track(Vm *vm, Object *o);
// Removes [o] from its generation list (_PyObject_GC_UNTRACK).
void gc_untrack(Vm *vm, Object *o);
// Called for every GC allocation before the object is tracked: counts it in
// generation 0 and may run an automatic collection (3.11's
// _PyObject_GC_Link). [recycled] mirrors CPython's free lists.
void gc_on_alloc(Vm *vm, bool recycled);
// Called when a GC object is freed (PyObject_GC_Del).
void gc_on_free(Vm *vm, bool recycled);
// gc.collect(generation) (trigger GCT_collect) or the first collection of
// the shutdown (GCT_shutdown): returns the number of unreachable objects
// found (collected + uncollectable), or -1 with an exception set.
ssize gc_collect(Vm *vm, int generation, GcTrigger trigger);
// A collection that may not fail or be skipped (shutdown).
ssize gc_collect_no_fail(Vm *vm);

// For the gc module: objects in generation [gen] (0-2 or GEN_PERMANENT),
// and a walk over them (stops when [fn] returns non-zero).
ssize gc_generation_size(Vm *vm, int gen);
int gc_for_each(Vm *vm, int gen, int (*fn)(Vm *, Object *, void *), void *arg);
void gc_freeze(Vm *vm);
void gc_unfreeze(Vm *vm);
// VmConfig.stress_gc: runs a full collection's analysis (update_refs,
// subtract_refs, move_unreachable) over every generation, then restores the
// lists exactly: nothing the program can observe changes. Returns the number
// of objects with more references from the heap than their refcount
// (described in [problems]).
int gc_verify_full(Vm *vm, Buf *problems);
// Moves every tracked object to the oldest generation, as python3's
// start-up collections leave them, before the program runs.
void gc_settle_startup(Vm *vm);

// Tuples and dicts are untracked lazily (GC.md, "Untracking").
void tuple_maybe_untrack(Vm *vm, Object *t);
void dict_maybe_untrack(Vm *vm, Object *d);
// _PyObject_GC_MAY_BE_TRACKED: could [o] ever be part of a cycle?
bool gc_may_be_tracked(Object *o);

#endif
