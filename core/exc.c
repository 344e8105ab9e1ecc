// exc.c — BaseException and its subclasses (CPython 3.11's hierarchy and
// str/repr rules, the extra attributes of StopIteration, SystemExit,
// ImportError, NameError, AttributeError, SyntaxError, KeyError's str), and
// traceback objects, which keep their frames (and so the frames' locals)
// alive: ../shared/cpython-semantics.md §5.
#include "exc.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "list.h"
#include "weakref.h"

static ExceptionObject *E(Object *o) { return (ExceptionObject *)o; }

static void set_exc_ref(Vm *vm, Object *o, Object **slot, const char *field,
                        Object *v) {
  Object *old = *slot;
  *slot = xnewref(vm, v);
  if (old || v) trace_ref_set(vm, o, field, v);
  xdecref(vm, old);
}

Object *exc_new(Vm *vm, TypeObject *type, Object *args) {
  return obj_call_tuple_dict(vm, AS_OBJ(type), args ? args : vm->empty_tuple,
                             NULL);
}

Object *exc_new_msg(Vm *vm, TypeObject *type, const char *msg) {
  Object *s = str_from_cstr(vm, msg);
  Object *args = s ? tuple_pack(vm, 1, s) : NULL;
  xdecref(vm, s);
  Object *e = args ? exc_new(vm, type, args) : NULL;
  xdecref(vm, args);
  return e;
}

Object *exc_get_field(Object *exc, int i) { return E(exc)->fields[i]; }

void exc_set_field(Vm *vm, Object *exc, int i, Object *value) {
  set_ref(vm, &E(exc)->fields[i], xnewref(vm, value));
}

void exc_set_traceback(Vm *vm, Object *exc, Object *tb) {
  set_exc_ref(vm, exc, &E(exc)->traceback, "__traceback__", tb);
}

void exc_set_context(Vm *vm, Object *exc, Object *ctx) {
  set_exc_ref(vm, exc, &E(exc)->context, "__context__", ctx);
}

void exc_set_cause(Vm *vm, Object *exc, Object *cause) {
  set_exc_ref(vm, exc, &E(exc)->cause, "__cause__", cause);
  E(exc)->suppress_context = true;
}

// ---- BaseException ---------------------------------------------------------------------

static Object *exc_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                          size_t nargs, Object *kwnames) {
  UNUSED(kwnames);
  ExceptionObject *e = (ExceptionObject *)obj_alloc(
      vm, type, type->alloc_size ? type->alloc_size : sizeof(ExceptionObject));
  if (!e) return NULL;
  Object *o = AS_OBJ(e);
  e->args = tuple_from_array(vm, args, (ssize)nargs);
  if (!e->args) {
    decref(vm, o);
    return NULL;
  }
  trace_ref_set(vm, o, "args", e->args);
  gc_track(vm, o);
  return o;
}

static void set_args(Vm *vm, Object *self, Object *const *args, size_t nargs) {
  Object *t = tuple_from_array(vm, args, (ssize)nargs);
  if (t) {
    set_exc_ref(vm, self, &E(self)->args, "args", t);
    decref(vm, t);
  }
}

static int exc_tp_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    err_format(vm, vm->t.TypeError, "%s() takes no keyword arguments",
               self->type->tp_name);
    return -1;
  }
  set_args(vm, self, args, nargs);
  return err_occurred(vm) ? -1 : 0;
}

Object *exc_str(Vm *vm, Object *self) {
  Object *args = E(self)->args;
  ssize n = args ? tuple_size(args) : 0;
  if (n == 0) return str_new(vm, "", 0);
  if (n == 1) return obj_str(vm, tuple_get(args, 0));
  return obj_str(vm, args);
}

static Object *exc_tp_str(Vm *vm, Object *self) { return exc_str(vm, self); }

static Object *exc_repr(Vm *vm, Object *self) {
  Object *args = E(self)->args;
  const char *name = self->type->tp_name;
  if (args && tuple_size(args) == 1)
    return str_from_format(vm, "%s(%R)", name, tuple_get(args, 0));
  if (!args || tuple_size(args) == 0) return str_from_format(vm, "%s()", name);
  return str_from_format(vm, "%s%R", name, args);
}

static int exc_traverse(Object *o, VisitFn visit, void *arg) {
  ExceptionObject *e = E(o);
  Object *fields[] = {e->dict, e->args, e->notes, e->traceback, e->cause,
                      e->context};
  for (size_t i = 0; i < COUNT_OF(fields); i++)
    if (fields[i]) {
      int r = visit(fields[i], arg);
      if (r) return r;
    }
  for (int i = 0; i < EXC_FIELDS; i++)
    if (e->fields[i]) {
      int r = visit(e->fields[i], arg);
      if (r) return r;
    }
  return 0;
}

void exc_set_args_empty(Vm *vm, Object *o) {
  set_exc_ref(vm, o, &E(o)->args, "args", vm->empty_tuple);
}

void exc_clear_fields(Vm *vm, Object *o) {
  ExceptionObject *e = E(o);
  for (int i = 0; i < EXC_FIELDS; i++) clear_ref(vm, &e->fields[i]);
  set_exc_ref(vm, o, &e->dict, "__dict__", NULL);
  set_exc_ref(vm, o, &e->args, "args", NULL);
  clear_ref(vm, &e->notes);
  set_exc_ref(vm, o, &e->traceback, "__traceback__", NULL);
  set_exc_ref(vm, o, &e->cause, "__cause__", NULL);
  set_exc_ref(vm, o, &e->context, "__context__", NULL);
}

static void exc_dealloc(Vm *vm, Object *o) {
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  exc_clear_fields(vm, o);
  obj_free_memory(vm, o);
}

#define EXC_GET(field, pyname)                                                 \
  static Object *exc_get_##field(Vm *vm, Object *o) {                          \
    Object *v = E(o)->field;                                                   \
    return newref(vm, v ? v : vm->none);                                       \
  }
EXC_GET(traceback, __traceback__)
EXC_GET(context, __context__)
EXC_GET(cause, __cause__)
#undef EXC_GET

static Object *exc_get_args(Vm *vm, Object *o) {
  return newref(vm, E(o)->args ? E(o)->args : vm->empty_tuple);
}

static int exc_set_args_attr(Vm *vm, Object *o, Object *v) {
  if (!v) {
    err_set(vm, vm->t.TypeError, "args may not be deleted");
    return -1;
  }
  Object *t = tuple_from_iterable(vm, v);
  if (!t) return -1;
  set_exc_ref(vm, o, &E(o)->args, "args", t);
  decref(vm, t);
  return 0;
}

static int exc_set_tb_attr(Vm *vm, Object *o, Object *v) {
  if (!v) {
    err_set(vm, vm->t.TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (v != vm->none && v->type != vm->t.traceback) {
    err_set(vm, vm->t.TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  exc_set_traceback(vm, o, v == vm->none ? NULL : v);
  return 0;
}

static int check_exc_or_none(Vm *vm, Object *v, const char *what) {
  if (!v) {
    err_format(vm, vm->t.TypeError, "%s may not be deleted", what);
    return -1;
  }
  if (v != vm->none && !is_exception(v)) {
    err_format(vm, vm->t.TypeError, "exception %s must be None or derive from "
               "BaseException", what + 2);
    return -1;
  }
  return 0;
}

static int exc_set_context_attr(Vm *vm, Object *o, Object *v) {
  if (check_exc_or_none(vm, v, "__context__") < 0) return -1;
  exc_set_context(vm, o, v == vm->none ? NULL : v);
  return 0;
}

static int exc_set_cause_attr(Vm *vm, Object *o, Object *v) {
  if (check_exc_or_none(vm, v, "__cause__") < 0) return -1;
  exc_set_cause(vm, o, v == vm->none ? NULL : v);
  return 0;
}

static Object *exc_get_suppress(Vm *vm, Object *o) {
  return vm_bool(vm, E(o)->suppress_context);
}

static int exc_set_suppress(Vm *vm, Object *o, Object *v) {
  int t = v ? obj_is_true(vm, v) : 0;
  if (t < 0) return -1;
  E(o)->suppress_context = t;
  return 0;
}

static const GetSetDef exc_getsets[] = {
    {"__dict__", instance_get_dict_attr, instance_set_dict_attr},
    {"args", exc_get_args, exc_set_args_attr},
    {"__traceback__", exc_get_traceback, exc_set_tb_attr},
    {"__context__", exc_get_context, exc_set_context_attr},
    {"__cause__", exc_get_cause, exc_set_cause_attr},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {NULL, NULL, NULL}};

static Object *exc_with_traceback(Vm *vm, Object *self, Object *const *args,
                                  size_t nargs, Object *kw) {
  Object *tb;
  if (parse_args(vm, "BaseException.with_traceback", args, nargs, kw, "1O:tb",
                 &tb) < 0 ||
      exc_set_tb_attr(vm, self, tb) < 0)
    return NULL;
  return newref(vm, self);
}

static Object *exc_add_note(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  Object *note;
  if (parse_args(vm, "BaseException.add_note", args, nargs, kw, "1O:note",
                 &note) < 0)
    return NULL;
  if (!is_str(note))
    return err_format(vm, vm->t.TypeError, "note must be a str, not '%s'",
                      note->type->tp_name);
  Object *notes = obj_lookup_attr(vm, self, vm->str.notes);
  if (!notes) {
    if (err_occurred(vm)) return NULL;
    notes = list_new(vm, 0);
    if (!notes || obj_setattr(vm, self, vm->str.notes, notes) < 0) {
      xdecref(vm, notes);
      return NULL;
    }
  }
  int r = list_append(vm, notes, note);
  decref(vm, notes);
  return r < 0 ? NULL : vm_none(vm);
}

static Object *exc_reduce(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  if (parse_args(vm, "BaseException.__reduce__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *a = E(self)->args ? E(self)->args : vm->empty_tuple;
  if (E(self)->dict)
    return tuple_pack(vm, 3, AS_OBJ(self->type), a, E(self)->dict);
  return tuple_pack(vm, 2, AS_OBJ(self->type), a);
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {"__reduce__", exc_reduce, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- Subclasses with extra attributes ------------------------------------------------------

// A getset for exception field [i] (read/write).
#define FIELD_GETSET(fname, index)                                             \
  static Object *get_##fname(Vm *vm, Object *o) {                              \
    Object *v = E(o)->fields[index];                                           \
    return newref(vm, v ? v : vm->none);                                       \
  }                                                                            \
  static int set_##fname(Vm *vm, Object *o, Object *v) {                       \
    exc_set_field(vm, o, index, v);                                            \
    return 0;                                                                  \
  }
FIELD_GETSET(value, 0)
FIELD_GETSET(f0, 0)
FIELD_GETSET(f1, 1)
FIELD_GETSET(f2, 2)
FIELD_GETSET(f3, 3)
FIELD_GETSET(f4, 4)
FIELD_GETSET(f5, 5)
FIELD_GETSET(f6, 6)
FIELD_GETSET(f7, 7)
#undef FIELD_GETSET

static int stopiteration_init(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  if (exc_tp_init(vm, self, args, nargs, kw) < 0) return -1;
  exc_set_field(vm, self, EXC_F_VALUE, nargs > 0 ? args[0] : vm->none);
  return 0;
}

static int systemexit_init(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (exc_tp_init(vm, self, args, nargs, kw) < 0) return -1;
  Object *code = nargs == 0 ? vm->none : nargs == 1 ? args[0] : E(self)->args;
  exc_set_field(vm, self, EXC_F_CODE, code);
  return 0;
}

// The keyword-only attributes of ImportError (name, path), NameError (name)
// and AttributeError (name, obj).
static int init_with_keywords(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kwnames,
                              const char *const *names, const int *slots,
                              int n) {
  set_args(vm, self, args, nargs);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object *name = tuple_get(kwnames, k);
    int found = -1;
    for (int i = 0; i < n; i++)
      if (str_eq_cstr(name, names[i])) found = i;
    if (found < 0) {
      err_format(vm, vm->t.TypeError,
                 "'%U' is an invalid keyword argument for %s()", name,
                 self->type->tp_name);
      return -1;
    }
    exc_set_field(vm, self, slots[found], args[nargs + (size_t)k]);
  }
  return 0;
}

static int importerror_init(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  static const char *const names[] = {"name", "path"};
  static const int slots[] = {EXC_F_NAME, EXC_F_PATH};
  if (init_with_keywords(vm, self, args, nargs, kw, names, slots, 2) < 0)
    return -1;
  exc_set_field(vm, self, EXC_F_MSG, nargs == 1 ? args[0] : vm->none);
  return 0;
}

static Object *importerror_str(Vm *vm, Object *self) {
  Object *msg = E(self)->fields[EXC_F_MSG];
  if (msg && msg != vm->none) return obj_str(vm, msg);
  return exc_str(vm, self);
}

static int nameerror_init(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  static const char *const names[] = {"name"};
  static const int slots[] = {EXC_F_NAME_NAME};
  return init_with_keywords(vm, self, args, nargs, kw, names, slots, 1);
}

static int attributeerror_init(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  static const char *const names[] = {"name", "obj"};
  static const int slots[] = {EXC_F_ATTR_NAME, EXC_F_ATTR_OBJ};
  return init_with_keywords(vm, self, args, nargs, kw, names, slots, 2);
}

static Object *keyerror_str(Vm *vm, Object *self) {
  Object *args = E(self)->args;
  if (args && tuple_size(args) == 1) return obj_repr(vm, tuple_get(args, 0));
  return exc_str(vm, self);
}

static int syntaxerror_init(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  if (exc_tp_init(vm, self, args, nargs, kw) < 0) return -1;
  if (nargs >= 1) exc_set_field(vm, self, EXC_F_SYN_MSG, args[0]);
  if (nargs == 2) {
    Object *info = tuple_from_iterable(vm, args[1]);
    if (!info) return -1;
    ssize n = tuple_size(info);
    if (n < 4 || n > 6) { // PyArg_ParseTuple(info, "OOOO|OO")
      decref(vm, info);
      err_format(vm, vm->t.TypeError, "function takes at %s %d arguments "
                 "(%zd given)", n < 4 ? "least" : "most", n < 4 ? 4 : 6, n);
      return -1;
    }
    for (ssize i = 0; i < n; i++)
      exc_set_field(vm, self, EXC_F_SYN_FILENAME + (int)i, tuple_get(info, i));
    decref(vm, info);
  }
  return 0;
}

static Object *syntaxerror_str(Vm *vm, Object *self) {
  Object *msg = E(self)->fields[EXC_F_SYN_MSG];
  Object *fname = E(self)->fields[EXC_F_SYN_FILENAME];
  Object *lineno = E(self)->fields[EXC_F_SYN_LINENO];
  Object *m = obj_str(vm, msg ? msg : vm->none);
  if (!m) return NULL;
  bool have_file = fname && is_str(fname);
  bool have_line = lineno && is_int(lineno);
  if (!have_file && !have_line) return m;
  Object *base = NULL;
  if (have_file) {
    const char *p = str_data(fname), *slash = strrchr(p, '/');
    base = str_from_cstr(vm, slash ? slash + 1 : p);
  }
  Object *r;
  if (have_file && have_line)
    r = str_from_format(vm, "%U (%U, line %R)", m, base, lineno);
  else if (have_file)
    r = str_from_format(vm, "%U (%U)", m, base);
  else
    r = str_from_format(vm, "%U (line %R)", m, lineno);
  decref(vm, m);
  xdecref(vm, base);
  return r;
}

static const GetSetDef stopiteration_getsets[] = {
    {"value", get_value, set_value}, {NULL, NULL, NULL}};
static const GetSetDef systemexit_getsets[] = {{"code", get_f0, set_f0},
                                               {NULL, NULL, NULL}};
static const GetSetDef importerror_getsets[] = {{"msg", get_f0, set_f0},
                                                {"name", get_f1, set_f1},
                                                {"path", get_f2, set_f2},
                                                {NULL, NULL, NULL}};
static const GetSetDef nameerror_getsets[] = {{"name", get_f0, set_f0},
                                              {NULL, NULL, NULL}};
static const GetSetDef attributeerror_getsets[] = {{"name", get_f0, set_f0},
                                                   {"obj", get_f1, set_f1},
                                                   {NULL, NULL, NULL}};
static const GetSetDef syntaxerror_getsets[] = {
    {"msg", get_f0, set_f0},        {"filename", get_f1, set_f1},
    {"lineno", get_f2, set_f2},     {"offset", get_f3, set_f3},
    {"text", get_f4, set_f4},       {"end_lineno", get_f5, set_f5},
    {"end_offset", get_f6, set_f6}, {"print_file_and_line", get_f7, set_f7},
    {NULL, NULL, NULL}};

// ---- Tracebacks ----------------------------------------------------------------------------

int traceback_here(Vm *vm, Frame *frame) {
  Object *exc = vm->exc;
  if (!exc || !is_exception(exc)) return 0;
  incref(vm, exc); // kept if memory runs out below
  // A MemoryError's traceback may use the reserve: python3 shows it.
  size_t limit = vm_reserve_begin(vm);
  FrameObject *fo = frame_materialize(vm, frame);
  TracebackObject *tb =
      fo ? (TracebackObject *)obj_alloc(vm, vm->t.traceback,
                                        sizeof(TracebackObject))
         : NULL;
  vm_reserve_end(vm, limit);
  if (!tb) { // the exception goes on without this entry
    err_restore(vm, exc);
    return -1;
  }
  decref(vm, exc);
  Object *o = AS_OBJ(tb);
  tb->next = xnewref(vm, E(exc)->traceback);
  tb->frame = (FrameObject *)newref(vm, AS_OBJ(fo));
  tb->lasti = frame->lasti;
  tb->lineno = frame_line(frame);
  if (vm->trace.on) {
    trace_ref_set(vm, o, "tb_frame", AS_OBJ(fo));
    if (tb->next) trace_ref_set(vm, o, "tb_next", tb->next);
  }
  gc_track(vm, o);
  exc_set_traceback(vm, exc, o);
  decref(vm, o);
  return 0;
}

static int tb_traverse(Object *o, VisitFn visit, void *arg) {
  TracebackObject *tb = (TracebackObject *)o;
  if (tb->next) {
    int r = visit(tb->next, arg);
    if (r) return r;
  }
  return tb->frame ? visit(AS_OBJ(tb->frame), arg) : 0;
}

static void tb_clear(Vm *vm, Object *o) {
  TracebackObject *tb = (TracebackObject *)o;
  trace_clear_ref(vm, o, &tb->next, "tb_next");
  trace_clear_ref(vm, o, (Object **)&tb->frame, "tb_frame");
}

static void tb_dealloc(Vm *vm, Object *o) {
  tb_clear(vm, o);
  obj_free_memory(vm, o);
}

static Object *tb_get_next(Vm *vm, Object *o) {
  Object *n = ((TracebackObject *)o)->next;
  return newref(vm, n ? n : vm->none);
}
static Object *tb_get_frame(Vm *vm, Object *o) {
  return newref(vm, AS_OBJ(((TracebackObject *)o)->frame));
}
static Object *tb_get_lineno(Vm *vm, Object *o) {
  return int_from_i64(vm, ((TracebackObject *)o)->lineno);
}
static Object *tb_get_lasti(Vm *vm, Object *o) {
  return int_from_i64(vm, ((TracebackObject *)o)->lasti * 2);
}

static const GetSetDef tb_getsets[] = {{"tb_next", tb_get_next, NULL},
                                       {"tb_frame", tb_get_frame, NULL},
                                       {"tb_lineno", tb_get_lineno, NULL},
                                       {"tb_lasti", tb_get_lasti, NULL},
                                       {NULL, NULL, NULL}};

void traceback_type_init(Vm *vm) {
  TypeObject *t = vm->t.traceback;
  t->py_basicsize = 40;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->traverse = tb_traverse;
  t->clear = tb_clear;
  t->dealloc = tb_dealloc;
  type_add_getsets(vm, t, tb_getsets);
}

// ---- Setting up the hierarchy --------------------------------------------------------------------

void exc_types_init(Vm *vm) {
  TypeObject *b = vm->t.BaseException;
  b->py_basicsize = 72;
  b->alloc_size = sizeof(ExceptionObject);
  b->flags |= TPF_HAVE_GC | TPF_EXC_SUBCLASS;
  b->tp_new = exc_tp_new;
  b->tp_init = exc_tp_init;
  b->str = exc_tp_str;
  b->repr = exc_repr;
  b->traverse = exc_traverse;
  b->clear = exc_clear_fields;
  b->dealloc = exc_dealloc;
  type_add_methods(vm, b, exc_methods);
  type_add_getsets(vm, b, exc_getsets);

  // CPython's struct sizes for the exceptions with fields of their own
  // (sys.getsizeof); subclasses inherit them when they are made ready.
  const struct { TypeObject *t; ssize size; } sizes[] = {
      {vm->t.StopIteration, 80}, {vm->t.SystemExit, 80},
      {vm->t.ImportError, 96},   {vm->t.OSError, 112},
      {vm->t.AttributeError, 88}, {vm->t.NameError, 80},
      {vm->t.SyntaxError, 136},  {vm->t.UnicodeDecodeError, 112},
      {vm->t.UnicodeEncodeError, 112}, {vm->t.UnicodeTranslateError, 112}};
  for (size_t i = 0; i < COUNT_OF(sizes); i++)
    sizes[i].t->py_basicsize = sizes[i].size;

  vm->t.StopIteration->tp_init = stopiteration_init;
  type_add_getsets(vm, vm->t.StopIteration, stopiteration_getsets);
  vm->t.SystemExit->tp_init = systemexit_init;
  type_add_getsets(vm, vm->t.SystemExit, systemexit_getsets);
  vm->t.ImportError->tp_init = importerror_init;
  vm->t.ImportError->str = importerror_str;
  type_add_getsets(vm, vm->t.ImportError, importerror_getsets);
  vm->t.NameError->tp_init = nameerror_init;
  type_add_getsets(vm, vm->t.NameError, nameerror_getsets);
  vm->t.AttributeError->tp_init = attributeerror_init;
  type_add_getsets(vm, vm->t.AttributeError, attributeerror_getsets);
  vm->t.KeyError->str = keyerror_str;
  vm->t.SyntaxError->tp_init = syntaxerror_init;
  vm->t.SyntaxError->str = syntaxerror_str;
  type_add_getsets(vm, vm->t.SyntaxError, syntaxerror_getsets);
  exc_oserror_init(vm);
  exc_unicode_init(vm);
}
