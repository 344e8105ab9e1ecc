// abstract.h — the generic object protocol (CPython's abstract.h): repr,
// hashing, comparison, truth, attributes, calls, iteration, items and
// numbers, each dispatching through the type's slots. Returns follow the
// errors.h convention (NULL / -1 with an exception set).
#ifndef core_abstract_h
#define core_abstract_h

#include "object.h"

Object *obj_repr(Vm *vm, Object *o);
Object *obj_str(Vm *vm, Object *o);
Object *obj_ascii(Vm *vm, Object *o);
Object *obj_format(Vm *vm, Object *o, Object *spec); // format(o, spec)
int64_t obj_hash(Vm *vm, Object *o);                 // -1 on error
Object *obj_richcompare(Vm *vm, Object *a, Object *b, int op);
// 1, 0 or -1; `a is b` counts as equal for CMP_EQ (CPython's shortcut).
int obj_richcompare_bool(Vm *vm, Object *a, Object *b, int op);
int obj_is_true(Vm *vm, Object *o); // 1, 0, -1
int obj_not(Vm *vm, Object *o);
bool obj_is_type(Object *o);
bool obj_is_callable(Object *o);
bool type_is_subtype(TypeObject *a, TypeObject *b);
int obj_isinstance(Vm *vm, Object *inst, Object *cls); // 1, 0, -1
int obj_issubclass(Vm *vm, Object *derived, Object *cls);
// isinstance() / issubclass() (PyObject_IsInstance, PyObject_IsSubclass):
// unions and tuples member by member, __instancecheck__ /
// __subclasscheck__ of other classes; the two above are the plain tests.
int obj_isinstance_full(Vm *vm, Object *inst, Object *cls);
int obj_issubclass_full(Vm *vm, Object *derived, Object *cls);
static inline bool obj_is_instance_of(Object *o, TypeObject *t) {
  return o->type == t || type_is_subtype(o->type, t);
}

// Attributes
Object *obj_getattr(Vm *vm, Object *o, Object *name);
Object *obj_getattr_cstr(Vm *vm, Object *o, const char *name);
// Like obj_getattr but returns NULL without an exception when the attribute
// is missing (AttributeError swallowed). Check err_occurred for errors.
Object *obj_lookup_attr(Vm *vm, Object *o, Object *name);
int obj_setattr(Vm *vm, Object *o, Object *name, Object *value);
int obj_delattr(Vm *vm, Object *o, Object *name);
int obj_hasattr(Vm *vm, Object *o, Object *name); // 1, 0, -1
// object.__getattribute__ / object.__setattr__ semantics.
Object *generic_getattr(Vm *vm, Object *o, Object *name);
int generic_setattr(Vm *vm, Object *o, Object *name, Object *value);
// The attribute of [o]'s type found through the MRO (borrowed) or NULL.
Object *type_lookup(TypeObject *type, Object *name);
// Looks up a special method on the type and binds it; NULL (no exception)
// if there is none.
Object *lookup_special(Vm *vm, Object *o, Object *name);

// Calls
Object *obj_call(Vm *vm, Object *callable, Object *const *args, size_t nargs,
                 Object *kwnames);
Object *obj_call0(Vm *vm, Object *callable);
Object *obj_call1(Vm *vm, Object *callable, Object *a);
Object *obj_call2(Vm *vm, Object *callable, Object *a, Object *b);
// callable(*args_tuple, **kwargs_dict); kwargs may be NULL.
Object *obj_call_tuple_dict(Vm *vm, Object *callable, Object *args,
                            Object *kwargs);
// o.name(args...) with positional args.
Object *call_method(Vm *vm, Object *o, Object *name, Object *const *args,
                    size_t nargs);
Object *call_method0(Vm *vm, Object *o, Object *name);
Object *call_method1(Vm *vm, Object *o, Object *name, Object *a);

// Iteration
Object *obj_get_iter(Vm *vm, Object *o);
// The next item, or NULL: exhausted (no exception) or error (exception set).
Object *iter_next(Vm *vm, Object *it);
bool obj_is_iterator(Object *o);

// Containers
ssize obj_len(Vm *vm, Object *o); // -1 on error
bool obj_has_len(Object *o);
// operator.length_hint(o, default): len(o), else __length_hint__, else
// [dflt]; -1 on error.
ssize obj_length_hint(Vm *vm, Object *o, ssize dflt);
Object *obj_getitem(Vm *vm, Object *o, Object *key);
int obj_setitem(Vm *vm, Object *o, Object *key, Object *value);
int obj_delitem(Vm *vm, Object *o, Object *key);
int seq_contains(Vm *vm, Object *container, Object *item); // `in`
enum { ITERSEARCH_COUNT = 1, ITERSEARCH_INDEX = 2, ITERSEARCH_CONTAINS = 3 };
// Searches iter(seq) for items equal to [obj] (_PySequence_IterSearch): the
// count, the first index (ValueError "sequence.index(x): x not in
// sequence" if none) or 1/0 for containment; -1 on error.
ssize seq_iter_search(Vm *vm, Object *seq, Object *obj, int operation);
// Unpacks an iterable into [n] new references (UNPACK_SEQUENCE's checks and
// messages). Returns 0 or -1.
int unpack_iterable(Vm *vm, Object *o, ssize n, Object **out);

// Numbers
Object *number_binop(Vm *vm, Object *a, Object *b, NbOp op);
Object *number_inplace(Vm *vm, Object *a, Object *b, NbOp op);
Object *number_power3(Vm *vm, Object *a, Object *b, Object *mod);
Object *number_negative(Vm *vm, Object *o);
Object *number_positive(Vm *vm, Object *o);
Object *number_invert(Vm *vm, Object *o);
Object *number_absolute(Vm *vm, Object *o);
bool obj_is_number(Object *o); // has __index__/__int__/__float__

// Whether CPython's type would have tp_as_sequence (classes always do;
// built-in types with sequence-like slots): some fallbacks depend on it.
bool type_has_sequence_slots(const TypeObject *t);

#endif
