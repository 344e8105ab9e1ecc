// eval_call.c — pushing a frame for a Python function and binding its
// arguments as CPython 3.11's initialize_locals does (positional, *args,
// keywords, **kwargs, defaults, keyword-only), with its error messages; then
// the function's cells and free variables (MAKE_CELL / COPY_FREE_VARS).
#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "module.h"
#include "eval.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"

// ---- Error messages --------------------------------------------------------------------

static Object *func_qualname(Object *func) {
  return ((FunctionObject *)func)->qualname;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static void format_names(Vm *vm, Buf *b, CodeObject *co, int *idx, int n) {
  for (int i = 0; i < n; i++) {
    Object *name = tuple_get(co->localsplusnames, idx[i]);
    if (i > 0) buf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    Object *r = obj_repr(vm, name);
    if (r) {
      buf_append(b, str_data(r), str_size(r));
      decref(vm, r);
    }
  }
}

static void missing_arguments(Vm *vm, Object *func, CodeObject *co, Frame *f,
                              bool kwonly, int defcount) {
  int start = kwonly ? co->argcount : 0;
  int end = kwonly ? co->argcount + co->kwonlyargcount : co->argcount - defcount;
  int idx[256], n = 0;
  for (int i = start; i < end && n < 256; i++)
    if (!f->localsplus[i]) idx[n++] = i;
  Buf names;
  buf_init(&names);
  format_names(vm, &names, co, idx, n);
  err_format(vm, vm->t.TypeError, "%U() missing %d required %s argument%s: %s",
             func_qualname(func), n, kwonly ? "keyword-only" : "positional",
             n == 1 ? "" : "s", buf_cstr(&names));
  buf_free(&names);
}

static void too_many_positional(Vm *vm, Object *func, CodeObject *co,
                                Frame *f, size_t given, int defcount) {
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (f->localsplus[i]) kwonly_given++;
  Buf sig;
  buf_init(&sig);
  int argc = co->argcount;
  if (defcount) buf_printf(&sig, "from %d to %d", argc - defcount, argc);
  else buf_printf(&sig, "%d", argc);
  bool plural = defcount ? true : argc != 1;
  Buf kw;
  buf_init(&kw);
  if (kwonly_given)
    buf_printf(&kw, " positional argument%s (and %d keyword-only argument%s)",
               given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  err_format(vm, vm->t.TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
             func_qualname(func), buf_cstr(&sig), plural ? "s" : "", (ssize)given,
             buf_cstr(&kw), given == 1 && !kwonly_given ? "was" : "were");
  buf_free(&sig);
  buf_free(&kw);
}

// ---- Binding ----------------------------------------------------------------------------

static Object *take(Vm *vm, Object *v, bool steal) {
  return steal ? v : newref(vm, v);
}

// The slot of keyword [name] among the parameters, or -1.
static int keyword_slot(CodeObject *co, Object *name, int total) {
  for (int i = co->posonlyargcount; i < total; i++)
    if (tuple_get(co->localsplusnames, i) == name) return i;
  for (int i = co->posonlyargcount; i < total; i++)
    if (str_eq(tuple_get(co->localsplusnames, i), name)) return i;
  return -1;
}

static bool is_posonly_name(CodeObject *co, Object *name) {
  for (int i = 0; i < co->posonlyargcount; i++)
    if (str_eq(tuple_get(co->localsplusnames, i), name)) return true;
  return false;
}

// Every positional-only parameter passed by keyword, named in one message.
static void posonly_as_keyword(Vm *vm, Object *func, CodeObject *co,
                               Object *kwnames) {
  Buf names;
  buf_init(&names);
  for (ssize k = 0; k < tuple_size(kwnames); k++) {
    Object *name = tuple_get(kwnames, k);
    if (!is_posonly_name(co, name)) continue;
    if (names.len) buf_puts(&names, ", ");
    buf_append(&names, str_data(name), str_size(name));
  }
  err_format(vm, vm->t.TypeError,
             "%U() got some positional-only arguments passed as keyword "
             "arguments: '%s'",
             func_qualname(func), buf_cstr(&names));
  buf_free(&names);
}

static int bind_keywords(Vm *vm, Object *func, Frame *f, Object *const *kwargs,
                         Object *kwnames, Object *kwdict, bool steal) {
  CodeObject *co = f->code;
  int total = co->argcount + co->kwonlyargcount;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object *name = tuple_get(kwnames, k), *value = kwargs[k];
    int slot = keyword_slot(co, name, total);
    if (slot < 0) {
      if (kwdict) {
        if (!is_posonly_name(co, name) || true) {
          int r = dict_set(vm, kwdict, name, value);
          if (steal) decref(vm, value);
          if (r < 0) return -1;
          continue;
        }
      }
      if (is_posonly_name(co, name))
        posonly_as_keyword(vm, func, co, kwnames);
      else
        err_format(vm, vm->t.TypeError,
                   "%U() got an unexpected keyword argument '%U'",
                   func_qualname(func), name);
      if (steal)
        for (ssize j = k; j < nkw; j++) decref(vm, kwargs[j]);
      return -1;
    }
    if (f->localsplus[slot]) {
      err_format(vm, vm->t.TypeError, "%U() got multiple values for argument '%U'",
                 func_qualname(func), name);
      if (steal)
        for (ssize j = k; j < nkw; j++) decref(vm, kwargs[j]);
      return -1;
    }
    f->localsplus[slot] = take(vm, value, steal);
  }
  return 0;
}

static int fill_defaults(Vm *vm, Object *func, Frame *f, size_t nargs) {
  FunctionObject *fn = (FunctionObject *)func;
  CodeObject *co = f->code;
  int defcount = fn->defaults ? (int)tuple_size(fn->defaults) : 0;
  int m = co->argcount - defcount;
  for (int i = (int)nargs; i < m; i++)
    if (!f->localsplus[i]) {
      missing_arguments(vm, func, co, f, false, defcount);
      return -1;
    }
  for (int i = (int)nargs > m ? (int)nargs : m; i < co->argcount; i++)
    if (!f->localsplus[i])
      f->localsplus[i] = newref(vm, tuple_get(fn->defaults, i - m));
  bool missing_kwonly = false;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
    if (f->localsplus[i]) continue;
    Object *name = tuple_get(co->localsplusnames, i);
    Object *d = fn->kwdefaults ? dict_get(vm, fn->kwdefaults, name) : NULL;
    if (d) f->localsplus[i] = newref(vm, d);
    else missing_kwonly = true;
  }
  if (missing_kwonly) {
    missing_arguments(vm, func, co, f, true, defcount);
    return -1;
  }
  return 0;
}

// initialize_locals: on error every stolen argument has been released.
static int bind_arguments(Vm *vm, Object *func, Frame *f, Object *const *args,
                          size_t nargs, Object *kwnames, bool steal) {
  CodeObject *co = f->code;
  int total = co->argcount + co->kwonlyargcount;
  // (No arithmetic on a NULL [args]: a call without arguments may pass one.)
  Object *const *kwargs = kwnames ? args + nargs : NULL;
  Object *kwdict = NULL;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new(vm);
    if (!kwdict) goto fail_all;
    int i = total + ((co->flags & CO_VARARGS) ? 1 : 0);
    f->localsplus[i] = kwdict;
  }
  size_t n = nargs < (size_t)co->argcount ? nargs : (size_t)co->argcount;
  for (size_t j = 0; j < n; j++) f->localsplus[j] = take(vm, args[j], steal);
  if (co->flags & CO_VARARGS) {
    Object *rest;
    if (nargs > n) {
      rest = tuple_from_array(vm, args + n, (ssize)(nargs - n));
      if (steal)
        for (size_t j = n; j < nargs; j++) decref(vm, args[j]);
    } else {
      rest = newref(vm, vm->empty_tuple);
    }
    if (!rest) goto fail_kw;
    f->localsplus[total] = rest;
  } else if (nargs > n) {
    if (bind_keywords(vm, func, f, kwargs, kwnames, kwdict, steal) == 0) {
      int defcount = ((FunctionObject *)func)->defaults
                         ? (int)tuple_size(((FunctionObject *)func)->defaults)
                         : 0;
      too_many_positional(vm, func, co, f, nargs, defcount);
    }
    if (steal)
      for (size_t j = n; j < nargs; j++) decref(vm, args[j]);
    return -1;
  }
  if (bind_keywords(vm, func, f, kwargs, kwnames, kwdict, steal) < 0)
    return -1;
  return fill_defaults(vm, func, f, nargs);
fail_all:
  if (steal)
    for (size_t j = 0; j < nargs; j++) decref(vm, args[j]);
fail_kw:
  if (steal && kwnames)
    for (ssize k = 0; k < tuple_size(kwnames); k++) decref(vm, args[nargs + k]);
  return -1;
}

// MAKE_CELL and COPY_FREE_VARS: free variables come from the closure, then
// every cell slot gets its cell (holding the argument, for a parameter).
static int init_cells(Vm *vm, Frame *f, Object *func) {
  CodeObject *co = f->code;
  if (co->nfrees) {
    Object *closure = ((FunctionObject *)func)->closure;
    int first = co->nlocalsplus - co->nfrees;
    for (int i = 0; i < co->nfrees; i++)
      f->localsplus[first + i] = newref(vm, tuple_get(closure, i));
  }
  for (int i = 0; i < co->nlocalsplus; i++) {
    if (!(co->localspluskinds[i] & LK_CELL)) continue;
    Object *v = f->localsplus[i];
    Object *cell = cell_new(vm, v);
    if (!cell) return -1;
    xdecref(vm, v);
    f->localsplus[i] = cell;
  }
  return 0;
}

void eval_trace_frame_push(Vm *vm, Frame *f, Frame *parent) {
  if (!TRACE_FRAME(vm, f)) return;
  CodeObject *co = f->code;
  trace_emit(vm, EV_FRAME_PUSH, (uint8_t)trace_frame_kind(f), 0, f->serial,
             parent ? parent->serial : 0, trace_str_obj(vm, co->qualname));
  for (int i = 0; i < co->nlocalsplus; i++)
    if (f->localsplus[i]) frame_trace_local(vm, f, i);
}

Frame *eval_push_function_frame(Vm *vm, Object *func, Object *const *args,
                                size_t nargs, Object *kwnames, bool steal) {
  FunctionObject *fn = (FunctionObject *)func;
  CodeObject *co = fn->code;
  if (vm_check_recursion(vm, "") < 0) goto fail_args;
  if (!(co->flags & CO_GENERATOR)) code_warmup(co); // its RESUME
  Frame *f = datastack_push(vm, co);
  if (!f) goto fail_args;
  frame_init(vm, f, co, NULL, fn->globals, fn->builtins, NULL);
  f->func = steal ? func : newref(vm, func);
  f->previous = vm->frame;
  vm->py_depth++;
  if (bind_arguments(vm, func, f, args, nargs, kwnames, steal) < 0 ||
      init_cells(vm, f, func) < 0) {
    frame_clear(vm, f);
    eval_pop_frame(vm, f);
    return NULL;
  }
  // A generator's frame is announced once its generator exists (that
  // allocation may run the collector, whose dumps must not see it yet).
  if (!(co->flags & CO_GENERATOR)) eval_trace_frame_push(vm, f, f->previous);
  return f;
fail_args:
  if (steal) {
    decref(vm, func);
    size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    for (size_t j = 0; j < total; j++) decref(vm, args[j]);
  }
  return NULL;
}

void eval_pop_frame(Vm *vm, Frame *f) {
  vm->py_depth--;
  if (TRACE_FRAME(vm, f)) trace_emit(vm, EV_FRAME_POP, 0, 0, f->serial, 0, 0);
  datastack_pop(vm, f);
}

Object *eval_call_function(Vm *vm, Object *func, Object *const *args,
                           size_t nargs, Object *kwnames) {
  Frame *f = eval_push_function_frame(vm, func, args, nargs, kwnames, false);
  if (!f) return NULL;
  if (f->code->flags & CO_GENERATOR) return gen_new_from_frame(vm, f);
  bool yielded;
  return eval_frame(vm, f, &yielded);
}

Object *eval_code(Vm *vm, CodeObject *code, Object *globals, Object *locals) {
  Frame *f = datastack_push(vm, code);
  if (!f) return NULL;
  code_warmup(code); // its RESUME
  Object *b = dict_get_str(vm, globals, vm->str.dunder_builtins);
  if (b && b->type->layout == LAYOUT_MODULE) b = module_dict(b);
  frame_init(vm, f, code, NULL, globals, b && is_dict(b) ? b : vm->builtins,
             locals);
  f->previous = vm->frame;
  vm->py_depth++;
  if (TRACE_FRAME(vm, f)) {
    trace_emit(vm, EV_FRAME_PUSH, (uint8_t)trace_frame_kind(f), 0, f->serial,
               f->previous ? f->previous->serial : 0,
               trace_str_obj(vm, code->qualname));
    if (locals) trace_emit(vm, EV_NAMESPACE, 0, 0, f->serial, trace_obj(vm, locals), 0);
  }
  bool yielded;
  return eval_frame(vm, f, &yielded);
}
