// trace.c — recording the event trace: fixed 16-byte records, a string table
// with de-duplication, and the announcement of objects the first time a
// record mentions them (OBJECT for objects made before tracing began, TYPE
// for classes, VALUE for ints, floats, strs...). core/TRACE.md.
#include "trace.h"

#include "abstract.h"
#include "errors.h"
#include "str.h"
#include "typeobj.h"
#include "vm.h"

#include <stdlib.h>

// Records kept after the budget for the LIMIT and END records.
enum { TRACE_SPARE = 8, VALUE_REPR_MAX = 80 };

void trace_init(Trace *t, size_t max_records) {
  memset(t, 0, sizeof *t);
  t->max_records = max_records;
}

void trace_fini(Trace *t) {
  free(t->records);
  free(t->strings);
  free(t->string_index);
  memset(t, 0, sizeof *t);
}

static bool grow_records(Trace *t) {
  size_t cap = t->cap ? t->cap * 2 : 4096;
  TraceRecord *r = realloc(t->records, cap * sizeof *r);
  if (!r) return false;
  t->records = r;
  t->cap = cap;
  return true;
}

static void append(Trace *t, EventKind kind, uint8_t x8, uint16_t x16,
                   uint32_t a, uint32_t b, uint32_t c) {
  if (t->count == t->cap && !grow_records(t)) {
    t->full = true;
    return;
  }
  t->records[t->count++] = (TraceRecord){(uint8_t)kind, x8, x16, a, b, c};
}

void trace_emit(Vm *vm, EventKind kind, uint8_t x8, uint16_t x16, uint32_t a,
                uint32_t b, uint32_t c) {
  Trace *t = &vm->trace;
  if (!t->on) return;
  if (t->max_records && t->count >= t->max_records) {
    if (kind != EV_LIMIT && kind != EV_END) {
      if (!t->full) {
        t->full = true;
        vm_hit_limit(vm, "events",
                     "the trace reached %zu events; the rest of the run is "
                     "not recorded", t->max_records);
      }
      return;
    }
    if (t->count >= t->max_records + TRACE_SPARE) return;
  }
  append(t, kind, x8, x16, a, b, c);
}

// ---- Strings ------------------------------------------------------------------------------

static uint32_t string_hash(const char *s, size_t len) {
  uint32_t h = 2166136261u; // FNV-1a
  for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

static bool grow_index(Trace *t) {
  size_t cap = t->index_cap ? t->index_cap * 2 : 1024;
  uint32_t *index = calloc(cap, sizeof *index);
  if (!index) return false;
  for (size_t i = 0; i < t->index_cap; i++) {
    uint32_t off = t->string_index[i];
    if (!off) continue;
    const char *s = t->strings + off;
    size_t j = string_hash(s, strlen(s)) & (cap - 1);
    while (index[j]) j = (j + 1) & (cap - 1);
    index[j] = off;
  }
  free(t->string_index);
  t->string_index = index;
  t->index_cap = cap;
  return true;
}

static bool reserve_strings(Trace *t, size_t more) {
  if (t->strings_len + more <= t->strings_cap) return true;
  size_t cap = t->strings_cap ? t->strings_cap : 4096;
  while (cap < t->strings_len + more) cap *= 2;
  char *s = realloc(t->strings, cap);
  if (!s) return false;
  t->strings = s;
  t->strings_cap = cap;
  return true;
}

// Strings with NUL bytes are cut at the first NUL (the table is
// NUL-separated); the page shows program text through OUTPUT records.
uint32_t trace_string(Vm *vm, const char *s, size_t len) {
  Trace *t = &vm->trace;
  const char *nul = memchr(s, '\0', len);
  if (nul) len = (size_t)(nul - s);
  if (len == 0) return 0;
  if (!t->strings && (!reserve_strings(t, 1) || !(t->strings[0] = 0, 1)))
    return 0;
  if (t->strings_len == 0) t->strings_len = 1; // offset 0 is ""
  if ((t->index_count + 1) * 2 > t->index_cap && !grow_index(t)) return 0;
  size_t j = string_hash(s, len) & (t->index_cap - 1);
  for (; t->string_index[j]; j = (j + 1) & (t->index_cap - 1)) {
    const char *have = t->strings + t->string_index[j];
    if (strncmp(have, s, len) == 0 && have[len] == '\0')
      return t->string_index[j];
  }
  if (!reserve_strings(t, len + 1)) return 0;
  uint32_t off = (uint32_t)t->strings_len;
  memcpy(t->strings + off, s, len);
  t->strings[off + len] = '\0';
  t->strings_len += len + 1;
  t->string_index[j] = off;
  t->index_count++;
  return off;
}

uint32_t trace_cstring(Vm *vm, const char *s) {
  return trace_string(vm, s, strlen(s));
}

// ---- Objects ---------------------------------------------------------------------------------

// Runs [fn] with recording paused, so the objects it makes and frees
// itself (a repr's string) do not appear in the trace.
static Object *untraced_repr(Vm *vm, Object *o) {
  bool on = vm->trace.on, refs = vm->hot.trace_refs;
  vm->trace.on = false;
  vm->hot.trace_refs = false;
  Object *saved = vm->exc;
  vm->exc = NULL;
  Object *r = obj_repr(vm, o);
  if (!r) err_clear(vm);
  vm->exc = saved;
  vm->trace.on = on;
  vm->hot.trace_refs = refs;
  return r;
}

static bool has_value_label(Vm *vm, Object *o) {
  TypeObject *t = o->type;
  return t == vm->t.int_ || t == vm->t.bool_ || t == vm->t.float_ ||
         t == vm->t.complex || t == vm->t.str || t == vm->t.bytes ||
         t == vm->t.none || t == vm->t.notimpl ||
         t == vm->t.ellipsis;
}

void trace_value_of(Vm *vm, Object *o) {
  if (!vm->trace.on || !has_value_label(vm, o)) return;
  Object *r = untraced_repr(vm, o);
  uint32_t text = 0;
  if (r) {
    size_t len = str_size(r);
    if (len > VALUE_REPR_MAX) {
      // Cut at a character boundary and mark the cut.
      len = VALUE_REPR_MAX;
      while (len > 0 && ((uint8_t)str_data(r)[len] & 0xC0) == 0x80) len--;
      char cut[VALUE_REPR_MAX + 4];
      memcpy(cut, str_data(r), len);
      memcpy(cut + len, "\xE2\x80\xA6", 3); // an ellipsis
      text = trace_string(vm, cut, len + 3);
    } else {
      text = trace_string(vm, str_data(r), len);
    }
    bool refs = vm->hot.trace_refs;
    vm->hot.trace_refs = false;
    decref(vm, r);
    vm->hot.trace_refs = refs;
  }
  trace_emit(vm, EV_VALUE, 0, 0, o->serial, text, 0);
}

static void announce_type(Vm *vm, TypeObject *t) {
  uint32_t base = t->base ? trace_obj(vm, AS_OBJ(t->base)) : 0;
  trace_emit(vm, EV_TYPE, (uint8_t)t->layout, 0, AS_OBJ(t)->serial,
             trace_cstring(vm, t->tp_name), base);
}

// The first mention of [o] in the trace.
static void announce(Vm *vm, Object *o) {
  o->oflags |= OF_TRACED;
  uint32_t type = trace_obj(vm, AS_OBJ(o->type));
  if (o->serial <= vm->trace.first_serial)
    trace_emit(vm, EV_OBJECT, (uint8_t)o->type->layout,
               (uint16_t)(o->oflags & OF_IMMORTAL), o->serial, type,
               (uint32_t)o->refcnt);
  if (obj_is_type(o)) announce_type(vm, (TypeObject *)o);
  else if (has_value_label(vm, o)) trace_value_of(vm, o);
}

uint32_t trace_obj(Vm *vm, Object *o) {
  if (!o) return 0;
  if (!(o->oflags & OF_TRACED) && vm->trace.on) announce(vm, o);
  return o->serial;
}

// A type's name is set after its ALLOC record; the class statement calls
// this once the class exists.
void trace_type_ready(Vm *vm, TypeObject *t) {
  if (!vm->trace.on) return;
  AS_OBJ(t)->oflags |= OF_TRACED;
  announce_type(vm, t);
}

void trace_refcount_change(Vm *vm, Object *o) {
  if (o->oflags & OF_IMMORTAL) return;
  uint32_t serial = trace_obj(vm, o);
  trace_emit(vm, EV_REFCOUNT, 0, vm->trace.reason, serial,
             (uint32_t)o->refcnt, 0);
}

void trace_start(Vm *vm) {
  vm->trace.on = true;
  vm->trace.first_serial = vm->next_serial;
  vm->hot.trace_refs = true;
}

void trace_stop(Vm *vm) {
  vm->trace.on = false;
  vm->hot.trace_refs = false;
}

// ---- Self-description (api.h) ---------------------------------------------------------------

#define EVENT_NAME(name, x8, x16, a, b, c) #name,
#define EVENT_FIELDS(name, x8, x16, a, b, c) x8 "," x16 "," a "," b "," c,
static const char *const event_names[] = {TRACE_EVENTS(EVENT_NAME)};
static const char *const event_fields[] = {TRACE_EVENTS(EVENT_FIELDS)};
#undef EVENT_NAME
#undef EVENT_FIELDS

const char *trace_event_name(int kind) {
  return kind >= 0 && kind < EV_COUNT ? event_names[kind] : "";
}

const char *trace_event_fields(int kind) {
  return kind >= 0 && kind < EV_COUNT ? event_fields[kind] : "";
}
