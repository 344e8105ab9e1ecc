// trace.c — recording the event trace: records of 4-16 bytes, a string table
// with de-duplication, and the announcement of objects the first time a
// record mentions them (OBJECT for objects made before tracing began, with
// their slots; TYPE for classes; VALUE for ints, floats, strs...).
// core/TRACE.md.
#include "trace.h"

#include "abstract.h"
#include "bigint.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "typeobj.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>

// Records kept after the budget for the LIMIT and END records.
enum { TRACE_SPARE = 8, VALUE_REPR_MAX = 80 };

void trace_init(Trace *t, size_t max_records) {
  memset(t, 0, sizeof *t);
  t->max_records = max_records;
  buf_init(&t->early);
}

void trace_fini(Trace *t) {
  trace_states_free(t->states);
  buf_free(&t->early);
  free(t->words);
  free(t->strings);
  free(t->string_index);
  memset(t, 0, sizeof *t);
}

static const uint8_t event_words[] = {TRACE_EVENTS(TRACE_EVENT_WORDS)};

static bool grow_records(Trace *t) {
  size_t cap = t->words_cap ? t->words_cap * 2 : 16384;
  uint32_t *w = realloc(t->words, cap * sizeof *w);
  if (!w) return false;
  t->words = w;
  t->words_cap = cap;
  return true;
}

// Writes the whole record (room for the largest is kept) and keeps the
// words its kind uses.
static void append(Trace *t, EventKind kind, uint8_t x8, uint16_t x16,
                   uint32_t a, uint32_t b, uint32_t c) {
  if (t->words_len + TRACE_MAX_WORDS > t->words_cap && !grow_records(t)) {
    t->full = true;
    return;
  }
  uint32_t *w = t->words + t->words_len;
  w[0] = (uint32_t)kind | (uint32_t)x8 << 8 | (uint32_t)x16 << 16;
  w[1] = a;
  w[2] = b;
  w[3] = c;
  t->words_len += event_words[kind];
  t->count++;
}

void trace_emit(Vm *vm, EventKind kind, uint8_t x8, uint16_t x16, uint32_t a,
                uint32_t b, uint32_t c) {
  Trace *t = &vm->trace;
  if (!t->on) return;
  // Even past the budget: the frame is gone, the dumps must not read it.
  if (UNLIKELY(t->states != NULL) && kind == EV_FRAME_POP)
    trace_states_frame_pop(vm, a);
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
  if (UNLIKELY(t->states != NULL)) trace_states_step(vm, kind, x8);
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

uint32_t trace_str_obj(Vm *vm, Object *str) {
  return trace_string(vm, str_data(str), str_size(str));
}

// ---- Values ---------------------------------------------------------------------------------

// Pauses recording (and refcount events) around work the trace must not
// show: computing a repr for a VALUE record. That work must not change
// what the program sees either: no step is charged (core/LIMITS.md), no
// collection runs meanwhile and the collector's counts are put back
// (gc.get_count()).
typedef struct Paused {
  bool on, refs, collecting;
  Object *exc;
  int64_t steps, next_check;
  int counts[NUM_GENERATIONS];
} Paused;

static Paused pause_trace(Vm *vm) {
  Paused p = {vm->trace.on, vm->hot.trace_refs, vm->gc.collecting, vm->exc,
              vm->steps, vm->next_check, {0}};
  for (int g = 0; g < NUM_GENERATIONS; g++) p.counts[g] = vm->gc.gens[g].count;
  vm->trace.on = false;
  vm->hot.trace_refs = false;
  vm->gc.collecting = true; // no automatic collection (gc_on_alloc)
  vm->exc = NULL;
  vm->next_check = INT64_MAX;
  return p;
}

static void resume_trace(Vm *vm, Paused p) {
  if (vm->exc) err_clear(vm);
  vm->exc = p.exc;
  vm->trace.on = p.on;
  vm->hot.trace_refs = p.refs;
  vm->steps = p.steps;
  vm->next_check = p.next_check;
  vm->gc.collecting = p.collecting;
  for (int g = 0; g < NUM_GENERATIONS; g++) vm->gc.gens[g].count = p.counts[g];
}

// An int too long for its decimal repr (sys.set_int_max_str_digits) shows
// its size instead.
static uint32_t huge_int_text(Vm *vm, Object *o) {
  const IntObject *i = (const IntObject *)o;
  if (!i->big) return 0;
  char text[64];
  int n = snprintf(text, sizeof text, "<int of %lld bits>",
                   (long long)big_bit_length(i->big));
  return n > 0 ? trace_string(vm, text, (size_t)n) : 0;
}

static bool has_value_label(Vm *vm, Object *o) {
  TypeObject *t = o->type;
  return t == vm->t.int_ || t == vm->t.bool_ || t == vm->t.float_ ||
         t == vm->t.complex || t == vm->t.str || t == vm->t.bytes ||
         t == vm->t.none || t == vm->t.notimpl ||
         t == vm->t.ellipsis;
}

// The repr of [o] in the string table, cut at VALUE_REPR_MAX bytes (at a
// character boundary, with an ellipsis); 0 if it failed (out of memory).
// The built-in reprs of these exact types run no Python code: called
// directly, they work at any recursion depth.
static uint32_t value_text(Vm *vm, Object *o) {
  Paused p = pause_trace(vm);
  Object *r = o->type->repr(vm, o);
  uint32_t text = 0;
  if (r) {
    size_t len = str_size(r);
    if (len > VALUE_REPR_MAX) {
      len = VALUE_REPR_MAX;
      while (len > 0 && ((uint8_t)str_data(r)[len] & 0xC0) == 0x80) len--;
      char cut[VALUE_REPR_MAX + 4];
      memcpy(cut, str_data(r), len);
      memcpy(cut + len, "\xE2\x80\xA6", 3); // an ellipsis
      text = trace_string(vm, cut, len + 3);
    } else {
      text = trace_string(vm, str_data(r), len);
    }
    decref(vm, r);
  } else if (o->type == vm->t.int_) {
    text = huge_int_text(vm, o);
  }
  resume_trace(vm, p);
  return text;
}

void trace_value_of(Vm *vm, Object *o) {
  // (An object the trace does not know gets its VALUE when announced.)
  if (!TRACE_ABOUT(vm, o) || !has_value_label(vm, o)) return;
  o->oflags &= ~(uint32_t)OF_TRACE_VALUE;
  uint32_t text = value_text(vm, o);
  trace_states_value(vm, o, text);
  trace_emit(vm, EV_VALUE, 0, 0, o->serial, text, 0);
}

// ---- Objects ---------------------------------------------------------------------------------

static void announce_type(Vm *vm, TypeObject *t) {
  uint32_t base = t->base ? trace_obj(vm, AS_OBJ(t->base)) : 0;
  uint32_t name = trace_cstring(vm, t->tp_name);
  trace_states_named(vm, AS_OBJ(t), name);
  trace_emit(vm, EV_TYPE, (uint8_t)t->layout, 0, AS_OBJ(t)->serial, name,
             base);
}

// The name a NAME record gives [o] (0: none): a function's qualified name,
// a builtin's name ("type.name" when bound to an instance), a module's.
static uint32_t name_text(Vm *vm, Object *o) {
  Object *name = NULL;
  switch (o->type->layout) {
  case LAYOUT_FUNCTION: name = ((FunctionObject *)o)->qualname; break;
  case LAYOUT_MODULE: name = ((ModuleObject *)o)->name; break;
  case LAYOUT_BUILTIN: {
    BuiltinObject *b = (BuiltinObject *)o;
    if (!b->self || b->self->type->layout == LAYOUT_MODULE)
      return trace_cstring(vm, b->def->name);
    char text[160];
    int n = snprintf(text, sizeof text, "%s.%s", b->self->type->tp_name,
                     b->def->name);
    size_t len = n < 0 ? 0 : (size_t)n;
    return trace_string(vm, text, len < sizeof text ? len : sizeof text - 1);
  }
  default: return 0;
  }
  return name && is_str(name) ? trace_str_obj(vm, name) : 0;
}

void trace_name(Vm *vm, Object *o) {
  if (!TRACE_ABOUT(vm, o)) return;
  uint32_t text = name_text(vm, o);
  if (!text) return;
  trace_states_named(vm, o, text);
  trace_emit(vm, EV_NAME, 0, 0, o->serial, text, 0);
}

// The OBJECT flags of [o] (trace_events.h).
static uint16_t object_flags(Vm *vm, Object *o) {
  uint16_t flags = 0;
  if (o->oflags & OF_IMMORTAL) flags |= TRACE_OF_IMMORTAL;
  if (o->oflags & OF_TRACE_OPAQUE) flags |= TRACE_OF_OPAQUE;
  if (obj_is_gc(o) && gc_is_tracked(o))
    flags |= (uint16_t)(TRACE_OF_TRACKED |
                        (gc_head(o)->gen & 3) << TRACE_OF_GEN_SHIFT);
  if (trace_finalized(vm, o)) flags |= TRACE_OF_FINALIZED;
  if (o->oflags & OF_INTERNED) flags |= TRACE_OF_INTERNED;
  return flags;
}

// Sends one slot of an announced object as the record that would have
// made it.
static void announce_slot(Vm *vm, Object *o, const TraceSlot *s, void *ctx) {
  UNUSED(ctx);
  uint32_t v = trace_obj(vm, s->value);
  switch (s->kind) {
  case TSLOT_ITEM:
    if (v) trace_emit(vm, EV_SEQ_SET, 0, 0, o->serial, (uint32_t)s->index, v);
    break;
  case TSLOT_ENTRY:
    trace_emit(vm, EV_DICT_SET, 0, 0, o->serial, trace_obj(vm, s->key), v);
    break;
  case TSLOT_MEMBER:
    trace_emit(vm, EV_SET_ADD, 0, 0, o->serial, v, 0);
    break;
  case TSLOT_ATTR:
    trace_emit(vm, EV_ATTR_SET, 0, 0, o->serial,
               trace_string(vm, s->name, s->name_len), v);
    break;
  case TSLOT_REF:
    trace_emit(vm, EV_REF_SET, 0, 0, o->serial,
               trace_string(vm, s->name, s->name_len), v);
    break;
  case TSLOT_WEAK:
    trace_emit(vm, EV_WEAKREF_NEW, 0, 0, o->serial, v, 0);
    break;
  }
}

// An object first mentioned in the middle of a collection: what the
// collector already did to it.
static void announce_gc_fields(Vm *vm, Object *o) {
  GcHead *g = gc_head(o);
  if (!vm->gc.collecting || g->scan != vm->gc.scans) return;
  trace_emit(vm, EV_GC_REFS, 0, 0, o->serial, (uint32_t)g->gc_refs, 0);
  static const EventKind mark_events[] = {
      EV_COUNT, EV_GC_UNREACHABLE, EV_GC_REACHABLE, EV_GC_RESURRECTED,
      EV_GC_CLEAR, EV_GC_SAVED};
  if (g->mark > GCM_NONE && g->mark <= GCM_SAVED)
    trace_emit(vm, mark_events[g->mark], 0, 0, o->serial, 0,
               (uint32_t)g->gc_refs);
}

// The first mention of [o], made before tracing began: OBJECT, then what
// the page needs to draw it (TYPE, VALUE, its slots).
static void announce(Vm *vm, Object *o) {
  o->oflags |= OF_TRACED;
  if (trace_is_opaque(vm, o)) o->oflags |= OF_TRACE_OPAQUE;
  uint32_t type = trace_obj(vm, AS_OBJ(o->type));
  trace_states_add(vm, o, false);
  trace_emit(vm, EV_OBJECT, (uint8_t)o->type->layout, object_flags(vm, o),
             o->serial, type, (uint32_t)o->refcnt);
  if (obj_is_type(o)) announce_type(vm, (TypeObject *)o);
  else if (has_value_label(vm, o)) trace_value_of(vm, o);
  else trace_name(vm, o);
  if (!(o->oflags & OF_TRACE_OPAQUE)) trace_slots(vm, o, announce_slot, NULL);
  if (obj_is_gc(o)) announce_gc_fields(vm, o);
}

uint32_t trace_obj(Vm *vm, Object *o) {
  if (!o) return 0;
  if (UNLIKELY((o->oflags & (OF_TRACED | OF_TRACE_VALUE)) != OF_TRACED) &&
      vm->trace.on) {
    if (!(o->oflags & OF_TRACED)) announce(vm, o);
    else trace_value_of(vm, o);
  }
  return o->serial;
}

void trace_quiet_begin(Vm *vm) {
  if (vm->trace.quiet++ == 0) vm->trace.quiet_from = vm->frame;
}

void trace_quiet_end(Vm *vm) {
  if (--vm->trace.quiet == 0) vm->trace.quiet_from = NULL;
}

bool trace_alloc_is_quiet(const Vm *vm) {
  const Frame *f = vm->frame;
  return vm->trace.quiet > 0 &&
         (!f || f->serial == 0 || f == vm->trace.quiet_from);
}

void trace_alloc(Vm *vm, Object *o) {
  if (UNLIKELY(vm->trace.quiet > 0) && trace_alloc_is_quiet(vm)) return;
  o->oflags |= OF_TRACED;
  if (has_value_label(vm, o)) o->oflags |= OF_TRACE_VALUE;
  uint32_t type = trace_obj(vm, AS_OBJ(o->type));
  trace_states_add(vm, o, true);
  trace_emit(vm, EV_ALLOC, (uint8_t)o->type->layout, 0, o->serial, type,
             (uint32_t)(uintptr_t)o);
}

void trace_flags_changed(Vm *vm, Object *o) {
  if (!TRACE_ABOUT(vm, o)) return;
  uint32_t type = trace_obj(vm, AS_OBJ(o->type));
  trace_emit(vm, EV_OBJECT, (uint8_t)o->type->layout, object_flags(vm, o),
             o->serial, type, (uint32_t)o->refcnt);
}

void trace_free(Vm *vm, Object *o) {
  if (!trace_knows(o)) return;
  trace_emit(vm, EV_FREE, 0, 0, o->serial, 0, 0);
  trace_states_remove(vm, o);
}

void trace_about(Vm *vm, EventKind kind, uint8_t x8, Object *o, uint32_t b,
                 uint32_t c) {
  if (vm->trace.on && trace_knows(o))
    trace_emit(vm, kind, x8, 0, o->serial, b, c);
}

// A type's name is set after its ALLOC record; the class statement calls
// this once the class exists.
void trace_type_ready(Vm *vm, TypeObject *t) {
  if (!vm->trace.on) return;
  trace_obj(vm, AS_OBJ(t));
  announce_type(vm, t);
}

void trace_refcount_change(Vm *vm, Object *o) {
  if (!(o->oflags & OF_TRACED) || (o->oflags & OF_IMMORTAL)) return;
  trace_emit(vm, EV_REFCOUNT, 0, vm->trace.reason, o->serial,
             (uint32_t)o->refcnt, 0);
}

// ---- Interpreter state ------------------------------------------------------------------------

void trace_gc_config(Vm *vm) {
  GcState *gc = &vm->gc;
  if (vm->trace.on)
    trace_emit(vm, EV_GC_CONFIG, gc->enabled, 0,
               (uint32_t)gc->gens[0].threshold, (uint32_t)gc->gens[1].threshold,
               (uint32_t)gc->gens[2].threshold);
}

void trace_gc_counts(Vm *vm) {
  GcState *gc = &vm->gc;
  if (vm->trace.on)
    trace_emit(vm, EV_GC_COUNTS, 0, 0, (uint32_t)gc->gens[0].count,
               (uint32_t)gc->gens[1].count, (uint32_t)gc->gens[2].count);
}

// What sys.exc_info() returns: the innermost exception being handled.
static Object *handled_exception(Vm *vm) {
  for (ExcInfo *e = vm->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != vm->none) return e->exc_value;
  return NULL;
}

void trace_handled(Vm *vm) {
  if (!vm->trace.on) return;
  Object *exc = handled_exception(vm);
  uint32_t serial = exc ? exc->serial : 0;
  if (serial == vm->trace.handled) return;
  vm->trace.handled = serial;
  trace_emit(vm, EV_EXC_HANDLED, 0, 0, trace_obj(vm, exc), 0, 0);
}

int trace_frame_kind(const Frame *f) {
  const CodeObject *co = f->code;
  if (co->flags & CO_LIBRARY) return FK_library;
  if (!f->func) return FK_module;
  if (co->flags & CO_GENERATOR) return FK_generator;
  if (!(co->flags & CO_OPTIMIZED)) return FK_class_body;
  const char *name = str_data(co->name);
  size_t len = str_size(co->name);
  if (len > 5 && name[0] == '<' && memcmp(name + len - 5, "comp>", 5) == 0)
    return FK_comprehension;
  return FK_function;
}

void trace_early_output(Vm *vm, int stream, const char *data, size_t len) {
  Buf *b = &vm->trace.early;
  uint32_t n = (uint32_t)len;
  buf_putc(b, (char)stream);
  buf_append(b, (const char *)&n, sizeof n);
  buf_append(b, data, n);
}

void trace_ref_set(Vm *vm, Object *o, const char *field, Object *v) {
  if (!TRACE_ABOUT(vm, o)) return;
  trace_emit(vm, v ? EV_REF_SET : EV_REF_DEL, 0, 0, trace_obj(vm, o),
             trace_cstring(vm, field), v ? trace_obj(vm, v) : 0);
}

void trace_clear_ref(Vm *vm, Object *o, Object **slot, const char *field) {
  Object *v = *slot;
  if (!v) return;
  *slot = NULL;
  trace_ref_set(vm, o, field, NULL);
  decref(vm, v);
}

void trace_frame_exit(Vm *vm, Frame *f) {
  if (!TRACE_FRAME(vm, f)) return;
  trace_emit(vm, EV_FRAME_EXIT, 0, 0, f->serial, 0, 0);
  if (vm->trace.states) trace_states_frame_exit(vm, f);
}

// OUTPUT events for what trace_early_output kept.
static void emit_early_output(Vm *vm) {
  Buf *b = &vm->trace.early;
  for (size_t at = 0; at + 5 <= b->len;) {
    uint32_t n;
    memcpy(&n, b->data + at + 1, sizeof n);
    trace_emit(vm, EV_OUTPUT, (uint8_t)b->data[at], 0,
               trace_string(vm, b->data + at + 5, n), n, 0);
    at += 5 + n;
  }
  buf_free(&vm->trace.early);
  buf_init(&vm->trace.early);
}

void trace_start(Vm *vm) {
  Trace *t = &vm->trace;
  t->on = true;
  t->started = true;
  t->first_serial = vm->next_serial;
  t->reason = REASON_startup;
  vm->hot.trace_refs = true;
  vm->next_check = vm->steps; // the slow path reports lines
  if (vm->config.on_state) trace_states_init(vm);
  trace_gc_config(vm);
  trace_gc_counts(vm);
  emit_early_output(vm);
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

int trace_event_size(int kind) {
  return kind >= 0 && kind < EV_COUNT ? 4 * event_words[kind] : 0;
}
