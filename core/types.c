// types.c — start-up of one VM's object world: the built-in type objects
// (from builtin_types.h), their slots and methods (each type's *_type_init),
// and the singletons: None, NotImplemented, Ellipsis, True/False, the small
// ints -5..256, the empty tuple/str/bytes/frozenset, the interned names, and
// a preallocated MemoryError.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "eval.h"
#include "errors.h"
#include "exc.h"
#include "func.h"
#include "genericalias.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "module.h"
#include "range.h"
#include "reduce.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

#include <stdio.h>
#include <stdlib.h>

void list_type_init(Vm *vm);
void dict_type_init(Vm *vm);
void dictview_types_init(Vm *vm);
void frame_type_init(Vm *vm);
void complex_type_init(Vm *vm);
void dir_methods_init(Vm *vm);    // dir.c
int64_t hash_pointer(const void *p);

// ---- None, NotImplemented, Ellipsis ------------------------------------------------------

static Object *none_repr(Vm *vm, Object *o) {
  UNUSED(o);
  return str_intern_cstr(vm, "None");
}
static Object *notimpl_repr(Vm *vm, Object *o) {
  UNUSED(o);
  return str_intern_cstr(vm, "NotImplemented");
}
static Object *ellipsis_repr(Vm *vm, Object *o) {
  UNUSED(o);
  return str_intern_cstr(vm, "Ellipsis");
}
static int none_bool(Vm *vm, Object *o) {
  UNUSED(vm);
  UNUSED(o);
  return 0;
}
static int64_t singleton_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  return hash_pointer(o);
}

static Object *singleton_new(Vm *vm, TypeObject *type, Object *const *args,
                             size_t nargs, Object *kwnames) {
  UNUSED(args);
  if (nargs || (kwnames && tuple_size(kwnames)))
    return err_format(vm, vm->t.TypeError, "%s takes no arguments",
                      type->tp_name);
  Object *o = type == vm->t.none ? vm->none
              : type == vm->t.notimpl ? vm->notimpl : vm->ellipsis;
  return newref(vm, o);
}

static void singleton_types_init(Vm *vm) {
  TypeObject *ts[] = {vm->t.none, vm->t.notimpl, vm->t.ellipsis};
  UnaryFn reprs[] = {none_repr, notimpl_repr, ellipsis_repr};
  for (int i = 0; i < 3; i++) {
    ts[i]->repr = reprs[i];
    ts[i]->hash = singleton_hash;
    ts[i]->tp_new = singleton_new;
    ts[i]->flags &= ~(uint32_t)TPF_BASETYPE;
    ts[i]->py_basicsize = 16;
  }
  vm->t.none->nb_bool = none_bool;
}

// ---- Creating the type objects -----------------------------------------------------------

static size_t layout_alloc_size(Layout l) {
  switch (l) {
  case LAYOUT_OBJECT: return sizeof(Object);
  case LAYOUT_INT: return sizeof(IntObject);
  case LAYOUT_FLOAT: return sizeof(FloatObject);
  case LAYOUT_LIST: return sizeof(ListObject);
  case LAYOUT_DICT: return sizeof(DictObject);
  case LAYOUT_SET:
  case LAYOUT_FROZENSET: return sizeof(SetObject);
  case LAYOUT_EXCEPTION: return sizeof(ExceptionObject);
  case LAYOUT_MODULE: return sizeof(ModuleObject);
  case LAYOUT_PROPERTY: return sizeof(PropertyObject);
  case LAYOUT_STATICMETHOD:
  case LAYOUT_CLASSMETHOD: return sizeof(WrapObject);
  case LAYOUT_WEAKREF:
  case LAYOUT_WEAKPROXY: return sizeof(WeakrefObject);
  case LAYOUT_ALIAS: return sizeof(AliasObject);
  default: return 0;
  }
}

// Layouts whose instances CPython 3.11 allocates with a GC head (set before
// any type gets its methods, since descriptors are GC objects).
static bool layout_is_gc(Layout l) {
  switch (l) {
  case LAYOUT_OBJECT: case LAYOUT_NONE: case LAYOUT_NOTIMPL:
  case LAYOUT_ELLIPSIS: case LAYOUT_INT: case LAYOUT_FLOAT:
  case LAYOUT_COMPLEX: case LAYOUT_STR: case LAYOUT_BYTES: case LAYOUT_RANGE:
  case LAYOUT_CODE:
    return false;
  default:
    return true;
  }
}

static TypeObject *make_type(Vm *vm, const char *name, Layout layout,
                             TypeObject *base) {
  TypeObject *t = type_new_static(vm, name, layout, base, layout_alloc_size(layout));
  if (t && layout_is_gc(layout)) t->flags |= TPF_HAVE_GC;
  return t;
}

static int create_types(Vm *vm) {
  BuiltinTypes *t = &vm->t;
  t->type = make_type(vm, "type", LAYOUT_TYPE, NULL);
  if (!t->type) return -1;
  t->type->ob.type = t->type;
  t->object = make_type(vm, "object", LAYOUT_OBJECT, NULL);
  if (!t->object) return -1;
  t->object->ob.type = t->type;
  t->type->base = t->object;
#define MAKE_BT(c, py, layout)                                                 \
  if (!t->c) {                                                                 \
    t->c = make_type(vm, py, LAYOUT_##layout, t->object);                      \
    if (!t->c) return -1;                                                      \
  }
  BUILTIN_TYPES(MAKE_BT)
#undef MAKE_BT
  t->bool_->base = t->int_;
#define MAKE_EXC(name, base)                                                   \
  t->name = make_type(vm, #name, LAYOUT_EXCEPTION, t->base);                   \
  if (!t->name) return -1;
  EXCEPTION_TYPES(MAKE_EXC)
#undef MAKE_EXC
  return 0;
}

static void for_each_type(Vm *vm, void (*fn)(Vm *, TypeObject *)) {
#define EACH_BT(c, py, layout) fn(vm, vm->t.c);
  BUILTIN_TYPES(EACH_BT)
#undef EACH_BT
#define EACH_EXC(name, base) fn(vm, vm->t.name);
  EXCEPTION_TYPES(EACH_EXC)
#undef EACH_EXC
}

static void give_dict(Vm *vm, TypeObject *t) {
  if (!t->dict) t->dict = dict_new(vm);
}

static void ready(Vm *vm, TypeObject *t) { type_ready(vm, t); }

// ---- Singletons ---------------------------------------------------------------------------

static Object *immortal(Object *o) {
  if (o) {
    o->oflags |= OF_IMMORTAL;
    o->refcnt += 1000000000;
  }
  return o;
}

static Object *plain_object(Vm *vm, TypeObject *t) {
  Object *o = alloc_bytes(&vm->alloc, sizeof(Object));
  if (!o) return NULL;
  o->refcnt = 1;
  o->type = t;
  o->serial = ++vm->next_serial;
  return o;
}

static int make_singletons(Vm *vm) {
  vm->none = immortal(plain_object(vm, vm->t.none));
  vm->notimpl = immortal(plain_object(vm, vm->t.notimpl));
  vm->ellipsis = immortal(plain_object(vm, vm->t.ellipsis));
  if (!vm->none || !vm->notimpl || !vm->ellipsis) return -1;
  // The interned-strings table must exist before any name is interned.
  vm->interned = dict_new(vm);
  if (!vm->interned) return -1;
  for (int v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
    IntObject *i = (IntObject *)obj_alloc(vm, vm->t.int_, sizeof(IntObject));
    if (!i) return -1;
    i->v = v;
    vm->small_ints[v - SMALL_INT_MIN] = immortal(AS_OBJ(i));
  }
  IntObject *f = (IntObject *)obj_alloc(vm, vm->t.bool_, sizeof(IntObject));
  IntObject *t = (IntObject *)obj_alloc(vm, vm->t.bool_, sizeof(IntObject));
  if (!f || !t) return -1;
  f->v = 0;
  t->v = 1;
  vm->false_ = immortal(AS_OBJ(f));
  vm->true_ = immortal(AS_OBJ(t));
  vm->empty_tuple = immortal(tuple_new(vm, 0));
  if (vm->empty_tuple) gc_untrack(vm, vm->empty_tuple);
  vm->empty_str = immortal(str_new_subtype(vm, vm->t.str, "", 0));
  vm->empty_bytes = immortal(bytes_new(vm, "", 0));
  return vm->empty_tuple && vm->empty_str && vm->empty_bytes ? 0 : -1;
}

static int intern_names(Vm *vm) {
#define INTERN(member, text)                                                   \
  if (!(vm->str.member = str_intern_cstr(vm, text))) return -1;
  INTERNED_NAMES(INTERN)
#undef INTERN
  static const char *const stems[NB_COUNT] = {
#define STEM(name, stem, sym) stem,
      NB_OPS(STEM)
#undef STEM
  };
  for (int i = 0; i < NB_COUNT; i++) {
    static const char *const forms[3] = {"__%s__", "__r%s__", "__i%s__"};
    for (int k = 0; k < 3; k++) {
      char buf[32];
      snprintf(buf, sizeof buf, forms[k], stems[i]);
      if (!(vm->nb_names[i][k] = str_intern_cstr(vm, buf))) return -1;
    }
  }
  return 0;
}

// ---- Everything, in dependency order ---------------------------------------------------------

int types_init(Vm *vm) {
  if (create_types(vm) < 0) return -1;
  // Slots that allocation and dicts need come first.
  dict_type_init(vm);
  str_type_init(vm);
  tuple_type_init(vm);
  int_type_init(vm);
  if (make_singletons(vm) < 0) return -1;
  for_each_type(vm, give_dict);
  if (intern_names(vm) < 0) return -1;
  // Methods go into the dicts; then every type is made ready.
  dict_type_init(vm);
  str_type_init(vm);
  tuple_type_init(vm);
  int_type_init(vm);
  object_type_init(vm);
  type_type_init(vm);
  singleton_types_init(vm);
  float_type_init(vm);
  complex_type_init(vm);
  bytes_type_init(vm);
  list_type_init(vm);
  set_type_init(vm);
  range_type_init(vm);
  slice_type_init(vm);
  func_types_init(vm);
  descr_types_init(vm);
  super_type_init(vm);
  module_type_init(vm);
  exc_types_init(vm);
  traceback_type_init(vm);
  frame_type_init(vm);
  gen_type_init(vm);
  iter_types_init(vm);
  dictview_types_init(vm);
  weakref_types_init(vm);
  alias_types_init(vm);
  reduce_methods_init(vm);
  dir_methods_init(vm);
  if (vm->exc) return -1;
  ready(vm, vm->t.object);
  ready(vm, vm->t.type);
  for_each_type(vm, ready);
  for (int i = 0; i < vm->n_static_types && !vm->exc; i++)
    type_add_subclass_refs(vm, vm->static_types[i]);
  vm->empty_frozenset = immortal(set_new(vm, vm->t.frozenset, NULL));
  if (!vm->exc) exc_memerr_init(vm);
  return vm->exc || !vm->memory_error || !vm->empty_frozenset ? -1 : 0;
}

// ---- Teardown ----------------------------------------------------------------------------------

// Lets an immortal object die (teardown only).
static void release_immortal(Vm *vm, Object **slot) {
  Object *o = *slot;
  if (!o) return;
  *slot = NULL;
  o->oflags &= ~(uint32_t)OF_IMMORTAL;
  o->refcnt = 1;
  decref(vm, o);
}

// Frees the objects the runtime made at start-up, so that a run that
// leaked nothing ends with no object allocated (vm->live_objects == 0).
void types_teardown(Vm *vm) {
  for (int i = 0; i < vm->n_static_types; i++)
    type_static_teardown(vm, vm->static_types[i]);
#define DROP_NAME(member, text) clear_ref(vm, &vm->str.member);
  INTERNED_NAMES(DROP_NAME)
#undef DROP_NAME
  for (int i = 0; i < NB_COUNT; i++)
    for (int k = 0; k < 3; k++) clear_ref(vm, &vm->nb_names[i][k]);
  clear_ref(vm, &vm->interned);
  for (int i = 0; i < 256; i++) {
    release_immortal(vm, &vm->latin1[i]);
    release_immortal(vm, &vm->one_byte[i]);
  }
  for (int i = 0; i < SMALL_INT_MAX - SMALL_INT_MIN + 1; i++)
    release_immortal(vm, &vm->small_ints[i]);
  Object **singles[] = {&vm->false_, &vm->true_, &vm->empty_tuple,
                        &vm->empty_str, &vm->empty_bytes, &vm->empty_frozenset};
  for (size_t i = 0; i < COUNT_OF(singles); i++) release_immortal(vm, singles[i]);
  free(vm->static_types);
  vm->static_types = NULL;
  vm->n_static_types = 0;
}
