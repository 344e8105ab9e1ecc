// trace_state.c — state dumps for testing the page's replay: at every state
// step (a line, a return, a GC phase boundary, the end) the VM describes its
// own state — frames, the objects the trace knows with their refcounts,
// slots and GC fields, the collector, the output — as canonical JSON
// (core/TRACE.md, "State dumps"; web/trace/canonical.js makes the same JSON
// from a replayed state). Only used when VmConfig.on_state is set.
#include "trace.h"

#include "buf.h"
#include "eval.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <stdlib.h>

typedef struct Known {
  Object *o;     // NULL: empty slot
  uint32_t serial; // o's (kept here: lookups never read a moved object)
  uint32_t value; // string offset of its VALUE record, 0 if none yet
  bool allocated; // ALLOC record (else OBJECT)
  uint32_t name;  // TYPE or NAME record sent: the name's string offset
} Known;

struct TraceStates {
  Known *table; // open addressing by serial
  size_t cap, count;
  Buf out;
  bool collecting;
  int gen;
  int phase;
  long long line_steps; // LINE/RETURN steps seen (VmConfig.state_every)
  Frame **exiting;      // frames between FRAME_EXIT and FRAME_POP
  size_t nexiting, exiting_cap;
};

static const char *const gc_phase_names[] = {
#define GC_PHASE_NAME(name) #name,
    GC_PHASES(GC_PHASE_NAME)
#undef GC_PHASE_NAME
};
static const char *const frame_kind_names[] = {
#define FRAME_KIND_NAME(name) #name,
    FRAME_KINDS(FRAME_KIND_NAME)
#undef FRAME_KIND_NAME
};
static const char *const layout_names[] = {
#define LAYOUT_NAME(name) #name,
    LAYOUTS(LAYOUT_NAME)
#undef LAYOUT_NAME
};
static const char *const mark_names[] = {
    NULL, "unreachable", "reachable", "resurrected", "cleared", "saved"};

// ---- The registry of known objects -------------------------------------------------------

void trace_states_init(Vm *vm) {
  TraceStates *s = calloc(1, sizeof *s);
  if (!s) return;
  buf_init(&s->out);
  vm->trace.states = s;
}

void trace_states_free(TraceStates *s) {
  if (!s) return;
  free(s->table);
  free(s->exiting);
  buf_free(&s->out);
  free(s);
}

static size_t slot_of(const TraceStates *s, uint32_t serial) {
  return (serial * 2654435761u) & (s->cap - 1);
}

static Known *find(TraceStates *s, uint32_t serial) {
  if (!s->cap) return NULL;
  for (size_t j = slot_of(s, serial);; j = (j + 1) & (s->cap - 1)) {
    Known *k = &s->table[j];
    if (!k->o) return NULL;
    if (k->serial == serial) return k;
  }
}

static void insert(TraceStates *s, Known k) {
  size_t j = slot_of(s, k.serial);
  while (s->table[j].o) j = (j + 1) & (s->cap - 1);
  s->table[j] = k;
}

static bool grow(TraceStates *s) {
  size_t cap = s->cap ? s->cap * 2 : 1024;
  Known *old = s->table;
  size_t old_cap = s->cap;
  s->table = calloc(cap, sizeof *s->table);
  if (!s->table) {
    s->table = old;
    return false;
  }
  s->cap = cap;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].o) insert(s, old[i]);
  free(old);
  return true;
}

void trace_states_add(Vm *vm, Object *o, bool allocated) {
  TraceStates *s = vm->trace.states;
  if (!s) return;
  if ((s->count + 1) * 2 > s->cap && !grow(s)) return;
  Known *k = find(s, o->serial);
  if (k) {
    k->o = o;
    k->allocated = allocated;
    return;
  }
  insert(s, (Known){o, o->serial, 0, allocated, 0});
  s->count++;
}

// Removal with backward shifting, so lookups need no tombstones.
void trace_states_remove(Vm *vm, Object *o) {
  TraceStates *s = vm->trace.states;
  Known *k = s ? find(s, o->serial) : NULL;
  if (!k) return;
  size_t i = (size_t)(k - s->table);
  s->table[i].o = NULL;
  s->count--;
  for (size_t j = (i + 1) & (s->cap - 1); s->table[j].o;
       j = (j + 1) & (s->cap - 1)) {
    Known moved = s->table[j];
    s->table[j].o = NULL;
    insert(s, moved);
  }
}

void trace_states_value(Vm *vm, Object *o, uint32_t text) {
  Known *k = vm->trace.states ? find(vm->trace.states, o->serial) : NULL;
  if (k) k->value = text;
}

void trace_states_moved(Vm *vm, Object *o) {
  Known *k = vm->trace.states ? find(vm->trace.states, o->serial) : NULL;
  if (k) k->o = o;
}

void trace_states_named(Vm *vm, Object *o, uint32_t name) {
  Known *k = vm->trace.states ? find(vm->trace.states, o->serial) : NULL;
  if (k) k->name = name;
}

// ---- JSON helpers ---------------------------------------------------------------------------

static void put_str(Buf *b, const char *s, size_t len) {
  buf_putc(b, '"');
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') buf_printf(b, "\\%c", c);
    else if (c == '\n') buf_puts(b, "\\n");
    else if (c == '\t') buf_puts(b, "\\t");
    else if (c == '\r') buf_puts(b, "\\r");
    else if (c < 0x20) buf_printf(b, "\\u%04x", c);
    else buf_putc(b, (char)c);
  }
  buf_putc(b, '"');
}

static void put_cstr(Buf *b, const char *s) { put_str(b, s, strlen(s)); }

static uint32_t serial_of(Object *o) { return o ? o->serial : 0; }

// ---- Frames ---------------------------------------------------------------------------------

static void put_frame(Buf *b, Frame *f, bool suspended, bool exiting) {
  CodeObject *co = f->code;
  buf_printf(b, "{\"frame\":%u,\"kind\":\"%s\",\"name\":", f->serial,
             frame_kind_names[trace_frame_kind(f)]);
  put_str(b, str_data(co->qualname), str_size(co->qualname));
  buf_printf(b, ",\"line\":%d,\"locals\":[", f->last_line > 0 ? f->last_line : 0);
  bool first = true;
  for (int i = 0; i < co->nlocalsplus; i++) {
    if (!f->localsplus[i]) continue;
    buf_puts(b, first ? "[" : ",[");
    first = false;
    Object *name = tuple_get(co->localsplusnames, i);
    put_str(b, str_data(name), str_size(name));
    buf_printf(b, ",%u]", f->localsplus[i]->serial);
  }
  buf_printf(b, "],\"namespace\":%u,\"suspended\":%s,\"exiting\":%s}",
             serial_of(f->locals), suspended ? "true" : "false",
             exiting ? "true" : "false");
}

static int cmp_serial(const void *x, const void *y) {
  uint32_t a = (*(Object *const *)x)->serial, b = (*(Object *const *)y)->serial;
  return a < b ? -1 : a > b;
}

// The known objects, by serial.
static Object **known_objects(TraceStates *s, size_t *n) {
  Object **all = malloc((s->count + 1) * sizeof *all);
  if (!all) return NULL;
  size_t k = 0;
  for (size_t i = 0; i < s->cap; i++)
    if (s->table[i].o) all[k++] = s->table[i].o;
  qsort(all, k, sizeof *all, cmp_serial);
  *n = k;
  return all;
}

// The running frames, outermost first, then suspended generator frames.
static void put_frames(Vm *vm, Buf *b, Object **objs, size_t n) {
  // Quiet frames (serial 0: library code importing) are not recorded.
  int depth = 0;
  for (Frame *f = vm->frame; f; f = f->previous) depth += f->serial != 0;
  Frame **chain = malloc(((size_t)depth + 1) * sizeof *chain);
  int k = depth;
  for (Frame *f = vm->frame; f && chain; f = f->previous)
    if (f->serial) chain[--k] = f;
  buf_puts(b, "\"stack\":[");
  for (int i = 0; chain && i < depth; i++)
    buf_printf(b, "%s%u", i ? "," : "", chain[i]->serial);
  buf_puts(b, "],\"frames\":[");
  for (int i = 0; chain && i < depth; i++) {
    if (i) buf_putc(b, ',');
    put_frame(b, chain[i], false, false);
  }
  free(chain);
  TraceStates *s = vm->trace.states;
  for (size_t i = 0; i < s->nexiting; i++) {
    if (depth || i) buf_putc(b, ',');
    put_frame(b, s->exiting[i], false, true);
  }
  bool first = depth == 0 && s->nexiting == 0;
  for (size_t i = 0; i < n; i++) {
    Frame *f = is_generator(objs[i]) ? gen_suspended_frame(objs[i]) : NULL;
    if (!f || !f->serial) continue;
    if (!first) buf_putc(b, ',');
    first = false;
    put_frame(b, f, true, false);
  }
  buf_putc(b, ']');
}

// ---- Objects --------------------------------------------------------------------------------

// Collects an object's slots by kind, then prints them canonically.
typedef struct SlotList {
  TraceSlot *s;
  size_t n, cap;
} SlotList;

static void collect_slot(Vm *vm, Object *o, const TraceSlot *s, void *ctx) {
  UNUSED(vm);
  UNUSED(o);
  SlotList *l = ctx;
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    TraceSlot *bigger = realloc(l->s, cap * sizeof *bigger);
    if (!bigger) return;
    l->s = bigger;
    l->cap = cap;
  }
  l->s[l->n++] = *s;
}

static int cmp_named(const void *x, const void *y) {
  const TraceSlot *a = x, *b = y;
  size_t n = a->name_len < b->name_len ? a->name_len : b->name_len;
  int c = memcmp(a->name, b->name, n);
  return c ? c : (a->name_len > b->name_len) - (a->name_len < b->name_len);
}

static int cmp_value(const void *x, const void *y) {
  uint32_t a = serial_of(((const TraceSlot *)x)->value);
  uint32_t b = serial_of(((const TraceSlot *)y)->value);
  return a < b ? -1 : a > b;
}

// Slots of [kind] from [l] (compacted to the front), sorted by [cmp].
static size_t select_kind(SlotList *l, size_t from, TraceSlotKind kind,
                          TraceSlot *out, int (*cmp)(const void *, const void *)) {
  size_t n = 0;
  for (size_t i = from; i < l->n; i++)
    if (l->s[i].kind == kind) out[n++] = l->s[i];
  if (cmp) qsort(out, n, sizeof *out, cmp);
  return n;
}

static void put_items(Buf *b, const TraceSlot *s, size_t n) {
  while (n > 0 && !s[n - 1].value) n--; // trailing empty slots
  if (!n) return;
  buf_puts(b, ",\"items\":[");
  for (size_t i = 0; i < n; i++)
    buf_printf(b, "%s%u", i ? "," : "", serial_of(s[i].value));
  buf_putc(b, ']');
}

static void put_pairs(Buf *b, const char *field, const TraceSlot *s, size_t n,
                      bool named) {
  if (!n) return;
  buf_printf(b, ",\"%s\":[", field);
  for (size_t i = 0; i < n; i++) {
    buf_puts(b, i ? ",[" : "[");
    if (named) put_str(b, s[i].name, s[i].name_len);
    else buf_printf(b, "%u", serial_of(s[i].key));
    buf_printf(b, ",%u]", serial_of(s[i].value));
  }
  buf_putc(b, ']');
}

static void put_slots(Vm *vm, Buf *b, Object *o) {
  SlotList l = {0};
  bool known = trace_slots(vm, o, collect_slot, &l);
  TraceSlot *tmp = malloc((l.n + 1) * sizeof *tmp);
  if (tmp) {
    put_items(b, tmp, select_kind(&l, 0, TSLOT_ITEM, tmp, NULL));
    put_pairs(b, "entries", tmp, select_kind(&l, 0, TSLOT_ENTRY, tmp, NULL),
              false);
    size_t n = select_kind(&l, 0, TSLOT_MEMBER, tmp, cmp_value);
    if (n) {
      buf_puts(b, ",\"members\":[");
      for (size_t i = 0; i < n; i++)
        buf_printf(b, "%s%u", i ? "," : "", serial_of(tmp[i].value));
      buf_putc(b, ']');
    }
    put_pairs(b, "attrs", tmp, select_kind(&l, 0, TSLOT_ATTR, tmp, cmp_named),
              true);
    if (!known) buf_puts(b, ",\"refs\":null");
    else put_pairs(b, "refs", tmp,
                   select_kind(&l, 0, TSLOT_REF, tmp, cmp_named), true);
    if (select_kind(&l, 0, TSLOT_WEAK, tmp, NULL))
      buf_printf(b, ",\"weak\":%u", serial_of(tmp[0].value));
  }
  free(tmp);
  free(l.s);
}

static void put_gc_fields(Vm *vm, Buf *b, Object *o) {
  bool tracked = obj_is_gc(o) && gc_is_tracked(o);
  if (tracked) buf_printf(b, ",\"gen\":%d", gc_head(o)->gen);
  else buf_puts(b, ",\"gen\":null");
  buf_printf(b, ",\"finalized\":%s", trace_finalized(vm, o) ? "true" : "false");
  if (!vm->trace.states->collecting || !obj_is_gc(o)) return;
  GcHead *g = gc_head(o);
  if (g->scan != vm->gc.scans) return;
  buf_printf(b, ",\"gc_refs\":%lld", (long long)g->gc_refs);
  if (g->mark && g->mark < COUNT_OF(mark_names))
    buf_printf(b, ",\"gc_mark\":\"%s\"", mark_names[g->mark]);
}

static void put_object(Vm *vm, Buf *b, Object *o) {
  Known *k = find(vm->trace.states, o->serial);
  buf_printf(b, "{\"obj\":%u,\"type\":%u,\"layout\":\"%s\"", o->serial,
             o->type->ob.serial, layout_names[o->type->layout]);
  if (o->oflags & OF_IMMORTAL) buf_puts(b, ",\"refcnt\":null");
  else buf_printf(b, ",\"refcnt\":%lld", (long long)o->refcnt);
  buf_puts(b, ",\"value\":");
  if (k->value) put_cstr(b, vm->trace.strings + k->value);
  else buf_puts(b, "null");
  buf_printf(b, ",\"id\":%u",
             k->allocated ? (uint32_t)(uintptr_t)o : 0u);
  if (k->name) {
    buf_puts(b, ",\"name\":");
    put_cstr(b, vm->trace.strings + k->name);
  }
  put_gc_fields(vm, b, o);
  if (o->oflags & OF_INTERNED) buf_puts(b, ",\"interned\":true");
  if (o->oflags & OF_TRACE_OPAQUE) buf_puts(b, ",\"opaque\":true");
  else put_slots(vm, b, o);
  buf_putc(b, '}');
}

// ---- The dump -------------------------------------------------------------------------------

static void put_gc(Vm *vm, Buf *b) {
  GcState *gc = &vm->gc;
  TraceStates *s = vm->trace.states;
  buf_printf(b, ",\"gc\":{\"enabled\":%s,\"threshold\":[%d,%d,%d],"
                "\"count\":[%d,%d,%d],\"collecting\":",
             gc->enabled ? "true" : "false", gc->gens[0].threshold,
             gc->gens[1].threshold, gc->gens[2].threshold, gc->gens[0].count,
             gc->gens[1].count, gc->gens[2].count);
  if (!s->collecting) buf_puts(b, "null}");
  else if (s->phase < 0) buf_printf(b, "{\"gen\":%d,\"phase\":null}}", s->gen);
  else buf_printf(b, "{\"gen\":%d,\"phase\":\"%s\"}}", s->gen,
                  gc_phase_names[s->phase]);
}

static Object *handled(Vm *vm) {
  for (ExcInfo *e = vm->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != vm->none) return e->exc_value;
  return NULL;
}

static void dump(Vm *vm) {
  TraceStates *s = vm->trace.states;
  Buf *b = &s->out;
  b->len = 0;
  size_t n = 0;
  Object **objs = known_objects(s, &n);
  if (!objs) return;
  buf_printf(b, "{\"state\":%zu,", vm->trace.count);
  put_frames(vm, b, objs, n);
  buf_puts(b, ",\"objects\":[");
  for (size_t i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    put_object(vm, b, objs[i]);
  }
  buf_putc(b, ']');
  free(objs);
  put_gc(vm, b);
  buf_printf(b, ",\"handled\":%u,\"stdout\":", serial_of(handled(vm)));
  put_str(b, vm->out[VM_STDOUT].data, vm->out[VM_STDOUT].len);
  buf_puts(b, ",\"stderr\":");
  put_str(b, vm->out[VM_STDERR].data, vm->out[VM_STDERR].len);
  buf_putc(b, '}');
  vm->config.on_state(vm->config.state_ctx, vm->trace.count, b->data, b->len);
}

void trace_states_frame_exit(Vm *vm, Frame *f) {
  TraceStates *s = vm->trace.states;
  if (s->nexiting == s->exiting_cap) {
    size_t cap = s->exiting_cap ? s->exiting_cap * 2 : 8;
    Frame **bigger = realloc(s->exiting, cap * sizeof *bigger);
    if (!bigger) return; // the dumps then miss it: the test reports that
    s->exiting = bigger;
    s->exiting_cap = cap;
  }
  s->exiting[s->nexiting++] = f;
}

void trace_states_frame_pop(Vm *vm, uint32_t serial) {
  TraceStates *s = vm->trace.states;
  for (size_t i = s->nexiting; i-- > 0;) {
    if (s->exiting[i]->serial != serial) continue;
    memmove(&s->exiting[i], &s->exiting[i + 1],
            (s->nexiting - i - 1) * sizeof *s->exiting);
    s->nexiting--;
    return;
  }
}

void trace_states_step(Vm *vm, EventKind kind, uint8_t x8) {
  TraceStates *s = vm->trace.states;
  // Past the event budget the records no longer follow the VM: a dump
  // would show changes no event recorded.
  if (vm->trace.full) return;
  switch (kind) {
  case EV_GC_BEGIN:
    s->collecting = true;
    s->gen = x8;
    s->phase = -1;
    break;
  case EV_GC_PHASE: s->phase = x8; break;
  case EV_GC_END:
    s->collecting = false;
    break;
  case EV_LINE: case EV_RETURN: {
    int every = vm->config.state_every;
    if (every > 1 && s->line_steps++ % every != 0) return;
    break;
  }
  case EV_EXC_UNCAUGHT: case EV_END: break;
  default: return;
  }
  dump(vm); // reads the VM only: no object is made or touched
}
