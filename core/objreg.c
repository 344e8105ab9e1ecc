// objreg.c — the live-object registry of objreg.h (leak reports).
#include "objreg.h"

#include "object.h"
#include "str.h"

#include <stdint.h>
#include <stdlib.h>

#define TOMBSTONE ((Object *)(uintptr_t)1)

static size_t slot_of(const ObjRegistry *r, const Object *o) {
  uintptr_t h = (uintptr_t)o;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 7) & (r->cap - 1);
}

static bool grow(ObjRegistry *r) {
  ObjRegistry bigger = {calloc(r->cap ? r->cap * 2 : 1024, sizeof(Object *)),
                        r->cap ? r->cap * 2 : 1024, 0, 0};
  if (!bigger.slots) return false;
  for (size_t i = 0; i < r->cap; i++)
    if (r->slots[i] && r->slots[i] != TOMBSTONE) objreg_add(&bigger, r->slots[i]);
  free(r->slots);
  *r = bigger;
  return true;
}

void objreg_add(ObjRegistry *r, Object *o) {
  if ((r->filled + 1) * 2 > r->cap && !grow(r)) return;
  size_t i = slot_of(r, o);
  while (r->slots[i] && r->slots[i] != TOMBSTONE) i = (i + 1) & (r->cap - 1);
  if (!r->slots[i]) r->filled++;
  r->slots[i] = o;
  r->used++;
}

void objreg_remove(ObjRegistry *r, Object *o) {
  if (!r->cap) return;
  for (size_t i = slot_of(r, o); r->slots[i]; i = (i + 1) & (r->cap - 1)) {
    if (r->slots[i] == o) {
      r->slots[i] = TOMBSTONE;
      r->used--;
      return;
    }
  }
}

void objreg_each(const ObjRegistry *r, void (*fn)(Object *, void *),
                 void *arg) {
  for (size_t i = 0; i < r->cap; i++) {
    Object *o = r->slots[i];
    if (o && o != TOMBSTONE) fn(o, arg);
  }
}

void objreg_describe(const ObjRegistry *r, Buf *out) {
  for (size_t i = 0; i < r->cap; i++) {
    Object *o = r->slots[i];
    if (!o || o == TOMBSTONE) continue;
    buf_printf(out, "  %s #%u refcnt=%lld", o->type->tp_name, o->serial,
               (long long)o->refcnt);
    if (o->type->layout == LAYOUT_STR)
      buf_printf(out, " '%.40s'", str_data(o));
    buf_putc(out, '\n');
  }
}

void objreg_free(ObjRegistry *r) {
  free(r->slots);
  r->slots = NULL;
  r->cap = r->used = r->filled = 0;
}
