// trace.h — the event trace: fixed 16-byte records plus a string table,
// recorded as the program runs (core/TRACE.md). Emitters are cheap no-ops
// when tracing is off; the VM checks vm->trace.on before building
// arguments that cost anything.
#ifndef core_trace_h
#define core_trace_h

#include "common.h"
#include "opcodes.h"
#include "trace_events.h"

enum { TRACE_VERSION = 1 };

typedef struct TraceRecord {
  uint8_t kind, x8;
  uint16_t x16;
  uint32_t a, b, c;
} TraceRecord;

// Reasons for REFCOUNT events: the opcode being executed, or one of these.
#define TRACE_REASONS(X)                                                       \
  X(dealloc) X(gc) X(finalizer) X(builtin) X(call) X(shutdown) X(startup)     \
  X(library)

#define REASON_ENUM_ITEM(name) REASON_##name,
enum { REASON_FIRST_EXTRA = OP_COUNT - 1,
       TRACE_REASONS(REASON_ENUM_ITEM) REASON_COUNT };
#undef REASON_ENUM_ITEM

typedef struct Trace {
  bool on;           // recording
  bool full;         // the event budget was reached
  TraceRecord *records;
  size_t count, cap; // in records
  size_t max_records;
  char *strings;     // NUL-separated; offset 0 is ""
  size_t strings_len, strings_cap;
  uint32_t *string_index; // open addressing: offsets of strings (0 = empty)
  size_t index_cap, index_count;
  uint16_t reason;   // current REFCOUNT reason
  uint32_t first_serial; // objects up to this serial predate the trace
} Trace;

typedef struct Vm Vm;
typedef struct Object Object;

void trace_init(Trace *t, size_t max_records);
void trace_fini(Trace *t);
// Appends a record; when the budget is reached, stops the program with a
// LIMIT event (the records so far stay valid).
void trace_emit(Vm *vm, EventKind kind, uint8_t x8, uint16_t x16, uint32_t a,
                uint32_t b, uint32_t c);
// Adds [len] bytes to the string table; returns the offset.
uint32_t trace_string(Vm *vm, const char *s, size_t len);
uint32_t trace_cstring(Vm *vm, const char *s);
// The serial of [o] for a record, announcing the object (OBJECT event) the
// first time a record mentions one made before tracing began.
uint32_t trace_obj(Vm *vm, Object *o);

// Emits a VALUE record with a short repr for atomic objects (int, float,
// str, bytes) so the page can draw them.
void trace_value_of(Vm *vm, Object *o);

// Starts/stops recording (vm_run records the user's program only).
void trace_start(Vm *vm);
void trace_stop(Vm *vm);
// Announces a class once its name and base are set (TYPE record).
typedef struct TypeObject TypeObject;
void trace_type_ready(Vm *vm, TypeObject *t);
const char *trace_event_name(int kind);
const char *trace_event_fields(int kind);

#endif
