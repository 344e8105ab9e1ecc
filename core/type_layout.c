// type_layout.c — a new class's instance layout, decided as CPython 3.11's
// type_new_slots and type_new_descriptors decide it: whether it adds a
// __dict__ and a __weakref__, its __slots__ (checked, mangled, sorted) as
// member descriptors, CPython's basic size, and the shared keys of a managed
// __dict__ (sharedkeys.h). Part of class creation (typeobj.c); the class
// dict's order and sys.getsizeof show the result.
#include "type_layout.h"

#include "dict.h"
#include "errors.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "unicode_class.h"
#include "vm.h"

Object *descr_new_member(Vm *vm, TypeObject *owner, Object *name, ssize offset);
extern const GetSetDef instance_dict_getset[], instance_weakref_getset[];

// What type_new_slots decides (type_new_ctx's fields).
typedef struct Plan {
  bool may_add_dict, may_add_weak, add_dict, add_weak;
  Object *slots; // the member names: mangled, sorted (NULL: no __slots__)
} Plan;

// tp_dictoffset != 0: the instances already have a __dict__.
static bool has_dict(const TypeObject *b) {
  return (b->flags & TPF_MANAGED_DICT) || b->layout == LAYOUT_EXCEPTION ||
         b->layout == LAYOUT_FUNCTION || b->layout == LAYOUT_MODULE;
}

static bool has_weakref(const TypeObject *b) {
  return (b->flags & TPF_WEAKREFABLE) != 0;
}

// Layouts whose instances have no room for slot values here (our own str,
// int, tuple and bytes keep their data inline).
static bool no_slot_storage(const TypeObject *b) {
  Layout l = b->layout;
  return l == LAYOUT_INT || l == LAYOUT_TUPLE || l == LAYOUT_STR ||
         l == LAYOUT_BYTES;
}

// valid_identifier.
static int check_slot_name(Vm *vm, Object *n) {
  if (!is_str(n)) {
    err_format(vm, vm->t.TypeError,
               "__slots__ items must be strings, not '%s'", n->type->tp_name);
    return -1;
  }
  if (!unicode_isidentifier(str_data(n), str_size(n))) {
    err_set(vm, vm->t.TypeError, "__slots__ must be identifiers");
    return -1;
  }
  return 0;
}

// type_new_visit_slots: the names are identifiers; __dict__ and __weakref__
// at most once each, and only where the base lacks them.
static int visit_slots(Vm *vm, Plan *p, Object *names) {
  for (ssize i = 0; i < tuple_size(names); i++) {
    Object *n = tuple_get(names, i);
    if (check_slot_name(vm, n) < 0) return -1;
    if (str_eq_cstr(n, "__dict__")) {
      if (!p->may_add_dict || p->add_dict) {
        err_set(vm, vm->t.TypeError,
                "__dict__ slot disallowed: we already got one");
        return -1;
      }
      p->add_dict = true;
    }
    if (str_eq_cstr(n, "__weakref__")) {
      if (!p->may_add_weak || p->add_weak) {
        err_set(vm, vm->t.TypeError,
                "__weakref__ slot disallowed: either we already got one, "
                "or __itemsize__ != 0");
        return -1;
      }
      p->add_weak = true;
    }
  }
  return 0;
}

// _Py_Mangle: "__x" in class "_C" becomes "_C__x" (a new reference).
static Object *mangle(Vm *vm, Object *class_name, Object *n) {
  const char *s = str_data(n), *c = str_data(class_name);
  size_t len = str_size(n);
  bool dunder_end = len >= 2 && s[len - 1] == '_' && s[len - 2] == '_';
  if (len < 2 || s[0] != '_' || s[1] != '_' || dunder_end ||
      memchr(s, '.', len))
    return newref(vm, n);
  while (*c == '_') c++;
  if (!*c) return newref(vm, n);
  return str_from_format(vm, "_%s%s", c, s);
}

// Whether [n] clashes with a class variable (the namespace's __qualname__
// and __classcell__ do not count: they are removed).
static int conflicts(Vm *vm, TypeObject *t, Object *n) {
  if (!dict_get(vm, t->dict, n)) return err_occurred(vm) ? -1 : 0;
  if (str_eq_cstr(n, "__qualname__") || str_eq_cstr(n, "__classcell__"))
    return 0;
  err_format(vm, vm->t.ValueError,
             "%R in __slots__ conflicts with class variable", n);
  return -1;
}

// type_new_copy_slots: the member names, mangled, checked against the
// class variables, sorted.
static Object *copy_slots(Vm *vm, TypeObject *t, Plan *p, Object *names) {
  Object *list = list_new(vm, 0);
  for (ssize i = 0; list && i < tuple_size(names); i++) {
    Object *n = tuple_get(names, i);
    if ((p->add_dict && str_eq_cstr(n, "__dict__")) ||
        (p->add_weak && str_eq_cstr(n, "__weakref__")))
      continue;
    Object *m = mangle(vm, t->name, n);
    int r = m ? list_append(vm, list, m) : -1;
    if (r == 0) r = conflicts(vm, t, m);
    xdecref(vm, m);
    if (r < 0) clear_ref(vm, &list);
  }
  if (!list || list_sort(vm, list, NULL, false) < 0) {
    xdecref(vm, list);
    return NULL;
  }
  Object *tuple = tuple_from_iterable(vm, list);
  decref(vm, list);
  return tuple;
}

// type_new_slots_bases: a secondary base may bring a __dict__ or a
// __weakref__ the slots did not ask for.
static void slots_bases(Plan *p, Object *bases, TypeObject *base) {
  for (ssize i = 0; i < tuple_size(bases); i++) {
    TypeObject *b = (TypeObject *)tuple_get(bases, i);
    if (b == base) continue;
    if (p->may_add_dict && !p->add_dict && has_dict(b)) p->add_dict = true;
    if (p->may_add_weak && !p->add_weak && has_weakref(b)) p->add_weak = true;
  }
}

// type_new_slots: fills [p]; -1 on error.
static int plan_slots(Vm *vm, TypeObject *t, TypeObject *base, Object *bases,
                      Plan *p) {
  p->may_add_dict = !has_dict(base);
  p->may_add_weak = !has_weakref(base) && base->py_itemsize == 0;
  Object *slots = dict_get_str(vm, t->dict, vm->str.slots);
  if (!slots) {
    p->add_dict = p->may_add_dict;
    p->add_weak = p->may_add_weak;
    return 0;
  }
  Object *names = is_str(slots) ? tuple_pack(vm, 1, slots)
                                : tuple_from_iterable(vm, slots);
  if (!names) return -1;
  int r = 0;
  if (tuple_size(names) > 0 && base->py_itemsize != 0) r = -1;
  if (r == 0) r = visit_slots(vm, p, names);
  if (r == 0 && !(p->slots = copy_slots(vm, t, p, names))) r = -1;
  decref(vm, names);
  // (Here a str subclass cannot have members either.)
  if ((r < 0 && !err_occurred(vm)) ||
      (r == 0 && tuple_size(p->slots) > 0 && no_slot_storage(base))) {
    err_format(vm, vm->t.TypeError,
               "nonempty __slots__ not supported for subtype of '%s'",
               base->tp_name);
    r = -1;
  }
  if (r == 0 && tuple_size(bases) > 1) slots_bases(p, bases, base);
  return r;
}

// One member descriptor per slot, in sorted order; a repeated name keeps
// its first descriptor (PyDict_SetDefault) but still takes room.
static int add_members(Vm *vm, TypeObject *t, Object *slots) {
  t->member_start = t->alloc_size;
  set_ref(vm, &t->member_names, newref(vm, slots));
  for (ssize i = 0; i < tuple_size(slots); i++) {
    Object *n = tuple_get(slots, i);
    if (!dict_get(vm, t->dict, n)) {
      Object *d = descr_new_member(vm, t, n, (ssize)t->alloc_size);
      int r = d ? dict_set(vm, t->dict, n, d) : -1;
      xdecref(vm, d);
      if (r < 0) return -1;
    }
    t->alloc_size += sizeof(Object *);
    t->py_basicsize += 8;
  }
  return 0;
}

static int add_getset_once(Vm *vm, TypeObject *t, const GetSetDef *def) {
  Object *name = str_intern_cstr(vm, def->name);
  if (!name) return -1;
  int r = 0;
  if (!dict_get(vm, t->dict, name)) {
    Object *d = descr_new_getset(vm, t, def);
    r = d ? dict_set(vm, t->dict, name, d) : -1;
    xdecref(vm, d);
  }
  decref(vm, name);
  return r;
}

// type_new_descriptors, then type_ready_managed_dict: members, the
// __dict__ and __weakref__ getsets, CPython's basic size (a variable-size
// base keeps the dict pointer in the instance, others in front of it), and
// the shared keys of a managed dict.
static int apply_plan(Vm *vm, TypeObject *t, TypeObject *base, Plan *p) {
  if (p->slots && add_members(vm, t, p->slots) < 0) return -1;
  if (p->add_dict && base->py_itemsize != 0) t->py_basicsize += 8;
  if (p->add_weak) t->py_basicsize += 8;
  if (p->add_dict) t->flags |= TPF_MANAGED_DICT;
  if (p->add_weak) t->flags |= TPF_WEAKREFABLE;
  if (p->add_dict && add_getset_once(vm, t, instance_dict_getset) < 0)
    return -1;
  if (p->add_weak && add_getset_once(vm, t, instance_weakref_getset) < 0)
    return -1;
  if ((t->flags & TPF_MANAGED_DICT) && t->py_itemsize == 0 &&
      !(t->cached_keys = sharedkeys_new(vm))) {
    err_no_memory(vm);
    return -1;
  }
  return 0;
}

int type_layout_setup(Vm *vm, TypeObject *t, TypeObject *base,
                      Object *bases) {
  t->layout = base->layout;
  t->alloc_size = base->alloc_size;
  t->py_basicsize = base->py_basicsize;
  t->py_itemsize = base->py_itemsize;
  t->flags |= base->flags & (TPF_MANAGED_DICT | TPF_WEAKREFABLE);
  Plan p = {0};
  int r = plan_slots(vm, t, base, bases, &p);
  if (r == 0) r = apply_plan(vm, t, base, &p);
  xdecref(vm, p.slots);
  return r;
}
