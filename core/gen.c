// gen.c — generator objects. A generator owns its frame (moved off the data
// stack when the generator function is called) and its own exception state;
// send/throw/close resume the frame with a nested eval_frame. A suspended
// generator that dies is closed by its finalizer (GeneratorExit), as in
// CPython, so its `finally` blocks run then.
#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "eval.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"
#include "weakref.h"

typedef enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED } GenState;

typedef struct GenObject {
  Object ob;
  Object *name, *qualname;
  CodeObject *code; // gi_code: kept after the frame is cleared
  GenState state;
  ExcInfo exc_state;
  Frame frame; // followed by the frame's localsplus
} GenObject;

static GenObject *G(Object *o) { return (GenObject *)o; }

bool is_generator(const Object *o) { return o->type->layout == LAYOUT_GENERATOR; }

Frame *gen_suspended_frame(Object *gen) {
  GenObject *g = G(gen);
  return g->state == GEN_CREATED || g->state == GEN_SUSPENDED ? &g->frame
                                                              : NULL;
}

static void trace_frame(Vm *vm, EventKind kind, Frame *f, Frame *parent) {
  if (TRACE_FRAME(vm, f))
    trace_emit(vm, kind, 0, 0, f->serial, parent ? parent->serial : 0, 0);
}

// The generator's frame is finished: its references go, then the frame. A
// frame that did not run to its end (closed, cleared or freed while
// suspended) leaves the suspended ones first (FRAME_EXIT).
static void frame_done(Vm *vm, GenObject *g, bool suspended) {
  if (suspended) trace_frame_exit(vm, &g->frame);
  frame_clear(vm, &g->frame);
  trace_frame(vm, EV_FRAME_POP, &g->frame, NULL);
}

Object *gen_new_from_frame(Vm *vm, Frame *f) {
  CodeObject *co = f->code;
  size_t size = sizeof(GenObject) + sizeof(Object *) *
                                        (size_t)(co->nlocalsplus + co->stacksize);
  GenObject *g = (GenObject *)obj_alloc(vm, vm->t.generator, size);
  if (!g) {
    frame_clear(vm, f);
    eval_pop_frame(vm, f);
    return NULL;
  }
  // Move the frame (and its references) into the generator.
  memcpy(&g->frame, f, sizeof(Frame) + sizeof(Object *) * (size_t)f->stacktop);
  eval_trace_frame_push(vm, &g->frame, f->previous);
  g->frame.owner = FRAME_OWNED_BY_GENERATOR;
  g->frame.previous = NULL;
  g->frame.generator = AS_OBJ(g);
  g->name = newref(vm, ((FunctionObject *)f->func)->name);
  g->qualname = newref(vm, ((FunctionObject *)f->func)->qualname);
  g->code = (CodeObject *)newref(vm, AS_OBJ(co));
  g->state = GEN_CREATED;
  vm->py_depth--;
  datastack_pop(vm, f);
  trace_frame(vm, EV_FRAME_SUSPEND, &g->frame, NULL);
  gc_track(vm, AS_OBJ(g));
  return AS_OBJ(g);
}

Object *gen_yieldfrom(Object *gen) {
  GenObject *g = G(gen);
  if (g->state != GEN_SUSPENDED) return NULL;
  Frame *f = &g->frame;
  uint32_t next = *f->ip;
  if (instr_op(next) != OP_SEND && instr_op(f->ip[-1]) != OP_SEND) return NULL;
  if (instr_op(f->ip[-1]) != OP_YIELD_VALUE) return NULL;
  int top = f->stacktop - f->code->nlocalsplus;
  return top >= 1 ? f->localsplus[f->stacktop - 1] : NULL;
}

// Runs the frame until it yields or finishes. [value] is pushed first (not
// for a just-created frame). [exc]: raise it inside the generator instead.
static Object *resume(Vm *vm, GenObject *g, Object *value, Object *exc,
                      bool *returned) {
  *returned = false;
  Frame *f = &g->frame;
  if (g->state == GEN_RUNNING) {
    xdecref(vm, exc);
    return err_format(vm, vm->t.ValueError, "generator already executing");
  }
  if (g->state == GEN_COMPLETED) {
    if (exc) {
      err_restore(vm, exc);
      return NULL;
    }
    *returned = true;
    return NULL;
  }
  if (g->state == GEN_CREATED && value && value != vm->none && !exc)
    return err_format(vm, vm->t.TypeError,
                      "can't send non-None value to a just-started generator");
  if (g->state == GEN_SUSPENDED && !exc)
    f->localsplus[f->stacktop++] = newref(vm, value ? value : vm->none);
  g->state = GEN_RUNNING;
  f->previous = vm->frame;
  g->exc_state.previous = vm->exc_info;
  vm->exc_info = &g->exc_state;
  vm->py_depth++;
  code_warmup(f->code); // the RESUME after RETURN_GENERATOR or a yield
  trace_frame(vm, EV_FRAME_RESUME, f, f->previous);
  trace_handled(vm);
  incref(vm, AS_OBJ(g));
  Object *r;
  bool yielded = false;
  if (exc) {
    // throw(): the exception appears at the suspended instruction.
    err_restore(vm, exc);
    r = eval_frame_throw(vm, f, &yielded);
  } else {
    r = eval_frame(vm, f, &yielded);
  }
  vm->py_depth--;
  vm->exc_info = g->exc_state.previous;
  g->exc_state.previous = NULL;
  f->previous = NULL;
  trace_handled(vm);
  if (yielded) {
    g->state = GEN_SUSPENDED;
    trace_frame(vm, EV_FRAME_SUSPEND, f, NULL);
  } else {
    g->state = GEN_COMPLETED;
    frame_done(vm, g, false);
    if (r) {
      *returned = true;
      if (r == vm->none) {
        decref(vm, r);
        r = NULL;
      }
    } else if (err_matches(vm, vm->t.StopIteration)) {
      // PEP 479: StopIteration escaping a generator becomes RuntimeError.
      Object *cause = err_fetch(vm);
      err_set(vm, vm->t.RuntimeError, "generator raised StopIteration");
      if (vm->exc) exc_set_cause(vm, vm->exc, cause);
      decref(vm, cause);
    }
  }
  decref(vm, AS_OBJ(g));
  return r;
}

Object *gen_send(Vm *vm, Object *gen, Object *value, bool *returned) {
  return resume(vm, G(gen), value, NULL, returned);
}

// next(gen): NULL without exception when the generator returns None.
static Object *gen_iternext(Vm *vm, Object *gen) {
  bool returned;
  Object *r = resume(vm, G(gen), NULL, NULL, &returned);
  if (returned && r) {
    err_set_object(vm, vm->t.StopIteration, r);
    decref(vm, r);
    return NULL;
  }
  return r;
}

Object *gen_throw(Vm *vm, Object *gen, Object *exc) {
  GenObject *g = G(gen);
  Object *yf = gen_yieldfrom(gen);
  if (yf && is_generator(yf) &&
      !obj_is_instance_of(exc, vm->t.GeneratorExit)) {
    incref(vm, yf);
    g->state = GEN_RUNNING;
    Object *r = gen_throw(vm, yf, newref(vm, exc));
    g->state = GEN_SUSPENDED;
    decref(vm, yf);
    if (r) {
      decref(vm, exc);
      return r;
    }
    // The sub-generator finished: continue in this one with its outcome.
    Object *e = err_fetch(vm);
    decref(vm, exc);
    bool returned;
    if (e && obj_is_instance_of(e, vm->t.StopIteration)) {
      Object *v = exc_get_field(e, EXC_F_VALUE);
      Frame *f = &g->frame;
      Object *top = f->localsplus[--f->stacktop];
      decref(vm, top); // the sub-iterator
      f->ip++;         // skip past SEND's yield to its exit target
      Object *res = resume(vm, g, v ? v : vm->none, NULL, &returned);
      decref(vm, e);
      if (returned && res) {
        err_set_object(vm, vm->t.StopIteration, res);
        decref(vm, res);
        return NULL;
      }
      return res;
    }
    return resume(vm, g, NULL, e, &returned);
  }
  bool returned;
  Object *r = resume(vm, g, NULL, exc, &returned);
  if (returned) {
    if (r) {
      err_set_object(vm, vm->t.StopIteration, r);
      decref(vm, r);
    } else {
      err_set_object(vm, vm->t.StopIteration, NULL);
    }
    return NULL;
  }
  return r;
}

static int gen_close(Vm *vm, Object *gen) {
  GenObject *g = G(gen);
  if (g->state == GEN_CREATED) {
    g->state = GEN_COMPLETED;
    frame_done(vm, g, true);
    return 0;
  }
  if (g->state != GEN_SUSPENDED) return 0;
  Object *exc = exc_new(vm, vm->t.GeneratorExit, NULL);
  if (!exc) return -1;
  Object *r = gen_throw(vm, gen, exc);
  if (r) {
    decref(vm, r);
    err_set(vm, vm->t.RuntimeError, "generator ignored GeneratorExit");
    return -1;
  }
  if (err_matches(vm, vm->t.StopIteration) ||
      err_matches(vm, vm->t.GeneratorExit)) {
    err_clear(vm);
    return 0;
  }
  return vm->exc ? -1 : 0;
}

// ---- Methods and slots ----------------------------------------------------------------------

static Object *gen_send_m(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  Object *v;
  if (parse_args(vm, "generator.send", args, nargs, kw, "1O:value", &v) < 0)
    return NULL;
  bool returned;
  Object *r = gen_send(vm, self, v, &returned);
  if (returned) {
    err_set_object(vm, vm->t.StopIteration, r);
    xdecref(vm, r);
    return NULL;
  }
  return r;
}

static Object *gen_throw_m(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  Object *typ, *val = NULL, *tb = NULL;
  if (parse_args(vm, "generator.throw", args, nargs, kw, "CO|OO:typ,val,tb",
                 &typ, &val, &tb) < 0)
    return NULL;
  Object *exc;
  if (is_exception_type(typ)) {
    exc = val && val != vm->none
              ? (is_exception(val) ? newref(vm, val)
                                   : exc_new(vm, (TypeObject *)typ,
                                             is_tuple(val) ? val : NULL))
              : exc_new(vm, (TypeObject *)typ, NULL);
    if (exc && val && !is_exception(val) && !is_tuple(val)) {
      decref(vm, exc);
      Object *t = tuple_pack(vm, 1, val);
      exc = t ? exc_new(vm, (TypeObject *)typ, t) : NULL;
      xdecref(vm, t);
    }
  } else if (is_exception(typ)) {
    exc = newref(vm, typ);
  } else {
    return err_format(vm, vm->t.TypeError,
                      "exceptions must be classes or instances deriving from "
                      "BaseException, not %s",
                      typ->type->tp_name);
  }
  if (!exc) return NULL;
  if (tb && tb != vm->none) exc_set_traceback(vm, exc, tb);
  return gen_throw(vm, self, exc);
}

static Object *gen_close_m(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (parse_args(vm, "generator.close", args, nargs, kw, "N") < 0) return NULL;
  return gen_close(vm, self) < 0 ? NULL : vm_none(vm);
}

// gen_sizeof: the generator up to its embedded frame's locals (152 bytes in
// CPython 3.11), then a slot per local, cell and stack entry.
static Object *gen_sizeof_m(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  if (parse_args(vm, "generator.__sizeof__", args, nargs, kw, "N") < 0)
    return NULL;
  CodeObject *co = G(self)->code;
  return int_from_i64(vm, 152 + 8 * (int64_t)(co->nlocalsplus + code_py_stacksize(co)));
}

static const MethodDef gen_methods[] = {{"send", gen_send_m, 0, NULL},
                                        {"__sizeof__", gen_sizeof_m, 0, NULL},
                                        {"throw", gen_throw_m, 0, NULL},
                                        {"close", gen_close_m, 0, NULL},
                                        {NULL, NULL, 0, NULL}};

static Object *gen_iter(Vm *vm, Object *self) { return newref(vm, self); }

static Object *gen_repr(Vm *vm, Object *self) {
  return str_from_format(vm, "<generator object %U at %p>", G(self)->qualname,
                         (void *)self);
}

// _PyGen_Finalize: close a suspended generator, reporting errors as
// unraisable.
static void gen_finalize(Vm *vm, Object *self) {
  GenObject *g = G(self);
  if (g->state == GEN_CREATED || g->state == GEN_COMPLETED) return;
  Object *saved = err_fetch(vm);
  if (gen_close(vm, self) < 0) err_write_unraisable(vm, self);
  err_restore(vm, saved);
}

// CPython's order (gen_traverse, _PyFrame_Traverse): gc.get_referents shows
// it. The code object is not a GC object but is visited like CPython's.
static int gen_traverse(Object *self, VisitFn visit, void *arg) {
  GenObject *g = G(self);
  Frame *f = &g->frame;
  Object *head[] = {AS_OBJ(g->code), g->name, g->qualname};
  for (size_t i = 0; i < COUNT_OF(head); i++) {
    int r = head[i] ? visit(head[i], arg) : 0;
    if (r) return r;
  }
  if (g->state != GEN_COMPLETED) {
    Object *frame[] = {AS_OBJ(f->frame_obj), f->locals, f->func,
                       AS_OBJ(f->code)};
    for (size_t i = 0; i < COUNT_OF(frame); i++) {
      int r = frame[i] ? visit(frame[i], arg) : 0;
      if (r) return r;
    }
    for (int i = 0; i < f->stacktop; i++) {
      int r = f->localsplus[i] ? visit(f->localsplus[i], arg) : 0;
      if (r) return r;
    }
  }
  Object *exc = g->exc_state.exc_value;
  return exc ? visit(exc, arg) : 0;
}

static void gen_clear(Vm *vm, Object *self) {
  GenObject *g = G(self);
  if (g->state != GEN_COMPLETED && g->state != GEN_RUNNING) {
    g->state = GEN_COMPLETED;
    frame_done(vm, g, true);
  }
  clear_ref(vm, &g->exc_state.exc_value);
}

static void gen_dealloc(Vm *vm, Object *self) {
  GenObject *g = G(self);
  if (self->oflags & OF_HAS_WEAKREFS) weakref_clear_all(vm, self);
  if (g->state == GEN_SUSPENDED) {
    gc_track(vm, self);
    self->refcnt = 1; // alive again while it is closed
    if (vm->trace.on) trace_refcount_change(vm, self);
    GcHead *h = gc_head(self);
    // (No finalizer in vm_teardown: gc.c's finalize_garbage.)
    if (!(h->flags & GCF_FINALIZED) && !vm->torn_down) {
      h->flags |= GCF_FINALIZED;
      gen_finalize(vm, self);
    }
    --self->refcnt;
    if (vm->trace.on) trace_refcount_change(vm, self);
    if (self->refcnt > 0) return; // resurrected
    gc_untrack(vm, self);
  }
  gen_clear(vm, self);
  clear_ref(vm, &g->name);
  clear_ref(vm, &g->qualname);
  clear_ref(vm, (Object **)&g->code);
  obj_free_memory(vm, self);
}

static Object *gen_get_name(Vm *vm, Object *o) { return newref(vm, G(o)->name); }
static Object *gen_get_qualname(Vm *vm, Object *o) {
  return newref(vm, G(o)->qualname);
}
static Object *gen_get_running(Vm *vm, Object *o) {
  return vm_bool(vm, G(o)->state == GEN_RUNNING);
}
static Object *gen_get_suspended(Vm *vm, Object *o) {
  return vm_bool(vm, G(o)->state == GEN_SUSPENDED);
}
static Object *gen_get_code(Vm *vm, Object *o) {
  return newref(vm, AS_OBJ(G(o)->code));
}
static Object *gen_get_frame(Vm *vm, Object *o) {
  GenObject *g = G(o);
  if (g->state == GEN_COMPLETED) return vm_none(vm);
  FrameObject *fo = frame_materialize(vm, &g->frame);
  return fo ? newref(vm, AS_OBJ(fo)) : NULL;
}
static Object *gen_get_yieldfrom(Vm *vm, Object *o) {
  Object *y = gen_yieldfrom(o);
  return newref(vm, y ? y : vm->none);
}

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {NULL, NULL, NULL}};

void gen_type_init(Vm *vm) {
  TypeObject *t = vm->t.generator;
  t->py_basicsize = 144;
  t->flags |= TPF_HAVE_GC | TPF_WEAKREFABLE;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->iter = gen_iter;
  t->iternext = gen_iternext;
  t->repr = gen_repr;
  t->finalize = gen_finalize;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
  t->dealloc = gen_dealloc;
  type_add_methods(vm, t, gen_methods);
  type_add_getsets(vm, t, gen_getsets);
}
