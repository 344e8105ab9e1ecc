// weakref.c — weak references and proxies (CPython's weakrefobject.c): the
// per-VM table from an object to its list of weakrefs (basic ref and proxy
// first, then refs with callbacks, newest first — the order callbacks run
// in), clearing on death, and the ref/proxy types. See weakref.h.
#include "weakref.h"

#include "abstract.h"
#include "errors.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <stdlib.h>

static WeakrefObject *W(Object *o) { return (WeakrefObject *)o; }

// ---- The table: object -> first weakref ----------------------------------------------

typedef struct WeakSlot {
  Object *key;         // NULL: empty; (Object *)1: deleted
  WeakrefObject *head;
} WeakSlot;

struct WeakTable {
  WeakSlot *slots;
  size_t cap, used, filled;
};

#define DELETED ((Object *)1)

WeakTable *weaktable_new(void) { return calloc(1, sizeof(WeakTable)); }

void weaktable_free(WeakTable *t) {
  if (!t) return;
  free(t->slots);
  free(t);
}

static size_t hash_ptr(const void *p) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 17;
  x *= 0x9E3779B97F4A7C15ull;
  return (size_t)(x ^ (x >> 29));
}

static WeakSlot *find(WeakTable *t, Object *key, bool for_insert) {
  if (!t->cap) return NULL;
  size_t mask = t->cap - 1, i = hash_ptr(key) & mask;
  WeakSlot *tomb = NULL;
  for (;;) {
    WeakSlot *s = &t->slots[i];
    if (s->key == key) return s;
    if (!s->key) return for_insert ? (tomb ? tomb : s) : NULL;
    if (s->key == DELETED && !tomb) tomb = s;
    i = (i + 1) & mask;
  }
}

static int grow(WeakTable *t) {
  size_t cap = t->cap ? t->cap * 2 : 16;
  WeakSlot *old = t->slots;
  size_t oldcap = t->cap;
  t->slots = calloc(cap, sizeof(WeakSlot));
  if (!t->slots) {
    t->slots = old;
    return -1;
  }
  t->cap = cap;
  t->used = t->filled = 0;
  for (size_t i = 0; i < oldcap; i++) {
    if (!old[i].key || old[i].key == DELETED) continue;
    WeakSlot *s = find(t, old[i].key, true);
    *s = old[i];
    t->used++;
    t->filled++;
  }
  free(old);
  return 0;
}

static WeakrefObject **list_head(Vm *vm, Object *target, bool create) {
  WeakTable *t = vm->weakrefs;
  if (create && (t->filled + 1) * 2 > t->cap && grow(t) < 0) return NULL;
  WeakSlot *s = find(t, target, create);
  if (!s) return NULL;
  if (s->key != target) {
    if (!create) return NULL;
    if (!s->key) t->filled++;
    s->key = target;
    s->head = NULL;
    t->used++;
  }
  return &s->head;
}

static void forget_target(Vm *vm, Object *target) {
  WeakSlot *s = find(vm->weakrefs, target, false);
  if (s) {
    s->key = DELETED;
    s->head = NULL;
    vm->weakrefs->used--;
  }
  target->oflags &= ~(uint32_t)OF_HAS_WEAKREFS;
}

// ---- Creating and clearing ---------------------------------------------------------------

bool type_supports_weakrefs(TypeObject *t) {
  return (t->flags & TPF_WEAKREFABLE) != 0;
}

static bool is_basic(Vm *vm, WeakrefObject *r) {
  return !r->callback && AS_OBJ(r)->type == vm->t.weakref;
}

static bool is_basic_proxy(Vm *vm, WeakrefObject *r) {
  return !r->callback && (AS_OBJ(r)->type == vm->t.weakproxy ||
                          AS_OBJ(r)->type == vm->t.weakcallableproxy);
}

static void insert_after(WeakrefObject *r, WeakrefObject *prev,
                         WeakrefObject **head) {
  if (!prev) {
    r->prev = NULL;
    r->next = *head;
    if (*head) (*head)->prev = r;
    *head = r;
    return;
  }
  r->prev = prev;
  r->next = prev->next;
  if (prev->next) prev->next->prev = r;
  prev->next = r;
}

Object *weakref_new(Vm *vm, TypeObject *type, Object *target, Object *callback) {
  if (callback == vm->none) callback = NULL;
  if (!type_supports_weakrefs(target->type))
    return err_format(vm, vm->t.TypeError,
                      "cannot create weak reference to '%s' object",
                      target->type->tp_name);
  WeakrefObject **head = list_head(vm, target, true);
  if (!head) return err_no_memory(vm);
  bool proxy = type == vm->t.weakproxy || type == vm->t.weakcallableproxy;
  WeakrefObject *basic = NULL, *basic_proxy = NULL;
  for (WeakrefObject *r = *head; r; r = r->next) {
    if (is_basic(vm, r)) basic = r;
    else if (is_basic_proxy(vm, r)) basic_proxy = r;
  }
  if (!callback && !proxy && type == vm->t.weakref && basic)
    return newref(vm, AS_OBJ(basic));
  if (!callback && proxy && basic_proxy) return newref(vm, AS_OBJ(basic_proxy));
  WeakrefObject *r = (WeakrefObject *)obj_alloc(vm, type, sizeof(WeakrefObject));
  if (!r) return NULL;
  r->target = target;
  r->callback = xnewref(vm, callback);
  r->hash = -1;
  head = list_head(vm, target, true); // the table may have moved
  if (!callback && !proxy) insert_after(r, NULL, head);
  else if (!callback) insert_after(r, basic, head);
  else insert_after(r, basic_proxy ? basic_proxy : basic, head);
  target->oflags |= OF_HAS_WEAKREFS;
  gc_track(vm, AS_OBJ(r));
  if (TRACE_ABOUT(vm, AS_OBJ(r)))
    trace_emit(vm, EV_WEAKREF_NEW, 0, 0, AS_OBJ(r)->serial, trace_obj(vm, target),
               callback ? trace_obj(vm, callback) : 0);
  return AS_OBJ(r);
}

Object *weakref_first_of(Vm *vm, Object *target) {
  if (!(target->oflags & OF_HAS_WEAKREFS)) return NULL;
  WeakrefObject **head = list_head(vm, target, false);
  return head && *head ? AS_OBJ(*head) : NULL;
}

Object *weakref_callback(Object *wr) { return ((WeakrefObject *)wr)->callback; }

void weakref_clear_ref(Vm *vm, Object *o) {
  WeakrefObject *r = (WeakrefObject *)o;
  Object *target = r->target;
  if (!target) return;
  WeakrefObject **head = list_head(vm, target, false);
  if (r->prev) r->prev->next = r->next;
  else if (head) *head = r->next;
  if (r->next) r->next->prev = r->prev;
  r->next = r->prev = NULL;
  r->target = NULL;
  if (head && !*head) forget_target(vm, target);
  if (TRACE_ABOUT(vm, o)) trace_emit(vm, EV_WEAKREF_CLEAR, 0, 0, o->serial, 0, 0);
}

ssize weakref_count(Vm *vm, Object *target) {
  ssize n = 0;
  for (Object *w = weakref_first_of(vm, target); w;
       w = AS_OBJ(((WeakrefObject *)w)->next))
    n++;
  return n;
}

// Calls [cb]([wr]) for a dead weakref; an exception is unraisable.
static void call_callback(Vm *vm, Object *wr, Object *cb) {
  if (vm->torn_down) return; // no Python code in vm_teardown (gc.c)
  if (TRACE_ABOUT(vm, wr))
    trace_emit(vm, EV_WEAKREF_CALLBACK, 0, 0, wr->serial, 0, 0);
  Object *r = obj_call1(vm, cb, wr);
  if (!r) err_write_unraisable(vm, cb);
  else decref(vm, r);
}

// Takes the callback out of [wr] (a new reference, or NULL) and clears it.
static Object *take_callback_and_clear(Vm *vm, Object *wr) {
  Object *cb = W(wr)->callback;
  W(wr)->callback = NULL;
  if (cb) trace_ref_set(vm, wr, "__callback__", NULL);
  weakref_clear_ref(vm, wr);
  return cb;
}

// With several callbacks, they are saved in a tuple (weakref, callback, ...)
// first, so every weakref is dead before the first callback runs.
static void clear_and_call_many(Vm *vm, Object *target, ssize count) {
  Object *pairs = tuple_new(vm, count * 2);
  if (!pairs) return;
  for (ssize i = 0; i < count; i++) {
    Object *wr = weakref_first_of(vm, target);
    bool alive = wr->refcnt > 0;
    Object *cb = take_callback_and_clear(vm, wr);
    if (alive && cb) {
      tuple_init_item(vm, pairs, i * 2, newref(vm, wr));
      tuple_init_item(vm, pairs, i * 2 + 1, cb);
    } else {
      xdecref(vm, cb);
    }
  }
  for (ssize i = 0; i < count; i++) {
    Object *cb = tuple_items(pairs)[i * 2 + 1];
    if (cb) call_callback(vm, tuple_items(pairs)[i * 2], cb);
  }
  decref(vm, pairs); // slots left NULL are skipped by the tuple's dealloc
}

// PyObject_ClearWeakRefs: the callback-less basic ref and proxy (at the head
// of the list) are cleared first; then all others are cleared and their
// callbacks called, in list order, with the dead weakrefs.
void weakref_clear_all(Vm *vm, Object *target) {
  for (int i = 0; i < 2; i++) {
    Object *first = weakref_first_of(vm, target);
    if (first && !W(first)->callback) weakref_clear_ref(vm, first);
  }
  ssize count = weakref_count(vm, target);
  if (count == 0) return;
  Object *saved = err_fetch(vm);
  if (count == 1) {
    Object *wr = weakref_first_of(vm, target);
    bool alive = wr->refcnt > 0;
    Object *cb = take_callback_and_clear(vm, wr);
    if (cb && alive) call_callback(vm, wr, cb);
    xdecref(vm, cb);
  } else {
    clear_and_call_many(vm, target, count);
  }
  err_restore(vm, saved);
}

// ---- The weakref type ---------------------------------------------------------------------

static Object *weakref_call(Vm *vm, Object *o, Object *const *args,
                            size_t nargs, Object *kw) {
  if (nargs || (kw && tuple_size(kw))) {
    err_set(vm, vm->t.TypeError, "weakref() takes no arguments");
    return NULL;
  }
  UNUSED(args);
  Object *t = W(o)->target;
  return newref(vm, t ? t : vm->none);
}

static int64_t weakref_hash(Vm *vm, Object *o) {
  WeakrefObject *r = W(o);
  if (r->hash != -1) return r->hash;
  if (!r->target) {
    err_set(vm, vm->t.TypeError, "weak object has gone away");
    return -1;
  }
  r->hash = obj_hash(vm, r->target);
  return r->hash;
}

static Object *weakref_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || b->type->layout != LAYOUT_WEAKREF)
    return vm_notimpl(vm);
  Object *x = W(a)->target, *y = W(b)->target;
  if (!x || !y) {
    bool same = a == b;
    return vm_bool(vm, op == CMP_EQ ? same : !same);
  }
  return obj_richcompare(vm, x, y, op);
}

static Object *weakref_repr(Vm *vm, Object *o) {
  Object *t = W(o)->target;
  if (!t) return str_from_format(vm, "<weakref at %p; dead>", (void *)o);
  return str_from_format(vm, "<weakref at %p; to '%s' at %p>", (void *)o,
                         t->type->tp_name, (void *)t);
}

static int weakref_traverse(Object *o, VisitFn visit, void *arg) {
  Object *cb = W(o)->callback;
  return cb ? visit(cb, arg) : 0;
}

static void weakref_gc_clear(Vm *vm, Object *o) {
  weakref_clear_ref(vm, o);
  trace_clear_ref(vm, o, &W(o)->callback, "__callback__");
}

static void weakref_dealloc(Vm *vm, Object *o) {
  weakref_clear_ref(vm, o);
  trace_clear_ref(vm, o, &W(o)->callback, "__callback__");
  obj_free_memory(vm, o);
}

static Object *weakref_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                              size_t nargs, Object *kw) {
  if (kw && tuple_size(kw)) {
    err_set(vm, vm->t.TypeError, "ref() takes no keyword arguments");
    return NULL;
  }
  if (nargs < 1 || nargs > 2)
    return err_format(vm, vm->t.TypeError,
                      nargs < 1 ? "__new__ expected at least 1 argument, got %zd"
                                : "__new__ expected at most 2 arguments, got %zd",
                      (ssize)nargs);
  return weakref_new(vm, type, args[0], nargs > 1 ? args[1] : NULL);
}

static int weakref_tp_init(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  UNUSED(vm);
  UNUSED(self);
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kw);
  return 0;
}

static Object *weakref_get_callback(Vm *vm, Object *o) {
  Object *cb = W(o)->callback;
  return newref(vm, cb ? cb : vm->none);
}

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL}, {NULL, NULL, NULL}};

// ---- Proxies ------------------------------------------------------------------------------

static Object *proxy_target(Vm *vm, Object *o) {
  Object *t = W(o)->target;
  if (!t) err_set(vm, vm->t.ReferenceError, "weakly-referenced object no longer exists");
  return t;
}

static Object *proxy_getattro(Vm *vm, Object *o, Object *name) {
  Object *t = proxy_target(vm, o);
  return t ? obj_getattr(vm, t, name) : NULL;
}

static int proxy_setattro(Vm *vm, Object *o, Object *name, Object *v) {
  Object *t = proxy_target(vm, o);
  return t ? obj_setattr(vm, t, name, v) : -1;
}

static Object *proxy_str(Vm *vm, Object *o) {
  Object *t = proxy_target(vm, o);
  return t ? obj_str(vm, t) : NULL;
}

static Object *proxy_repr(Vm *vm, Object *o) {
  Object *t = W(o)->target;
  return str_from_format(vm, "<weakproxy at %p; to '%s' at %p>", (void *)o,
                         t ? t->type->tp_name : "NoneType", (void *)t);
}

static Object *proxy_call(Vm *vm, Object *o, Object *const *args, size_t nargs,
                          Object *kw) {
  Object *t = proxy_target(vm, o);
  return t ? obj_call(vm, t, args, nargs, kw) : NULL;
}

static ssize proxy_len(Vm *vm, Object *o) {
  Object *t = proxy_target(vm, o);
  return t ? obj_len(vm, t) : -1;
}

static Object *proxy_getitem(Vm *vm, Object *o, Object *k) {
  Object *t = proxy_target(vm, o);
  return t ? obj_getitem(vm, t, k) : NULL;
}

static int proxy_bool(Vm *vm, Object *o) {
  Object *t = proxy_target(vm, o);
  return t ? obj_is_true(vm, t) : -1;
}

static Object *proxy_richcompare(Vm *vm, Object *a, Object *b, int op) {
  Object *x = proxy_target(vm, a);
  if (!x) return NULL;
  if (b->type->layout == LAYOUT_WEAKPROXY) {
    b = proxy_target(vm, b);
    if (!b) return NULL;
  }
  return obj_richcompare(vm, x, b, op);
}

void weakref_types_init(Vm *vm) {
  TypeObject *t = vm->t.weakref;
  t->py_basicsize = 64;
  t->flags |= TPF_HAVE_GC;
  t->call = weakref_call;
  t->hash = weakref_hash;
  t->richcompare = weakref_richcompare;
  t->repr = weakref_repr;
  t->traverse = weakref_traverse;
  t->clear = weakref_gc_clear;
  t->dealloc = weakref_dealloc;
  t->tp_new = weakref_tp_new;
  t->tp_init = weakref_tp_init;
  type_add_getsets(vm, t, weakref_getsets);
  TypeObject *proxies[] = {vm->t.weakproxy, vm->t.weakcallableproxy};
  for (int i = 0; i < 2; i++) {
    t = proxies[i];
    t->py_basicsize = 64;
    t->flags |= TPF_HAVE_GC;
    t->flags &= ~(uint32_t)TPF_BASETYPE;
    t->getattro = proxy_getattro;
    t->setattro = proxy_setattro;
    t->str = proxy_str;
    t->repr = proxy_repr;
    t->len = proxy_len;
    t->getitem = proxy_getitem;
    t->nb_bool = proxy_bool;
    t->richcompare = proxy_richcompare;
    t->traverse = weakref_traverse;
    t->clear = weakref_gc_clear;
    t->dealloc = weakref_dealloc;
  }
  vm->t.weakcallableproxy->call = proxy_call;
}
