// reduce.c — object.__reduce_ex__, object.__reduce__ and object.__getstate__
// as CPython 3.11's typeobject.c defines them: what copy.copy/deepcopy
// (core/lib/copy.py) take an object apart with. Taking the state of an
// instance materializes its __dict__, as in CPython (a visible memory
// effect: sys.getsizeof and the gc see the new dict).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "module.h"
#include "reduce.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

static Object *copyreg_attr(Vm *vm, const char *name) {
  Object *m = import_module_cstr(vm, "copyreg");
  if (!m) return NULL;
  Object *a = obj_getattr_cstr(vm, m, name);
  decref(vm, m);
  return a;
}

static ssize slot_count(Vm *vm, Object *slotnames) {
  UNUSED(vm);
  return slotnames && is_list(slotnames) ? list_size(slotnames) : 0;
}

// Values of the __slots__ attributes that are set: {} when none.
static Object *slot_values(Vm *vm, Object *obj, Object *slotnames) {
  Object *slots = dict_new(vm);
  for (ssize i = 0; slots && i < slot_count(vm, slotnames); i++) {
    Object *name = list_get(slotnames, i);
    Object *v = obj_getattr(vm, obj, name);
    if (!v) {
      if (!err_matches(vm, vm->t.AttributeError)) return clear_ref(vm, &slots), NULL;
      err_clear(vm);
      continue;
    }
    if (dict_set(vm, slots, name, v) < 0) clear_ref(vm, &slots);
    decref(vm, v);
  }
  return slots;
}

// The instance size object_getstate_default allows when the state is
// required: object's header, a dict pointer, a weakref pointer, slots.
static bool has_unpicklable_layout(Object *obj, ssize nslots) {
  TypeObject *t = obj->type;
  ssize size = 16;
  if (t->flags & TPF_WEAKREFABLE) size += 8;
  size += 8 * nslots;
  return t->layout != LAYOUT_OBJECT || t->py_basicsize > size;
}

static Object *getstate_default(Vm *vm, Object *obj, bool required) {
  if (required && obj->type->py_itemsize)
    return err_format(vm, vm->t.TypeError, "cannot pickle %s objects",
                      obj->type->tp_name);
  Object *state;
  if (instance_dict_is_empty(vm, obj)) {
    state = vm_none(vm);
  } else {
    state = instance_get_dict(vm, obj); // materializes it
    if (!state) return NULL;
    incref(vm, state);
  }
  Object *slotnames = NULL;
  Object *fn = copyreg_attr(vm, "_slotnames");
  if (fn) slotnames = obj_call1(vm, fn, AS_OBJ(obj->type));
  xdecref(vm, fn);
  if (!slotnames) return clear_ref(vm, &state), NULL;
  if (required && has_unpicklable_layout(obj, slot_count(vm, slotnames))) {
    decref(vm, slotnames);
    decref(vm, state);
    return err_format(vm, vm->t.TypeError, "cannot pickle '%s' object",
                      obj->type->tp_name);
  }
  if (slot_count(vm, slotnames) > 0) {
    Object *slots = slot_values(vm, obj, slotnames);
    if (!slots) clear_ref(vm, &state);
    else if (dict_size(slots) > 0) {
      Object *pair = tuple_pack(vm, 2, state, slots);
      decref(vm, state);
      state = pair;
    }
    xdecref(vm, slots);
  }
  decref(vm, slotnames);
  return state;
}

// object.__getstate__()
static Object *object_getstate(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "object.__getstate__", args, nargs, kw, "N") < 0) return NULL;
  return getstate_default(vm, self, false);
}

static const MethodDef object_reduce_methods[] = {
    {"__getstate__", object_getstate, 0, NULL}, {NULL, NULL, 0, NULL}};

// Is [m] object.__getstate__ bound to an object (no override)?
static bool is_default_getstate(Vm *vm, Object *m) {
  return m->type == vm->t.builtin &&
         ((BuiltinObject *)m)->def == &object_reduce_methods[0];
}

// _PyObject_GetState: obj.__getstate__(), the default one without a call.
static Object *get_state(Vm *vm, Object *obj, bool required) {
  Object *m = obj_getattr_cstr(vm, obj, "__getstate__");
  if (!m) return NULL;
  Object *state = is_default_getstate(vm, m) ? getstate_default(vm, obj, required)
                                             : obj_call0(vm, m);
  decref(vm, m);
  return state;
}

// __getnewargs__() if the type has one (int, str, tuple... subclasses).
static Object *get_new_args(Vm *vm, Object *obj) {
  Object *m = obj_getattr_cstr(vm, obj, "__getnewargs__");
  if (!m) {
    if (!err_matches(vm, vm->t.AttributeError)) return NULL;
    err_clear(vm);
    return vm_none(vm);
  }
  Object *args = obj_call0(vm, m);
  decref(vm, m);
  if (args && !is_tuple(args)) {
    err_format(vm, vm->t.TypeError, "__getnewargs__ should return a tuple, not '%s'",
               args->type->tp_name);
    clear_ref(vm, &args);
  }
  return args;
}

static Object *items_iter(Vm *vm, Object *obj, bool dict_items) {
  if (!dict_items) return obj_get_iter(vm, obj);
  Object *name = str_from_cstr(vm, "items");
  Object *items = name ? call_method0(vm, obj, name) : NULL;
  xdecref(vm, name);
  if (!items) return NULL;
  Object *it = obj_get_iter(vm, items);
  decref(vm, items);
  return it;
}

// reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems,
// dictitems).
static Object *reduce_newobj(Vm *vm, Object *obj) {
  if (!obj->type->tp_new)
    return err_format(vm, vm->t.TypeError, "cannot pickle '%s' object",
                      obj->type->tp_name);
  Object *args = get_new_args(vm, obj);
  if (!args) return NULL;
  bool has_args = args != vm->none;
  ssize n = has_args ? tuple_size(args) : 0;
  Object *newargs = tuple_new(vm, n + 1);
  Object *newobj = copyreg_attr(vm, "__newobj__");
  Object *state = NULL, *list_items = NULL, *dict_items = NULL, *r = NULL;
  if (!newargs || !newobj) goto done;
  tuple_init_item(vm, newargs, 0, newref(vm, AS_OBJ(obj->type)));
  for (ssize i = 0; i < n; i++) tuple_init_item(vm, newargs, i + 1, newref(vm, tuple_get(args, i)));
  bool is_l = obj_is_instance_of(obj, vm->t.list);
  bool is_d = obj_is_instance_of(obj, vm->t.dict);
  state = get_state(vm, obj, !has_args && !is_l && !is_d);
  if (!state) goto done;
  list_items = is_l ? items_iter(vm, obj, false) : vm_none(vm);
  dict_items = list_items && is_d ? items_iter(vm, obj, true) : vm_none(vm);
  if (list_items && dict_items)
    r = tuple_pack(vm, 5, newobj, newargs, state, list_items, dict_items);
done:;
  Object *refs[] = {args, newargs, newobj, state, list_items, dict_items};
  for (size_t i = 0; i < COUNT_OF(refs); i++) xdecref(vm, refs[i]);
  return r;
}

Object *reduce_get_state(Vm *vm, Object *obj) {
  return get_state(vm, obj, false);
}

// object.__reduce_ex__(protocol) and object.__reduce__(): protocols 0 and 1
// go through copyreg._reduce_ex as in CPython.
Object *copyreg_reduce(Vm *vm, Object *self, int protocol) {
  if (protocol >= 2) return reduce_newobj(vm, self);
  Object *fn = copyreg_attr(vm, "_reduce_ex");
  if (!fn) return NULL;
  Object *p = int_from_i64(vm, protocol);
  Object *r = p ? obj_call2(vm, fn, self, p) : NULL;
  xdecref(vm, p);
  decref(vm, fn);
  return r;
}

// Does type(self).__reduce__ differ from object.__reduce__?
static int overrides_reduce(Vm *vm, Object *self) {
  Object *objreduce = dict_get_str(vm, vm->t.object->dict, vm->str.reduce);
  Object *clsreduce = obj_getattr(vm, AS_OBJ(self->type), vm->str.reduce);
  if (!clsreduce) return -1;
  int r = clsreduce != objreduce;
  decref(vm, clsreduce);
  return r;
}

Object *reduce_object_ex(Vm *vm, Object *self, int protocol) {
  Object *reduce = obj_lookup_attr(vm, self, vm->str.reduce);
  if (!reduce && err_occurred(vm)) return NULL;
  if (reduce) {
    int override = overrides_reduce(vm, self);
    Object *r = override > 0 ? obj_call0(vm, reduce) : NULL;
    decref(vm, reduce);
    if (override != 0) return r;
  }
  return copyreg_reduce(vm, self, protocol);
}

void reduce_methods_init(Vm *vm) {
  type_add_methods(vm, vm->t.object, object_reduce_methods);
}
