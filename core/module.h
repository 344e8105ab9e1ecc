// module.h — module objects and the importable modules: C ones (gc, sys,
// _weakref, atexit) and Refscope's library sources (core/lib/*.py).
// `import` of anything else raises ModuleNotFoundError.
#ifndef core_module_h
#define core_module_h

#include "object.h"

typedef struct ModuleObject {
  Object ob;
  Object *dict;
  Object *name;
} ModuleObject;

Object *module_new(Vm *vm, const char *name);
static inline Object *module_dict(Object *m) { return ((ModuleObject *)m)->dict; }
// import name (a dotted str); returns the module (new reference).
Object *import_module(Vm *vm, Object *name);
Object *import_module_cstr(Vm *vm, const char *name);

void module_type_init(Vm *vm);
// Built-in modules (mod_*.c) create themselves on first import.
Object *mod_sys_create(Vm *vm);
// PySys_WriteStderr: through sys.stderr (which the program may replace).
void sys_write_stderr(Vm *vm, const char *data, size_t len);
// VM_STDOUT / VM_STDERR for the original sys streams, 0 for other objects.
int sys_stream_of(Object *file);
Object *mod_gc_create(Vm *vm);
Object *mod_weakref_create(Vm *vm); // _weakref
Object *mod_atexit_create(Vm *vm);

#endif
