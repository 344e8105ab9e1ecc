// eval_ops.h — the work behind the interpreter loop's larger instructions
// (eval_ops.c): name lookups with CPython's messages, calls with *args and
// **kwargs, building collections, unpacking, imports, classes, formatting,
// exception matching. Each returns NULL / -1 with an exception set.
#ifndef core_eval_ops_h
#define core_eval_ops_h

#include "frame.h"

Object *op_load_name(Vm *vm, Frame *f, Object *name);
Object *op_load_global(Vm *vm, Frame *f, Object *name);
Object *op_load_classderef(Vm *vm, Frame *f, int slot);
int op_store_name(Vm *vm, Frame *f, Object *name, Object *v);
int op_delete_name(Vm *vm, Frame *f, Object *name);
int op_store_global(Vm *vm, Frame *f, Object *name, Object *v);
int op_delete_global(Vm *vm, Frame *f, Object *name);
void op_unbound_local(Vm *vm, Frame *f, int slot);
void op_unbound_deref(Vm *vm, Frame *f, int slot);

// CALL_FUNCTION_EX: func(*args, **kwargs)
Object *op_call_ex(Vm *vm, Object *func, Object *args, Object *kwargs);
// LOAD_METHOD: *meth and *self (self NULL when a plain attribute).
int op_load_method(Vm *vm, Object *obj, Object *name, Object **meth,
                   Object **self);
Object *op_build_map(Vm *vm, Object **items, int n);
Object *op_build_const_key_map(Vm *vm, Object **values, int n, Object *keys);
Object *op_build_string(Vm *vm, Object **items, int n);
Object *op_build_set(Vm *vm, Object **items, int n);
int op_list_extend(Vm *vm, Object *list, Object *iterable);
int op_dict_merge(Vm *vm, Object *func, Object *dict, Object *other,
                  bool is_call);
int op_unpack_ex(Vm *vm, Object *seq, int before, int after, Object **out);
Object *op_format_value(Vm *vm, Object *value, int flags, Object *spec);
Object *op_import_name(Vm *vm, Frame *f, Object *name, Object *fromlist,
                       Object *level);
Object *op_import_from(Vm *vm, Object *module, Object *name);
int op_import_star(Vm *vm, Frame *f, Object *module);
// CHECK_EXC_MATCH: 1, 0 or -1 (TypeError for a non-exception class).
int op_exc_match(Vm *vm, Object *exc, Object *type);
// RAISE_VARARGS: always returns -1 with the exception set.
int op_raise(Vm *vm, Object *exc, Object *cause);
// BEFORE_WITH: looks up the bound __enter__ and __exit__ (new references).
int op_before_with(Vm *vm, Object *mgr, Object **enter, Object **exit);
// GET_ITER / FOR_ITER helpers
Object *op_get_yield_from_iter(Vm *vm, Object *iterable);
// SEND: 0 yielded (*out = value), 1 returned (*out = return value), -1.
int op_send(Vm *vm, Object *iter, Object *value, Object **out);
int op_setup_annotations(Vm *vm, Frame *f);
Object *op_make_function(Vm *vm, Frame *f, Object *code, int flags,
                         Object **extras);

#endif
