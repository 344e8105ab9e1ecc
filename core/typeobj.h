// typeobj.h — type objects: making built-in types ready, class creation
// (type(name, bases, ns) with C3 MRO), slot inheritance and the dunder ->
// slot mapping, and instance attribute storage. CPython 3.11 keeps an
// instance's attributes inline ("values" indexed by the class's shared keys)
// until something asks for __dict__; so does Refscope, because it changes
// what gc.collect() counts (../shared/cpython-semantics.md §4.4).
#ifndef core_typeobj_h
#define core_typeobj_h

#include "func.h"
#include "gc.h"
#include "object.h"
#include "sharedkeys.h"

typedef struct AttrValues {
  uint8_t cap;        // slots allocated in values
  uint8_t norder;     // entries in order
  uint8_t order[SHARED_KEYS_MAX]; // key indexes in insertion order
  Object *values[];   // values[i] belongs to the class's names[i]
} AttrValues;

// Lives in front of the GcHead of instances whose type has
// TPF_MANAGED_DICT (see obj_alloc).
typedef struct ManagedPrefix {
  Object *dict;       // the materialized __dict__, or NULL
  AttrValues *values; // inline values, or NULL (none yet, or materialized)
  // CPython's values pointer is set: object.__new__ made the instance and
  // no __dict__ was made since. Without it (a list subclass instance, or
  // after `del obj.__dict__`) attributes go straight into a dict.
  bool has_values;
} ManagedPrefix;

static inline ManagedPrefix *obj_managed(Object *o) {
  return (ManagedPrefix *)((char *)o - sizeof(GcHead) - sizeof(ManagedPrefix));
}

// Instance attributes (managed or through a dict): borrowed value or NULL.
Object *instance_get_attr(Vm *vm, Object *o, Object *name);
// Stores (value != NULL) or deletes; deleting a missing name raises
// AttributeError. 0 or -1.
int instance_set_attr(Vm *vm, Object *o, Object *name, Object *value);
// The instance's __dict__ (materialized on first use); borrowed. NULL with
// AttributeError if the instance has none.
Object *instance_get_dict(Vm *vm, Object *o);
bool instance_has_dict(Object *o);
// The __dict__ getset's functions, for classes and built-in layouts with
// an instance dict (object_type.c).
Object *instance_get_dict_attr(Vm *vm, Object *o);
int instance_set_dict_attr(Vm *vm, Object *o, Object *v);
bool instance_dict_is_empty(Vm *vm, Object *o);
// Visits / clears / releases the inline attribute values (in key order).
int instance_traverse_values(Object *o, VisitFn visit, void *arg);
void instance_clear_values(Vm *vm, Object *o);

// Where a built-in layout keeps its instance dict (functions, exceptions,
// modules, ...): NULL if it has none.
Object **layout_dict_ptr(Vm *vm, Object *o);

// Built-in type set-up: creates the type object (immortal, no GC head).
void type_static_teardown(Vm *vm, TypeObject *t);
TypeObject *type_new_static(Vm *vm, const char *name, Layout layout,
                            TypeObject *base, size_t alloc_size);
// Finishes a type: bases, MRO, inherited slots, dunder wrappers in its dict.
int type_ready(Vm *vm, TypeObject *t);
// Adds C methods and getsets to a built-in type's dict.
void type_add_methods(Vm *vm, TypeObject *t, const MethodDef *defs);
void type_add_getsets(Vm *vm, TypeObject *t, const GetSetDef *defs);
// type(name, bases, namespace) for a class statement.
Object *type_new_class(Vm *vm, TypeObject *meta, Object *name, Object *bases,
                       Object *ns);
// After `Cls.__dunder__ = value`: point the slot at the generic dispatcher
// (or back at the inherited one) for [t] and its subclasses.
void type_update_slot(Vm *vm, TypeObject *t, Object *name);
Object *type_name_obj(Vm *vm, TypeObject *t);
// Fully qualified name for messages: "Node" or "module.Name".
const char *type_name(const TypeObject *t);

// type_ready_add_subclasses: registers [t] in its bases' __subclasses__
// (class creation does it; start-up does it for the built-in types).
int type_add_subclass_refs(Vm *vm, TypeObject *t);

void type_type_init(Vm *vm);
void object_type_init(Vm *vm);
void super_type_init(Vm *vm);

// The slots of user classes call dunders through these (typeslots.c).
void typeslots_fill(Vm *vm, TypeObject *t);
// True if [t]'s tp_new calls a Python __new__ (CPython's slot_tp_new).
bool typeslots_new_is_dunder(const TypeObject *t);
void typeslots_add_wrappers(Vm *vm, TypeObject *t);
Object *slot_call_dunder(Vm *vm, Object *self, Object *name, Object *const *args,
                         size_t nargs, bool *found);

#endif
