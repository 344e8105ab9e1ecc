// trace.h — the event trace: records of 4 to 16 bytes (fixed per kind) plus
// a string table,
// recorded as the program runs (core/TRACE.md). Emitters are cheap no-ops
// when tracing is off; the VM checks vm->trace.on before building
// arguments that cost anything.
#ifndef core_trace_h
#define core_trace_h

#include "buf.h"
#include "common.h"
#include "object.h"
#include "opcodes.h"
#include "trace_events.h"

enum { TRACE_VERSION = 3, TRACE_MAX_WORDS = 4 };

struct Frame;

// Reasons for REFCOUNT events: the opcode being executed, or one of these
// (numbered after the opcodes).
#define TRACE_REASONS(X)                                                       \
  X(dealloc) X(gc) X(finalizer) X(builtin) X(call) X(shutdown) X(startup)     \
  X(library)

#define REASON_ENUM_ITEM(name) REASON_##name,
enum { REASON_FIRST_EXTRA = OP_COUNT - 1,
       TRACE_REASONS(REASON_ENUM_ITEM) REASON_COUNT };
#undef REASON_ENUM_ITEM

typedef struct TraceStates TraceStates; // trace_state.c

typedef struct Trace {
  bool on;           // recording
  bool started;      // trace_start ran (output before it goes to [early])
  bool full;         // the event budget was reached
  uint32_t *words;   // the records, TRACE_EVENT_WORDS each (little-endian)
  size_t words_len, words_cap;
  size_t count;      // records
  size_t max_records;
  char *strings;     // NUL-separated; offset 0 is ""
  size_t strings_len, strings_cap;
  uint32_t *string_index; // open addressing: offsets of strings (0 = empty)
  size_t index_cap, index_count;
  uint16_t reason;   // current REFCOUNT reason
  uint32_t first_serial; // objects up to this serial predate the trace
  uint32_t handled;  // serial of the exception last sent by EXC_HANDLED
  TraceStates *states; // state dumps (VmConfig.on_state), or NULL
  Buf early;         // output written before the trace started (compile
                     // warnings): pieces of [stream u8][len u32][bytes]
  int quiet;         // > 0 while a library module is imported (trace_quiet)
  const struct Frame *quiet_from; // the frame that imports it
} Trace;

void trace_init(Trace *t, size_t max_records);
void trace_fini(Trace *t);
// Appends a record; when the budget is reached, stops the program with a
// LIMIT event (the records so far stay valid).
void trace_emit(Vm *vm, EventKind kind, uint8_t x8, uint16_t x16, uint32_t a,
                uint32_t b, uint32_t c);
// Adds [len] bytes to the string table; returns the offset.
uint32_t trace_string(Vm *vm, const char *s, size_t len);
uint32_t trace_cstring(Vm *vm, const char *s);
uint32_t trace_str_obj(Vm *vm, Object *str); // a str object's text

// The serial of [o] for a record that points at it, announcing the object
// (OBJECT, TYPE, VALUE records) the first time a record mentions it.
uint32_t trace_obj(Vm *vm, Object *o);
// Does the trace know [o] (made while tracing, or announced)? Records that
// only change or drop something of an unknown object are not sent: the
// page never saw the object. (Defined at the end.)
// Emits a VALUE record with a short repr for atomic objects (int, float,
// str, bytes) so the page can draw them.
void trace_value_of(Vm *vm, Object *o);
// A NAME record for a function, builtin function or module once its name
// is set (and again when the program renames a function).
void trace_name(Vm *vm, Object *o);
// An ALLOC record for a new object (obj_alloc).
void trace_alloc(Vm *vm, Object *o);
// A known object became immortal, or its class changed (__class__
// assignment): a new OBJECT record with its flags and class.
void trace_flags_changed(Vm *vm, Object *o);
// A FREE record (obj_free_memory).
void trace_free(Vm *vm, Object *o);
// A record about [o] alone (FINALIZE, GC_*), sent only if the trace knows
// [o].
void trace_about(Vm *vm, EventKind kind, uint8_t x8, Object *o, uint32_t b,
                 uint32_t c);

// Output written before the trace started (SyntaxWarnings while
// compiling): kept, and recorded as OUTPUT events when it starts.
void trace_early_output(Vm *vm, int stream, const char *data, size_t len);
// REF_SET (or REF_DEL when [v] is NULL) of the named reference [field] of
// [o], if the trace knows [o].
void trace_ref_set(Vm *vm, Object *o, const char *field, Object *v);
// Py_CLEAR for a named reference the page draws: the slot is emptied, its
// REF_DEL recorded, then the reference dropped.
void trace_clear_ref(Vm *vm, Object *o, Object **slot, const char *field);
// FRAME_EXIT: [f] left the stack before its locals are released.
void trace_frame_exit(Vm *vm, struct Frame *f);
// Importing a Refscope library module (copy, weakref...) is set-up that
// CPython did before the program started: between these calls the objects
// it makes and its library frames are not recorded (frames get serial 0);
// they are announced if the program later meets them, like objects made
// before the trace. Changes to objects the trace knows (the collector's
// work, a __del__ of the program's objects) are still recorded.
void trace_quiet_begin(Vm *vm);
void trace_quiet_end(Vm *vm);
// Is a new object made now left unrecorded (trace_quiet)?
bool trace_alloc_is_quiet(const Vm *vm);
// Records about frame [f] are sent (tracing, and not a quiet frame)?
#define TRACE_FRAME(vm, f) ((vm)->trace.on && (f)->serial != 0)
// Starts/stops recording (vm_run records the user's program only).
void trace_start(Vm *vm);
void trace_stop(Vm *vm);
// Announces a class once its name and base are set (TYPE record).
void trace_type_ready(Vm *vm, TypeObject *t);
// GC_CONFIG after gc.enable/disable/set_threshold; GC_COUNTS.
void trace_gc_config(Vm *vm);
void trace_gc_counts(Vm *vm);
// EXC_HANDLED when the exception being handled (sys.exc_info()) changed.
void trace_handled(Vm *vm);
const char *trace_event_name(int kind);
const char *trace_event_fields(int kind);
int trace_event_size(int kind); // bytes of its records

// ---- The pointers the page draws (trace_slots.c) --------------------------------

typedef enum { TSLOT_ITEM, TSLOT_ENTRY, TSLOT_MEMBER, TSLOT_ATTR, TSLOT_REF,
               TSLOT_WEAK } TraceSlotKind;

// One pointer of an object: an item (index), a dict entry (key), a set
// member, an attribute or named reference (name), a weak referent. [value]
// may be NULL for an empty item.
typedef struct TraceSlot {
  TraceSlotKind kind;
  ssize index;
  Object *key;
  const char *name;
  size_t name_len;
  Object *value;
} TraceSlot;

typedef void (*TraceSlotFn)(Vm *vm, Object *o, const TraceSlot *s, void *ctx);

// Calls [fn] for every pointer of [o] the page draws, in the order the
// page shows them. Returns false if [o]'s layout has named references this
// function does not list (the state dumps then skip its "refs").
bool trace_slots(Vm *vm, Object *o, TraceSlotFn fn, void *ctx);
// The name of the __slots__ member of [o] at byte [offset], or NULL.
Object *trace_member_name(Object *o, size_t offset);
// Are [o]'s slots left out when it is announced (modules, classes, the
// runtime's own mutable containers)?
bool trace_is_opaque(Vm *vm, Object *o);
// Has [o]'s __del__ run (GCF_FINALIZED, for types with __del__)?
bool trace_finalized(Vm *vm, Object *o);
// The FRAME_PUSH kind of a frame.
int trace_frame_kind(const struct Frame *f);

// ---- State dumps (trace_state.c) -------------------------------------------------------

// Starts keeping the registry of known objects for VmConfig.on_state.
void trace_states_init(Vm *vm);
void trace_states_free(TraceStates *s);
void trace_states_add(Vm *vm, Object *o, bool allocated);
void trace_states_remove(Vm *vm, Object *o);
void trace_states_value(Vm *vm, Object *o, uint32_t text);
void trace_states_named(Vm *vm, Object *o, uint32_t name);
void trace_states_moved(Vm *vm, Object *o); // now at this address

// [f] left the stack (FRAME_EXIT): the dumps list it until its FRAME_POP.
void trace_states_frame_exit(Vm *vm, struct Frame *f);
// A FRAME_POP (recorded or not): the dumps forget an exiting frame.
void trace_states_frame_pop(Vm *vm, uint32_t serial);
// Called after a record of [kind]: dumps the state if it is a state step.
void trace_states_step(Vm *vm, EventKind kind, uint8_t x8);

static inline bool trace_knows(const Object *o) {
  return (o->oflags & OF_TRACED) != 0;
}

// Is a record about a change to [o] to be sent (tracing, and the trace
// knows [o])? Needs vm.h.
#define TRACE_ABOUT(vm, o) ((vm)->trace.on && trace_knows(o))

#endif
