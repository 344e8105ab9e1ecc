// errors.h — raising and inspecting exceptions from C. Like CPython's PyErr_*
// API: a failing function sets vm->exc (an exception instance) and returns
// NULL or -1; callers propagate. Exception objects themselves are in exc.h.
#ifndef core_errors_h
#define core_errors_h

#include "object.h"

// Raises an instance of [type] with the str [msg] (a new reference is taken).
void err_set_object(Vm *vm, TypeObject *type, Object *value);
void err_set(Vm *vm, TypeObject *type, const char *msg);
// Raises with a message made by str_from_format (see str.h for the codes).
Object *err_format(Vm *vm, TypeObject *type, const char *fmt, ...);
// Raises [exc] (an exception instance; a reference is taken).
void err_raise(Vm *vm, Object *exc);
void *err_no_memory(Vm *vm);
static inline bool err_occurred(const Vm *vm);
// Is the pending exception an instance of [type]?
bool err_matches(Vm *vm, TypeObject *type);
void err_clear(Vm *vm);
// Takes the pending exception (a new reference) and clears it.
Object *err_fetch(Vm *vm);
// Makes [exc] (may be NULL) pending again; steals the reference.
void err_restore(Vm *vm, Object *exc);
// Prints "Exception ignored in: <repr of obj>" and the pending exception's
// traceback to stderr, then clears it (sys.unraisablehook's default).
void err_write_unraisable(Vm *vm, Object *obj);
void err_write_unraisable_msg(Vm *vm, const char *where, Object *obj);
// KeyError(key): the key itself is the one argument.
void err_raise_key_error(Vm *vm, Object *key);
// AttributeError "'T' object has no attribute 'n'" with .name and .obj set
// (the traceback printer suggests close names from them).
void err_no_attribute(Vm *vm, Object *obj, Object *name);
// TypeError "'T' object is not <what>" ("callable", "iterable", ...).
void *err_type_not(Vm *vm, Object *obj, const char *what);

// Implemented inline so hot paths can check cheaply.
#include "vm.h"
static inline bool err_occurred(const Vm *vm) { return vm->exc != NULL; }

#endif
