// exc_oserror.c — OSError as CPython 3.11 builds it (Objects/exceptions.c):
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps those
// fields, shortens args to (errno, strerror) once a filename is given, is
// shown as "[Errno 2] No such file: 'x'", and OSError(errno, ...) itself
// becomes the subclass for that errno (Linux numbers), e.g.
// FileNotFoundError for 2. See exc.h for the field layout.
#include "exc.h"

#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

enum { OS_ERRNO = 0, OS_STRERROR = 1, OS_FILENAME = 2, OS_FILENAME2 = 3 };

// The subclass OSError(errno, ...) turns into on Linux, or NULL.
static TypeObject *errno_subclass(Vm *vm, int64_t e) {
  switch (e) {
  case 11: case 114: case 115: return vm->t.BlockingIOError;
  case 10: return vm->t.ChildProcessError;
  case 32: case 108: return vm->t.BrokenPipeError;
  case 103: return vm->t.ConnectionAbortedError;
  case 111: return vm->t.ConnectionRefusedError;
  case 104: return vm->t.ConnectionResetError;
  case 17: return vm->t.FileExistsError;
  case 2: return vm->t.FileNotFoundError;
  case 21: return vm->t.IsADirectoryError;
  case 20: return vm->t.NotADirectoryError;
  case 4: return vm->t.InterruptedError;
  case 1: case 13: return vm->t.PermissionError;
  case 3: return vm->t.ProcessLookupError;
  case 110: return vm->t.TimeoutError;
  default: return NULL;
  }
}

static Object *oserror_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  if (type == vm->t.OSError && nargs >= 2 && nargs <= 5 && is_int(args[0])) {
    bool ok;
    int64_t e = int_as_i64(vm, args[0], &ok);
    TypeObject *sub = ok ? errno_subclass(vm, e) : NULL;
    if (!ok) err_clear(vm);
    if (sub) type = sub;
  }
  return vm->t.BaseException->tp_new(vm, type, args, nargs, kwnames);
}

static int oserror_init(Vm *vm, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames) {
  if (vm->t.BaseException->tp_init(vm, self, args, nargs, kwnames) < 0)
    return -1;
  if (nargs < 2 || nargs > 5) return 0;
  exc_set_field(vm, self, OS_ERRNO, args[0]);
  exc_set_field(vm, self, OS_STRERROR, args[1]);
  if (nargs < 3 || args[2] == vm->none) return 0;
  exc_set_field(vm, self, OS_FILENAME, args[2]);
  if (nargs == 5 && args[4] != vm->none)
    exc_set_field(vm, self, OS_FILENAME2, args[4]);
  Object *two = tuple_from_array(vm, args, 2);
  int r = two ? obj_setattr(vm, self, str_intern_cstr(vm, "args"), two) : -1;
  xdecref(vm, two);
  return r;
}

static Object *oserror_str(Vm *vm, Object *self) {
  Object *no = exc_get_field(self, OS_ERRNO);
  Object *msg = exc_get_field(self, OS_STRERROR);
  Object *f1 = exc_get_field(self, OS_FILENAME);
  Object *f2 = exc_get_field(self, OS_FILENAME2);
  if (f1 && f2)
    return str_from_format(vm, "[Errno %S] %S: %R -> %R", no, msg, f1, f2);
  if (f1) return str_from_format(vm, "[Errno %S] %S: %R", no, msg, f1);
  if (no && msg) return str_from_format(vm, "[Errno %S] %S", no, msg);
  return exc_str(vm, self);
}

#define OS_GETSET(field, index)                                                \
  static Object *get_##field(Vm *vm, Object *o) {                              \
    Object *v = exc_get_field(o, index);                                       \
    return newref(vm, v ? v : vm->none);                                       \
  }                                                                            \
  static int set_##field(Vm *vm, Object *o, Object *v) {                       \
    exc_set_field(vm, o, index, v);                                            \
    return 0;                                                                  \
  }
OS_GETSET(errno, OS_ERRNO)
OS_GETSET(strerror, OS_STRERROR)
OS_GETSET(filename, OS_FILENAME)
OS_GETSET(filename2, OS_FILENAME2)
#undef OS_GETSET

static const GetSetDef oserror_getsets[] = {
    {"errno", get_errno, set_errno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {NULL, NULL, NULL}};

void exc_oserror_init(Vm *vm) {
  TypeObject *t = vm->t.OSError;
  t->tp_new = oserror_new;
  t->tp_init = oserror_init;
  t->str = oserror_str;
  type_add_getsets(vm, t, oserror_getsets);
}
