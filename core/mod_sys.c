// mod_sys.c — the sys module: getrefcount, getsizeof (CPython 3.11's numbers:
// __sizeof__ plus the GC header and the managed-dict pre-header), the
// recursion limit, exc_info/exception, exit, intern, version information,
// stdout/stderr writers, int_max_str_digits, and sys.last_* after an uncaught
// exception.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "structseq.h"
#include "tbprint.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#define SYSFN(name)                                                            \
  static Object *sys_##name(Vm *vm, Object *self, Object *const *args,         \
                            size_t nargs, Object *kwnames)

SYSFN(getrefcount) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "sys.getrefcount", args, nargs, kwnames, "1O:object",
                 &o) < 0)
    return NULL;
  return int_from_i64(vm, o->refcnt);
}

// _PySys_GetSizeOf: __sizeof__() plus the pre-headers of the type (the GC
// head for every object of a GC type, static type objects included, and
// the managed-dict pointers); -1 with an exception on failure.
static int64_t size_of(Vm *vm, Object *o) {
  Object *m = lookup_special(vm, o, vm->str.sizeof_);
  Object *r = m ? obj_call0(vm, m) : NULL;
  xdecref(vm, m);
  if (!m && !vm->exc)
    err_format(vm, vm->t.TypeError, "Type %s doesn't define __sizeof__",
               o->type->tp_name);
  if (!r) return -1;
  bool ok = is_int(r) && int_is_small(r);
  int64_t size = ok ? int_small_value(r) : 0;
  if (!is_int(r)) err_set(vm, vm->t.TypeError, "an integer is required");
  else if (!ok)
    err_set(vm, vm->t.OverflowError,
            "Python int too large to convert to C ssize_t");
  decref(vm, r);
  if (!ok) return -1;
  if (size < 0) {
    err_set(vm, vm->t.ValueError, "__sizeof__() should return >= 0");
    return -1;
  }
  if (o->type->flags & TPF_HAVE_GC) size += 16;
  if (o->type->cached_keys) size += 16; // CPython's Py_TPFLAGS_MANAGED_DICT
  return size;
}

SYSFN(getsizeof) {
  UNUSED(self);
  Object *o, *dflt = NULL;
  if (parse_args(vm, "getsizeof", args, nargs, kwnames, "KO|O:object,default", &o,
                 &dflt) < 0)
    return NULL;
  int64_t size = size_of(vm, o);
  if (size >= 0) return int_from_i64(vm, size);
  if (dflt && err_matches(vm, vm->t.TypeError)) {
    err_clear(vm);
    return newref(vm, dflt);
  }
  return NULL;
}

SYSFN(getrecursionlimit) {
  UNUSED(self);
  if (parse_args(vm, "sys.getrecursionlimit", args, nargs, kwnames, "N") < 0)
    return NULL;
  return int_from_i64(vm, vm->recursion_limit);
}

SYSFN(setrecursionlimit) {
  UNUSED(self);
  int n;
  if (parse_args(vm, "setrecursionlimit", args, nargs, kwnames, "1i:limit",
                 &n) < 0)
    return NULL;
  if (n < 1) {
    err_set(vm, vm->t.ValueError, "recursion limit must be greater or equal than 1");
    return NULL;
  }
  int depth = vm_recursion_depth(vm);
  if (n <= depth)
    return err_format(vm, vm->t.RecursionError,
                      "cannot set the recursion limit to %d at the recursion "
                      "depth %d: the limit is too low",
                      n, depth);
  vm->recursion_limit = n;
  return vm_none(vm);
}

static Object *current_exception(Vm *vm) {
  for (ExcInfo *e = vm->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != vm->none) return e->exc_value;
  return NULL;
}

SYSFN(exc_info) {
  UNUSED(self);
  if (parse_args(vm, "exc_info", args, nargs, kwnames, "N") < 0) return NULL;
  Object *e = current_exception(vm);
  if (!e) return tuple_pack(vm, 3, vm->none, vm->none, vm->none);
  Object *tb = ((ExceptionObject *)e)->traceback;
  return tuple_pack(vm, 3, AS_OBJ(e->type), e, tb ? tb : vm->none);
}

SYSFN(exception) {
  UNUSED(self);
  if (parse_args(vm, "exception", args, nargs, kwnames, "N") < 0) return NULL;
  Object *e = current_exception(vm);
  return newref(vm, e ? e : vm->none);
}

SYSFN(exit) {
  UNUSED(self);
  Object *code = NULL;
  if (parse_args(vm, "exit", args, nargs, kwnames, "C|O:status", &code) < 0)
    return NULL;
  err_set_object(vm, vm->t.SystemExit, code);
  return NULL;
}

SYSFN(intern) {
  UNUSED(self);
  Object *s;
  if (parse_args(vm, "sys.intern", args, nargs, kwnames, "1O:string", &s) < 0)
    return NULL;
  if (s->type != vm->t.str)
    return err_format(vm, vm->t.TypeError, "intern() argument must be str, not %s",
                      s->type->tp_name);
  return str_intern(vm, newref(vm, s));
}

SYSFN(get_int_max_str_digits) {
  UNUSED(self);
  const char *fname = "sys.get_int_max_str_digits";
  if (parse_args(vm, fname, args, nargs, kwnames, "N") < 0)
    return NULL;
  return int_from_i64(vm, vm->int_max_str_digits);
}

SYSFN(set_int_max_str_digits) {
  UNUSED(self);
  int n;
  if (parse_args(vm, "set_int_max_str_digits", args, nargs, kwnames,
                 "Ki:maxdigits", &n) < 0)
    return NULL;
  if (n != 0 && n < 640)
    return err_format(vm, vm->t.ValueError, "maxdigits must be 0 or larger than 640");
  vm->int_max_str_digits = n;
  return vm_none(vm);
}

// excepthook(type, value, traceback): the report an uncaught exception gets
// (PyErr_Display); weakref.finalize uses it for failing exit callbacks.
SYSFN(excepthook) {
  UNUSED(self);
  Object *type, *value, *tb;
  if (parse_args(vm, "excepthook", args, nargs, kwnames, "COOO:type,value,tb",
                 &type, &value, &tb) < 0)
    return NULL;
  Buf b;
  buf_init(&b);
  if (value->type->layout == LAYOUT_EXCEPTION) {
    ExceptionObject *e = (ExceptionObject *)value;
    if (!e->traceback && tb->type == vm->t.traceback)
      exc_set_traceback(vm, value, tb);
    tbprint_exception(vm, &b, value, true);
  } else {
    buf_printf(&b, "TypeError: print_exception(): Exception expected for "
                   "value, %s found\n", value->type->tp_name);
  }
  sys_write_stderr(vm, b.data, b.len);
  buf_free(&b);
  return vm_none(vm);
}

static const MethodDef sys_functions[] = {
    {"excepthook", sys_excepthook, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- sys.stdout / sys.stderr ---------------------------------------------------------

typedef struct StreamObject {
  Object ob;
  int stream;
} StreamObject;

static Object *stream_write(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *s;
  if (parse_args(vm, "write", args, nargs, kwnames, "1O:s", &s) < 0) return NULL;
  if (!is_str(s))
    return err_format(vm, vm->t.TypeError, "write() argument must be str, not %s",
                      s->type->tp_name);
  vm_write(vm, ((StreamObject *)self)->stream, str_data(s), str_size(s));
  return int_from_i64(vm, str_len(s));
}

static Object *stream_flush(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames) {
  UNUSED(self);
  if (parse_args(vm, "flush", args, nargs, kwnames, "N") < 0) return NULL;
  return vm_none(vm);
}

static const MethodDef stream_methods[] = {{"write", stream_write, 0, NULL},
                                           {"flush", stream_flush, 0, NULL},
                                           {NULL, NULL, 0, NULL}};

static Object *stream_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "<_io.TextIOWrapper name='<%s>' mode='w' "
                             "encoding='utf-8'>",
                         ((StreamObject *)o)->stream == VM_STDOUT ? "stdout"
                                                                  : "stderr");
}

static Object *make_stream(Vm *vm, TypeObject *t, int stream) {
  StreamObject *s = (StreamObject *)obj_alloc(vm, t, sizeof(StreamObject));
  if (s) s->stream = stream;
  return AS_OBJ(s);
}

static TypeObject *stream_type(Vm *vm) {
  TypeObject *t = type_new_static(vm, "_io.TextIOWrapper", LAYOUT_OBJECT,
                                  vm->t.object, sizeof(StreamObject));
  if (!t) return NULL;
  t->dict = dict_new(vm);
  t->repr = stream_repr;
  type_add_methods(vm, t, stream_methods);
  type_ready(vm, t);
  return t;
}

// VM_STDOUT / VM_STDERR if [file] is one of the original sys streams, else 0.
int sys_stream_of(Object *file) {
  return file && file->type->repr == stream_repr ? ((StreamObject *)file)->stream
                                                 : 0;
}

// PySys_WriteStderr: to sys.stderr's write(), straight to the VM's stderr
// when that is the original stream or sys.stderr is gone; errors ignored.
void sys_write_stderr(Vm *vm, const char *data, size_t len) {
  Object *d = vm->sys_module ? module_dict(vm->sys_module) : NULL;
  Object *file = d ? dict_get_cstr(vm, d, "stderr") : NULL;
  if (!file || file == vm->none || sys_stream_of(file)) {
    if (vm->exc && !file) err_clear(vm);
    vm_write(vm, sys_stream_of(file) ? sys_stream_of(file) : VM_STDERR, data,
             len);
    return;
  }
  Object *saved = err_fetch(vm);
  incref(vm, file);
  Object *text = str_new(vm, data, len);
  Object *r = text ? call_method1(vm, file, vm->str.write, text) : NULL;
  xdecref(vm, text);
  xdecref(vm, r);
  decref(vm, file);
  err_clear(vm);
  err_restore(vm, saved);
}

// ---- The module -------------------------------------------------------------------------------

static int set_attr(Vm *vm, Object *d, const char *name, Object *v) {
  if (!v) return -1;
  int r = dict_set_cstr(vm, d, name, v);
  decref(vm, v);
  return r;
}

static Object *version_info(Vm *vm) {
  Object *major = int_from_i64(vm, 3), *minor = int_from_i64(vm, 11),
         *micro = int_from_i64(vm, 7), *level = str_from_cstr(vm, "final"),
         *serial = int_from_i64(vm, 0);
  Object *t = tuple_pack(vm, 5, major, minor, micro, level, serial);
  static const char *const fields[] = {"major", "minor", "micro",
                                       "releaselevel", "serial"};
  Object *info = t ? structseq_new(vm, "sys", "version_info", fields, 5, t)
                   : NULL;
  xdecref(vm, t);
  xdecref(vm, major);
  xdecref(vm, minor);
  xdecref(vm, micro);
  xdecref(vm, level);
  xdecref(vm, serial);
  return info;
}

Object *mod_sys_create(Vm *vm) {
  if (vm->sys_module) return newref(vm, vm->sys_module);
  Object *m = module_new(vm, "sys");
  if (!m) return NULL;
  Object *d = module_dict(m);
  TypeObject *st = stream_type(vm);
  if (builtins_add_functions(vm, d, sys_functions, m, NULL) < 0 || !st ||
      set_attr(vm, d, "stdout", make_stream(vm, st, VM_STDOUT)) < 0 ||
      set_attr(vm, d, "stderr", make_stream(vm, st, VM_STDERR)) < 0 ||
      set_attr(vm, d, "version",
               str_from_cstr(vm, "3.11.7 (Refscope, modelling CPython 3.11)")) < 0 ||
      set_attr(vm, d, "version_info", version_info(vm)) < 0 ||
      set_attr(vm, d, "hexversion", int_from_i64(vm, 0x030B07F0)) < 0 ||
      set_attr(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) < 0 ||
      set_attr(vm, d, "byteorder", str_from_cstr(vm, "little")) < 0 ||
      set_attr(vm, d, "platform", str_from_cstr(vm, "linux")) < 0 ||
      set_attr(vm, d, "implementation", str_from_cstr(vm, "cpython")) < 0 ||
      set_attr(vm, d, "argv", list_new(vm, 0)) < 0 ||
      set_attr(vm, d, "path", list_new(vm, 0)) < 0 ||
      dict_set_cstr(vm, d, "modules", vm->modules) < 0 ||
      dict_set_cstr(vm, d, "__excepthook__",
                    dict_get_cstr(vm, d, "excepthook")) < 0 ||
      dict_set_cstr(vm, d, "__stdout__", dict_get_cstr(vm, d, "stdout")) < 0 ||
      dict_set_cstr(vm, d, "__stderr__", dict_get_cstr(vm, d, "stderr")) < 0) {
    decref(vm, m);
    return NULL;
  }
  if (st) decref(vm, AS_OBJ(st));
  vm->sys_module = newref(vm, m);
  return m;
}
