// trace_slots.c — the pointers of an object that the page draws, read from
// the VM's own structures: list and tuple items, dict entries, set members,
// instance attributes and named references (cells, bound methods, function
// defaults and closures, exception links, tracebacks, weakrefs). The trace
// announces a pre-existing object with them, and the state dumps print them
// (core/TRACE.md, "Slots").
#include "trace.h"

#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "genericalias.h"
#include "list.h"
#include "module.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

typedef struct SlotWalk {
  Vm *vm;
  Object *o;
  TraceSlotFn fn;
  void *ctx;
} SlotWalk;

static void emit(SlotWalk *w, TraceSlotKind kind, ssize index, Object *key,
                 const char *name, Object *value) {
  TraceSlot s = {kind, index, key, name, name ? strlen(name) : 0, value};
  w->fn(w->vm, w->o, &s, w->ctx);
}

static void ref(SlotWalk *w, const char *name, Object *value) {
  if (value) emit(w, TSLOT_REF, 0, NULL, name, value);
}

static void items(SlotWalk *w, Object *const *v, ssize n) {
  for (ssize i = 0; i < n; i++) emit(w, TSLOT_ITEM, i, NULL, NULL, v[i]);
}

static void dict_entries(SlotWalk *w, Object *d) {
  DictObject *dict = (DictObject *)d;
  if (!dict->has_keys) return;
  for (ssize i = 0; i < dict->nentries; i++) {
    DictEntry *e = &dict->entries[i];
    if (e->key && e->value) emit(w, TSLOT_ENTRY, 0, e->key, NULL, e->value);
  }
}

static void set_members(SlotWalk *w, Object *s) {
  ssize pos = 0;
  Object *key;
  while (set_next(s, &pos, &key)) emit(w, TSLOT_MEMBER, 0, NULL, NULL, key);
}

// Attributes kept inline (3.11's managed dict), in insertion order.
static void inline_attrs(SlotWalk *w, Object *o) {
  ManagedPrefix *mp = obj_managed(o);
  SharedKeys *keys = o->type->cached_keys;
  AttrValues *v = mp->values;
  if (!v || !keys) return;
  for (int i = 0; i < v->norder; i++) {
    int ix = v->order[i];
    Object *name = keys->names[ix];
    if (!v->values[ix]) continue;
    TraceSlot s = {TSLOT_ATTR, 0, NULL, str_data(name), str_size(name),
              v->values[ix]};
    w->fn(w->vm, w->o, &s, w->ctx);
  }
}

// Attributes kept in __slots__ members, named by their classes' member
// names (TypeObject.member_names).
static void slot_members(SlotWalk *w, Object *o) {
  for (TypeObject *t = o->type; t; t = t->base) {
    Object *names = t->member_names;
    for (ssize i = 0; names && i < tuple_size(names); i++) {
      Object *v = *(Object **)((char *)o + t->member_start +
                               (size_t)i * sizeof(Object *));
      Object *name = tuple_get(names, i);
      if (v)
        w->fn(w->vm, o, &(TraceSlot){TSLOT_ATTR, 0, NULL, str_data(name),
                                      str_size(name), v}, w->ctx);
    }
  }
}

Object *trace_member_name(Object *o, size_t offset) {
  for (TypeObject *t = o->type; t; t = t->base) {
    Object *names = t->member_names;
    if (!names || offset < t->member_start) continue;
    size_t i = (offset - t->member_start) / sizeof(Object *);
    if (i < (size_t)tuple_size(names)) return tuple_get(names, (ssize)i);
  }
  return NULL;
}

static void function_refs(SlotWalk *w, FunctionObject *f) {
  ref(w, "__defaults__", f->defaults);
  ref(w, "__kwdefaults__", f->kwdefaults);
  ref(w, "__closure__", f->closure);
  ref(w, "__annotations__", f->annotations);
}

static void exception_refs(SlotWalk *w, ExceptionObject *e) {
  ref(w, "args", e->args);
  ref(w, "__traceback__", e->traceback);
  ref(w, "__context__", e->context);
  ref(w, "__cause__", e->cause);
}

// Layouts whose named references layout_refs lists (possibly none).
static bool listed(Layout l) {
  switch (l) {
  case LAYOUT_CELL: case LAYOUT_METHOD: case LAYOUT_FUNCTION:
  case LAYOUT_EXCEPTION: case LAYOUT_TRACEBACK: case LAYOUT_WEAKREF:
  case LAYOUT_WEAKPROXY: case LAYOUT_SLICE: case LAYOUT_ALIAS:
  case LAYOUT_OBJECT:
  case LAYOUT_NONE: case LAYOUT_NOTIMPL: case LAYOUT_ELLIPSIS: case LAYOUT_INT:
  case LAYOUT_FLOAT: case LAYOUT_COMPLEX: case LAYOUT_STR: case LAYOUT_BYTES:
  case LAYOUT_TUPLE: case LAYOUT_LIST: case LAYOUT_DICT: case LAYOUT_SET:
  case LAYOUT_FROZENSET: case LAYOUT_CODE: case LAYOUT_RANGE:
  case LAYOUT_TYPE: case LAYOUT_MODULE:
    return true;
  default:
    return false;
  }
}

// The named references of [o]'s layout; false if there are some this file
// does not list.
static bool layout_refs(SlotWalk *w, Object *o) {
  switch (o->type->layout) {
  case LAYOUT_CELL: ref(w, "cell_contents", ((CellObject *)o)->ref); break;
  case LAYOUT_METHOD:
    ref(w, "__func__", ((MethodObject *)o)->func);
    ref(w, "__self__", ((MethodObject *)o)->self);
    break;
  case LAYOUT_FUNCTION: function_refs(w, (FunctionObject *)o); break;
  case LAYOUT_EXCEPTION: exception_refs(w, (ExceptionObject *)o); break;
  case LAYOUT_TRACEBACK:
    ref(w, "tb_frame", AS_OBJ(((TracebackObject *)o)->frame));
    ref(w, "tb_next", ((TracebackObject *)o)->next);
    break;
  case LAYOUT_WEAKREF:
  case LAYOUT_WEAKPROXY: {
    WeakrefObject *r = (WeakrefObject *)o;
    if (r->target) emit(w, TSLOT_WEAK, 0, NULL, NULL, r->target);
    ref(w, "__callback__", r->callback);
    break;
  }
  case LAYOUT_ALIAS:
    ref(w, "__origin__", ((AliasObject *)o)->origin);
    ref(w, "__args__", ((AliasObject *)o)->args);
    break;
  case LAYOUT_SLICE:
    ref(w, "start", ((SliceObject *)o)->start);
    ref(w, "stop", ((SliceObject *)o)->stop);
    ref(w, "step", ((SliceObject *)o)->step);
    break;
  default:
    break;
  }
  return listed(o->type->layout);
}

bool trace_slots(Vm *vm, Object *o, TraceSlotFn fn, void *ctx) {
  SlotWalk w = {vm, o, fn, ctx};
  switch (o->type->layout) {
  case LAYOUT_TUPLE: items(&w, tuple_items(o), tuple_size(o)); break;
  case LAYOUT_LIST:
    items(&w, ((ListObject *)o)->items, list_size(o));
    break;
  case LAYOUT_DICT: dict_entries(&w, o); break;
  case LAYOUT_SET:
  case LAYOUT_FROZENSET: set_members(&w, o); break;
  default: break;
  }
  if (o->type->flags & TPF_HEAPTYPE) slot_members(&w, o);
  if (obj_is_type(o)) { // a class (even of a metaclass with a __dict__)
    if (((TypeObject *)o)->flags & TPF_HEAPTYPE)
      ref(&w, "__dict__", ((TypeObject *)o)->dict); // its namespace
  } else if (o->type->flags & TPF_MANAGED_DICT) {
    inline_attrs(&w, o);
    ref(&w, "__dict__", obj_managed(o)->dict);
  } else {
    Object **dp = layout_dict_ptr(vm, o);
    if (dp) ref(&w, "__dict__", *dp);
  }
  return layout_refs(&w, o);
}

// Objects made before the trace began are announced without their slots
// unless the program can have made or reached them as values: constants
// (tuples, frozensets), functions, cells, instances, and the module's own
// namespace. Runtime containers (sys.modules, class and module dicts, lists
// like sys.path) stay opaque: their later changes are still recorded.
bool trace_is_opaque(Vm *vm, Object *o) {
  switch (o->type->layout) {
  case LAYOUT_LIST: case LAYOUT_SET: case LAYOUT_MODULE: case LAYOUT_TYPE:
    return true;
  case LAYOUT_DICT:
    return !vm->main_module || o != module_dict(vm->main_module);
  default:
    return !listed(o->type->layout);
  }
}

bool trace_finalized(Vm *vm, Object *o) {
  if (!obj_is_gc(o) || !(gc_head(o)->flags & GCF_FINALIZED)) return false;
  return type_lookup(o->type, vm->str.del) != NULL;
}
