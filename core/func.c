// func.c — code objects, function objects, cells and bound methods. A
// function owns its defaults, kwdefaults and closure (a tuple of cells);
// all of them are GC objects, so a closure cycle is counted by gc.collect()
// as in CPython (../shared/cpython-semantics.md §4.4).
#include "func.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "module.h"
#include "specialize.h"
#include "eval.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

// ---- Code objects -----------------------------------------------------------------

Object *code_new(Vm *vm) {
  Object *o = obj_alloc(vm, vm->t.code, sizeof(CodeObject));
  if (o) ((CodeObject *)o)->warmup = -QUICKENING_WARMUP_DELAY;
  return o;
}

static void code_dealloc(Vm *vm, Object *o) {
  CodeObject *c = (CodeObject *)o;
  Allocator *a = &vm->alloc;
  alloc_free(a, c->instrs, sizeof(uint32_t) * (size_t)c->ninstrs);
  alloc_free(a, c->locs, sizeof(InstrLoc) * (size_t)c->ninstrs);
  alloc_free(a, c->handler_of, sizeof(int32_t) * (size_t)c->ninstrs);
  alloc_free(a, c->line_starts, (size_t)c->ninstrs);
  spec_free(vm, c);
  alloc_free(a, c->handlers, sizeof(ExcHandler) * (size_t)c->nhandlers);
  alloc_free(a, c->localspluskinds, (size_t)c->nlocalsplus);
  xdecref(vm, c->consts);
  xdecref(vm, c->names);
  xdecref(vm, c->localsplusnames);
  xdecref(vm, c->name);
  xdecref(vm, c->qualname);
  xdecref(vm, c->filename);
  xdecref(vm, c->source_lines);
  obj_free_memory(vm, o);
}

static Object *code_repr(Vm *vm, Object *o) {
  CodeObject *c = (CodeObject *)o;
  return str_from_format(vm, "<code object %U at %p, file \"%U\", line %d>",
                         c->name, (void *)o, c->filename, c->firstlineno);
}

#define CODE_GET(field)                                                        \
  static Object *code_get_##field(Vm *vm, Object *o) {                         \
    return newref(vm, ((CodeObject *)o)->field);                               \
  }
CODE_GET(name)
CODE_GET(qualname)
CODE_GET(filename)
CODE_GET(consts)
CODE_GET(names)
#undef CODE_GET

static Object *code_vars_of_kind(Vm *vm, Object *o, int kind) {
  CodeObject *c = (CodeObject *)o;
  ssize n = 0;
  for (int i = 0; i < c->nlocalsplus; i++)
    if (c->localspluskinds[i] & kind) n++;
  Object *t = tuple_new(vm, n);
  if (!t) return NULL;
  for (int i = 0, j = 0; i < c->nlocalsplus; i++)
    if (c->localspluskinds[i] & kind)
      tuple_init_item(vm, t, j++, newref(vm, tuple_get(c->localsplusnames, i)));
  return t;
}

static Object *code_get_varnames(Vm *vm, Object *o) {
  return code_vars_of_kind(vm, o, LK_LOCAL);
}
static Object *code_get_cellvars(Vm *vm, Object *o) {
  return code_vars_of_kind(vm, o, LK_CELL);
}
static Object *code_get_freevars(Vm *vm, Object *o) {
  return code_vars_of_kind(vm, o, LK_FREE);
}
static Object *code_get_argcount(Vm *vm, Object *o) {
  return int_from_i64(vm, ((CodeObject *)o)->argcount);
}
static Object *code_get_flags(Vm *vm, Object *o) {
  return int_from_i64(vm, ((CodeObject *)o)->flags & 0xFFFF);
}
static Object *code_get_firstlineno(Vm *vm, Object *o) {
  return int_from_i64(vm, ((CodeObject *)o)->firstlineno);
}
static Object *code_get_stacksize(Vm *vm, Object *o) {
  return int_from_i64(vm, code_py_stacksize((CodeObject *)o));
}
static Object *code_get_nlocals(Vm *vm, Object *o) {
  return int_from_i64(vm, ((CodeObject *)o)->nlocals);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_flags", code_get_flags, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_stacksize", code_get_stacksize, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {NULL, NULL, NULL}};

// ---- Functions --------------------------------------------------------------------------

static FunctionObject *F(Object *o) { return (FunctionObject *)o; }

// Stores [v] (a new reference, may be NULL) in a function field.
static void set_field(Vm *vm, Object *f, Object **slot, const char *name,
                      Object *v) {
  Object *old = *slot;
  *slot = v;
  if (old || v) trace_ref_set(vm, f, name, v);
  xdecref(vm, old);
}

Object *function_new(Vm *vm, CodeObject *code, Object *globals,
                     Object *qualname) {
  FunctionObject *f =
      (FunctionObject *)obj_alloc(vm, vm->t.function, sizeof(FunctionObject));
  if (!f) return NULL;
  Object *o = AS_OBJ(f);
  f->code = (CodeObject *)newref(vm, AS_OBJ(code));
  f->globals = newref(vm, globals);
  Object *b = dict_get_str(vm, globals, vm->str.dunder_builtins);
  if (b && b->type->layout == LAYOUT_MODULE) b = module_dict(b);
  f->builtins = newref(vm, b && is_dict(b) ? b : vm->builtins);
  f->name = newref(vm, code->name);
  f->qualname = newref(vm, qualname ? qualname : code->name);
  Object *doc = tuple_size(code->consts) > 0 ? tuple_get(code->consts, 0) : NULL;
  f->doc = newref(vm, doc && is_str(doc) ? doc : vm->none);
  Object *mod = dict_get_str(vm, globals, vm->str.name);
  f->module = xnewref(vm, mod);
  trace_name(vm, o);
  gc_track(vm, o);
  return o;
}

void function_set_defaults(Vm *vm, Object *f, Object *defaults) {
  set_field(vm, f, &F(f)->defaults, "__defaults__", defaults);
}
void function_set_kwdefaults(Vm *vm, Object *f, Object *kwdefaults) {
  set_field(vm, f, &F(f)->kwdefaults, "__kwdefaults__", kwdefaults);
}
void function_set_closure(Vm *vm, Object *f, Object *closure) {
  set_field(vm, f, &F(f)->closure, "__closure__", closure);
}
void function_set_annotations(Vm *vm, Object *f, Object *ann) {
  set_field(vm, f, &F(f)->annotations, "__annotations__", ann);
}

static int func_traverse(Object *o, VisitFn visit, void *arg) {
  FunctionObject *f = F(o);
  Object *fields[] = {AS_OBJ(f->code), f->globals,  f->builtins,
                      f->module,       f->defaults, f->kwdefaults,
                      f->doc,          f->name,     f->dict,
                      f->closure,      f->annotations, f->qualname};
  for (size_t i = 0; i < COUNT_OF(fields); i++) {
    if (fields[i]) {
      int r = visit(fields[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

// func_clear: the order CPython releases a function's references in.
static void func_clear(Vm *vm, Object *o) {
  FunctionObject *f = F(o);
  clear_ref(vm, &f->globals);
  clear_ref(vm, &f->builtins);
  clear_ref(vm, &f->module);
  set_field(vm, o, &f->defaults, "__defaults__", NULL);
  set_field(vm, o, &f->kwdefaults, "__kwdefaults__", NULL);
  clear_ref(vm, &f->doc);
  if (f->dict) set_field(vm, o, &f->dict, "__dict__", NULL);
  set_field(vm, o, &f->closure, "__closure__", NULL);
  trace_clear_ref(vm, o, &f->annotations, "__annotations__");
}

static void func_dealloc(Vm *vm, Object *o) {
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  func_clear(vm, o);
  FunctionObject *f = F(o);
  clear_ref(vm, (Object **)&f->code);
  clear_ref(vm, &f->name);
  clear_ref(vm, &f->qualname);
  obj_free_memory(vm, o);
}

static Object *func_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "<function %U at %p>", F(o)->qualname, (void *)o);
}

static Object *func_descr_get(Vm *vm, Object *f, Object *obj, Object *type) {
  UNUSED(type);
  if (!obj || obj == vm->none) return newref(vm, f);
  return method_new(vm, f, obj);
}

static Object *func_call(Vm *vm, Object *f, Object *const *args, size_t nargs,
                         Object *kwnames) {
  return eval_call_function(vm, f, args, nargs, kwnames);
}

#define FUNC_GET(field, pyname)                                                \
  static Object *func_get_##field(Vm *vm, Object *o) {                         \
    Object *v = F(o)->field;                                                   \
    return newref(vm, v ? v : vm->none);                                       \
  }
FUNC_GET(name, __name__)
FUNC_GET(qualname, __qualname__)
FUNC_GET(doc, __doc__)
FUNC_GET(module, __module__)
FUNC_GET(defaults, __defaults__)
FUNC_GET(kwdefaults, __kwdefaults__)
FUNC_GET(closure, __closure__)
FUNC_GET(globals, __globals__)
FUNC_GET(builtins, __builtins__)
#undef FUNC_GET

static Object *func_get_code(Vm *vm, Object *o) {
  return newref(vm, AS_OBJ(F(o)->code));
}

static Object *func_get_annotations(Vm *vm, Object *o) {
  FunctionObject *f = F(o);
  if (!f->annotations) {
    Object *d = dict_new(vm);
    if (!d) return NULL;
    set_field(vm, o, &f->annotations, "__annotations__", d);
  }
  return newref(vm, f->annotations);
}

// f.__dict__: the function's attributes, made on first use.
static Object *func_get_dict(Vm *vm, Object *o) {
  return xnewref(vm, instance_get_dict(vm, o));
}

static int func_set_dict(Vm *vm, Object *o, Object *v) {
  if (!v) {
    err_set(vm, vm->t.TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(v)) {
    err_format(vm, vm->t.TypeError,
               "__dict__ must be set to a dictionary, not a '%s'",
               v->type->tp_name);
    return -1;
  }
  set_field(vm, o, &F(o)->dict, "__dict__", newref(vm, v));
  return 0;
}

// func_set_annotations: a dict, or None/deletion (then made again on read).
static int func_set_annotations(Vm *vm, Object *o, Object *v) {
  if (v == vm->none) v = NULL;
  if (v && !is_dict(v)) {
    err_set(vm, vm->t.TypeError,
            "__annotations__ must be set to a dict object");
    return -1;
  }
  set_field(vm, o, &F(o)->annotations, "__annotations__", xnewref(vm, v));
  return 0;
}

static int set_str_field(Vm *vm, Object *o, Object **slot, Object *v,
                         const char *what) {
  if (!v || !is_str(v)) {
    err_format(vm, vm->t.TypeError, "__%s__ must be set to a string object",
               what);
    return -1;
  }
  set_ref(vm, slot, newref(vm, v));
  UNUSED(o);
  return 0;
}

static int func_set_name(Vm *vm, Object *o, Object *v) {
  return set_str_field(vm, o, &F(o)->name, v, "name");
}
static int func_set_qualname(Vm *vm, Object *o, Object *v) {
  int r = set_str_field(vm, o, &F(o)->qualname, v, "qualname");
  if (r == 0) trace_name(vm, o);
  return r;
}
static int func_set_doc(Vm *vm, Object *o, Object *v) {
  set_ref(vm, &F(o)->doc, newref(vm, v ? v : vm->none));
  return 0;
}
static int func_set_module(Vm *vm, Object *o, Object *v) {
  set_ref(vm, &F(o)->module, xnewref(vm, v));
  return 0;
}

static int func_set_defaults(Vm *vm, Object *o, Object *v) {
  if (v == vm->none) v = NULL;
  if (v && !is_tuple(v)) {
    err_set(vm, vm->t.TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  function_set_defaults(vm, o, xnewref(vm, v));
  return 0;
}

static int func_set_kwdefaults(Vm *vm, Object *o, Object *v) {
  if (v == vm->none) v = NULL;
  if (v && !is_dict(v)) {
    err_set(vm, vm->t.TypeError,
            "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  function_set_kwdefaults(vm, o, xnewref(vm, v));
  return 0;
}

static const GetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__closure__", func_get_closure, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__builtins__", func_get_builtins, NULL},
    {"__code__", func_get_code, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", func_get_dict, func_set_dict},
    {NULL, NULL, NULL}};

// ---- Cells ------------------------------------------------------------------------------

Object *cell_new(Vm *vm, Object *value) {
  CellObject *c = (CellObject *)obj_alloc(vm, vm->t.cell, sizeof(CellObject));
  if (!c) return NULL;
  c->ref = xnewref(vm, value);
  if (value) trace_ref_set(vm, AS_OBJ(c), "cell_contents", value);
  gc_track(vm, AS_OBJ(c));
  return AS_OBJ(c);
}

void cell_set(Vm *vm, Object *cell, Object *value) {
  CellObject *c = (CellObject *)cell;
  Object *old = c->ref;
  c->ref = xnewref(vm, value);
  trace_ref_set(vm, cell, "cell_contents", value);
  xdecref(vm, old);
}

static int cell_traverse(Object *o, VisitFn visit, void *arg) {
  Object *r = ((CellObject *)o)->ref;
  return r ? visit(r, arg) : 0;
}

static void cell_clear(Vm *vm, Object *o) {
  if (((CellObject *)o)->ref) cell_set(vm, o, NULL);
}

static void cell_dealloc(Vm *vm, Object *o) {
  cell_clear(vm, o);
  obj_free_memory(vm, o);
}

static Object *cell_repr(Vm *vm, Object *o) {
  Object *r = ((CellObject *)o)->ref;
  if (!r) return str_from_format(vm, "<cell at %p: empty>", (void *)o);
  return str_from_format(vm, "<cell at %p: %s object at %p>", (void *)o,
                         r->type->tp_name, (void *)r);
}

static Object *cell_get_contents(Vm *vm, Object *o) {
  Object *r = ((CellObject *)o)->ref;
  if (!r) {
    err_set(vm, vm->t.ValueError, "Cell is empty");
    return NULL;
  }
  return newref(vm, r);
}

static int cell_set_contents(Vm *vm, Object *o, Object *v) {
  cell_set(vm, o, v);
  return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL}};

// ---- Bound methods ------------------------------------------------------------------------

Object *method_new(Vm *vm, Object *func, Object *self) {
  MethodObject *m =
      (MethodObject *)obj_alloc(vm, vm->t.method, sizeof(MethodObject));
  if (!m) return NULL;
  m->func = newref(vm, func);
  m->self = newref(vm, self);
  trace_ref_set(vm, AS_OBJ(m), "__func__", func);
  trace_ref_set(vm, AS_OBJ(m), "__self__", self);
  gc_track(vm, AS_OBJ(m));
  return AS_OBJ(m);
}

static int method_traverse(Object *o, VisitFn visit, void *arg) {
  MethodObject *m = (MethodObject *)o;
  int r = visit(m->func, arg);
  return r ? r : visit(m->self, arg);
}

static void method_dealloc(Vm *vm, Object *o) {
  MethodObject *m = (MethodObject *)o;
  if (o->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, o);
  trace_clear_ref(vm, o, &m->func, "__func__");
  trace_clear_ref(vm, o, &m->self, "__self__");
  obj_free_memory(vm, o);
}

static Object *method_call(Vm *vm, Object *o, Object *const *args,
                           size_t nargs, Object *kwnames) {
  MethodObject *m = (MethodObject *)o;
  size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
  Object *small[8];
  Object **argv = total + 1 <= 8 ? small
                                 : alloc_bytes(&vm->alloc, sizeof(Object *) * (total + 1));
  if (!argv) return err_no_memory(vm);
  argv[0] = m->self;
  if (total) memcpy(argv + 1, args, sizeof(Object *) * total);
  incref(vm, o); // keep func and self alive for the call
  Object *r = obj_call(vm, m->func, argv, nargs + 1, kwnames);
  decref(vm, o);
  if (argv != small) alloc_free(&vm->alloc, argv, sizeof(Object *) * (total + 1));
  return r;
}

// types.MethodType(function, instance), as copy's _deepcopy_method uses.
static Object *method_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                             size_t nargs, Object *kwnames) {
  Object *func, *self;
  UNUSED(type);
  if (no_keywords(vm, "method", kwnames) < 0 ||
      parse_args(vm, "method", args, nargs, NULL, "COO:function,instance",
                 &func, &self) < 0)
    return NULL;
  if (!func->type->call)
    return err_format(vm, vm->t.TypeError, "first argument must be callable");
  if (self == vm->none)
    return err_format(vm, vm->t.TypeError, "instance must not be None");
  return method_new(vm, func, self);
}

// method.__reduce__: (getattr, (self, func.__name__)).
static Object *method_reduce(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  if (parse_args(vm, "__reduce__", args, nargs, kw, "N") < 0) return NULL;
  MethodObject *m = (MethodObject *)self;
  Object *getattr = dict_get_cstr(vm, vm->builtins, "getattr");
  if (!getattr) return err_occurred(vm) ? NULL : err_no_memory(vm);
  Object *name = obj_getattr(vm, m->func, vm->str.name);
  Object *pair = name ? tuple_pack(vm, 2, m->self, name) : NULL;
  Object *r = pair ? tuple_pack(vm, 2, getattr, pair) : NULL;
  xdecref(vm, name);
  xdecref(vm, pair);
  return r;
}

static const MethodDef method_methods[] = {
    {"__reduce__", method_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};

static Object *method_repr(Vm *vm, Object *o) {
  MethodObject *m = (MethodObject *)o;
  Object *name = obj_lookup_attr(vm, m->func, vm->str.qualname);
  if (!name && err_occurred(vm)) return NULL;
  if (!name) name = obj_lookup_attr(vm, m->func, vm->str.name);
  Object *r = str_from_format(vm, "<bound method %S of %R>",
                              name ? name : vm->none, m->self);
  xdecref(vm, name);
  return r;
}

static Object *method_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || a->type != b->type)
    return vm_notimpl(vm);
  MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
  int eq = obj_richcompare_bool(vm, x->func, y->func, CMP_EQ);
  if (eq < 0) return NULL;
  bool r = eq && x->self == y->self;
  return vm_bool(vm, op == CMP_EQ ? r : !r);
}

static int64_t method_hash(Vm *vm, Object *o) {
  MethodObject *m = (MethodObject *)o;
  int64_t h = obj_hash(vm, m->func);
  if (h == -1) return -1;
  uintptr_t p = (uintptr_t)m->self;
  int64_t x = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4))) ^ h;
  return x == -1 ? -2 : x;
}

// Attribute access falls through to the function (m.__name__, m.__doc__).
static Object *method_getattro(Vm *vm, Object *o, Object *name) {
  Object *descr = type_lookup(o->type, name);
  if (descr) {
    DescrGetFn get = descr->type->descr_get;
    if (get) return get(vm, descr, o, AS_OBJ(o->type));
    return newref(vm, descr);
  }
  return obj_getattr(vm, ((MethodObject *)o)->func, name);
}

static Object *method_get_func(Vm *vm, Object *o) {
  return newref(vm, ((MethodObject *)o)->func);
}
static Object *method_get_self(Vm *vm, Object *o) {
  return newref(vm, ((MethodObject *)o)->self);
}

static const GetSetDef method_getsets[] = {{"__func__", method_get_func, NULL},
                                           {"__self__", method_get_self, NULL},
                                           {NULL, NULL, NULL}};

// ---- Type set-up -----------------------------------------------------------------------------

static void code_types_init(Vm *vm) {
  TypeObject *t = vm->t.code;
  t->py_basicsize = 184;
  t->dealloc = code_dealloc;
  t->repr = code_repr;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  type_add_getsets(vm, t, code_getsets);
}

void func_types_init(Vm *vm) {
  code_types_init(vm);
  TypeObject *t = vm->t.function;
  t->py_basicsize = 136;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->dealloc = func_dealloc;
  t->traverse = func_traverse;
  t->clear = func_clear;
  t->repr = func_repr;
  t->descr_get = func_descr_get;
  t->call = func_call;
  type_add_getsets(vm, t, func_getsets);

  t = vm->t.cell;
  t->py_basicsize = 24;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->dealloc = cell_dealloc;
  t->traverse = cell_traverse;
  t->clear = cell_clear;
  t->repr = cell_repr;
  type_add_getsets(vm, t, cell_getsets);

  t = vm->t.method;
  t->py_basicsize = 48;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->dealloc = method_dealloc;
  t->traverse = method_traverse;
  t->call = method_call;
  t->repr = method_repr;
  t->richcompare = method_richcompare;
  t->hash = method_hash;
  t->getattro = method_getattro;
  t->tp_new = method_tp_new;
  type_add_getsets(vm, t, method_getsets);
  type_add_methods(vm, t, method_methods);
}
