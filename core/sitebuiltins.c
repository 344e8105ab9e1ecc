// sitebuiltins.c — the builtins python3's site module adds at start-up:
// exit and quit, instances of _sitebuiltins.Quitter whose repr says how to
// leave the interpreter and whose call raises SystemExit(code) (CPython's
// Lib/_sitebuiltins.py). See core/README.md.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

typedef struct QuitterObject {
  Object ob;
  const char *name; // "exit" or "quit"
} QuitterObject;

static Object *quitter_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit",
                         ((QuitterObject *)o)->name);
}

static Object *quitter_call(Vm *vm, Object *o, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *code = vm->none;
  if (parse_args(vm, "__call__", args, nargs, kwnames, "K|O:code", &code) < 0)
    return NULL;
  UNUSED(o);
  err_set_object(vm, vm->t.SystemExit, code);
  return NULL;
}

static int add_quitter(Vm *vm, Object *builtins, TypeObject *t,
                       const char *name) {
  QuitterObject *q = (QuitterObject *)obj_alloc(vm, t, sizeof(QuitterObject));
  if (!q) return -1;
  q->name = name;
  int r = dict_set_cstr(vm, builtins, name, AS_OBJ(q));
  decref(vm, AS_OBJ(q));
  return r;
}

int site_builtins_init(Vm *vm, Object *builtins) {
  TypeObject *t = type_new_static(vm, "Quitter", LAYOUT_OBJECT, vm->t.object,
                                  sizeof(QuitterObject));
  if (!t || !(t->dict = dict_new(vm))) return -1;
  t->repr = quitter_repr;
  t->call = quitter_call;
  type_ready(vm, t);
  if (vm->exc) return -1;
  return add_quitter(vm, builtins, t, "exit") < 0 ||
                 add_quitter(vm, builtins, t, "quit") < 0
             ? -1
             : 0;
}
