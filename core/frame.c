// frame.c — frames on the VM's data stack, their clearing (locals released
// first to last, as CPython's _PyFrame_Clear), and frame objects: made on
// demand (tracebacks, generators), untracked while the frame runs, and the
// owners of the frame's data once its call has ended (take_ownership), so
// a traceback keeps the locals alive. See frame.h.
#include "frame.h"

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

#include <stdlib.h>

// ---- The data stack ----------------------------------------------------------------

enum { DATA_CHUNK = 64 * 1024 };

struct DataChunk {
  DataChunk *previous;
  size_t size;
  char *saved_top; // the previous chunk's top when this one was pushed
  char data[];
};

void datastack_init(DataStack *s) { memset(s, 0, sizeof *s); }

void datastack_fini(DataStack *s) {
  DataChunk *c = s->chunk;
  while (c) {
    DataChunk *p = c->previous;
    free(c);
    c = p;
  }
  memset(s, 0, sizeof *s);
}

Frame *datastack_push(Vm *vm, CodeObject *code) {
  DataStack *s = &vm->datastack;
  size_t size = (frame_size_for(code) + 15) & ~(size_t)15;
  if (!s->chunk || (size_t)(s->limit - s->top) < size) {
    size_t csize = size + sizeof(DataChunk) > DATA_CHUNK ? size + sizeof(DataChunk)
                                                         : DATA_CHUNK;
    if (!alloc_take_external(&vm->alloc, csize)) return err_no_memory(vm);
    DataChunk *c = malloc(csize);
    if (!c) {
      alloc_give_external(&vm->alloc, csize);
      return err_no_memory(vm);
    }
    c->previous = s->chunk;
    c->size = csize;
    c->saved_top = s->top;
    s->chunk = c;
    s->top = c->data;
    s->limit = (char *)c + csize;
  }
  Frame *f = (Frame *)s->top;
  s->top += size;
  memset(f, 0, sizeof(Frame));
  return f;
}

void datastack_pop(Vm *vm, Frame *f) {
  DataStack *s = &vm->datastack;
  DataChunk *c = s->chunk;
  if ((char *)f == c->data && c->previous) {
    s->top = c->saved_top;
    s->chunk = c->previous;
    s->limit = (char *)s->chunk + s->chunk->size;
    alloc_give_external(&vm->alloc, c->size);
    free(c);
    return;
  }
  s->top = (char *)f;
}

// ---- Frames -----------------------------------------------------------------------------

void frame_init(Vm *vm, Frame *f, CodeObject *code, Object *func,
                Object *globals, Object *builtins, Object *locals) {
  f->code = (CodeObject *)newref(vm, AS_OBJ(code));
  f->func = xnewref(vm, func);
  f->globals = globals;
  f->builtins = builtins;
  f->locals = xnewref(vm, locals);
  f->ip = code->instrs;
  f->lasti = -1;
  f->stacktop = code->nlocalsplus;
  // Library code run while a library module is imported is not recorded.
  bool quiet = vm->trace.quiet > 0 && (code->flags & CO_LIBRARY);
  f->serial = quiet ? 0 : ++vm->next_frame_serial;
  f->owner = FRAME_OWNED_BY_VM;
  memset(f->localsplus, 0, sizeof(Object *) * (size_t)code->nlocalsplus);
}

void frame_trace_local(Vm *vm, Frame *f, int i) {
  if (!TRACE_FRAME(vm, f)) return;
  uint32_t name = trace_str_obj(vm, tuple_get(f->code->localsplusnames, i));
  Object *v = f->localsplus[i];
  if (v)
    trace_emit(vm, EV_LOCAL_SET, 0, (uint16_t)i, f->serial, name,
               trace_obj(vm, v));
  else
    trace_emit(vm, EV_LOCAL_DEL, 0, (uint16_t)i, f->serial, name, 0);
}

// Releases the locals (first to last) and the value stack.
static void release_slots(Vm *vm, Frame *f) {
  int nplus = f->code->nlocalsplus;
  for (int i = 0; i < f->stacktop; i++) {
    Object *v = f->localsplus[i];
    if (!v) continue;
    f->localsplus[i] = NULL;
    if (i < nplus) frame_trace_local(vm, f, i);
    decref(vm, v);
  }
  f->stacktop = 0;
}

void frame_take_ownership(Vm *vm, Frame *f) {
  FrameObject *fo = f->frame_obj;
  size_t size = sizeof(Frame) + sizeof(Object *) * (size_t)f->stacktop;
  Frame *copy = (Frame *)fo->owned;
  memcpy(copy, f, size);
  copy->owner = FRAME_OWNED_BY_OBJECT;
  fo->frame = copy;
  fo->lineno = frame_line(copy);
  Frame *prev = f->previous;
  if (prev && !fo->f_back) {
    // Often called while an exception unwinds: out of memory, the frame
    // just has no f_back and that exception stays pending.
    Object *pending = err_fetch(vm);
    FrameObject *back = frame_materialize(vm, prev);
    if (back) fo->f_back = newref(vm, AS_OBJ(back));
    err_clear(vm);
    err_restore(vm, pending);
  }
  copy->previous = NULL;
  copy->frame_obj = NULL; // the object owns the data, not the other way round
  if (!gc_is_tracked(AS_OBJ(fo))) gc_track(vm, AS_OBJ(fo));
}

void frame_clear(Vm *vm, Frame *f) {
  if (f->frame_obj) {
    FrameObject *fo = f->frame_obj;
    f->frame_obj = NULL;
    if (AS_OBJ(fo)->refcnt > 1) {
      f->frame_obj = fo;
      frame_take_ownership(vm, f);
      decref(vm, AS_OBJ(fo));
      return;
    }
    fo->frame = NULL;
    decref(vm, AS_OBJ(fo));
  }
  release_slots(vm, f);
  clear_ref(vm, &f->locals);
  clear_ref(vm, &f->func);
  clear_ref(vm, (Object **)&f->code);
}

// ---- Frame objects ----------------------------------------------------------------------------

FrameObject *frame_materialize(Vm *vm, Frame *f) {
  if (f->frame_obj) return f->frame_obj;
  size_t owned = frame_size_for(f->code);
  FrameObject *fo = (FrameObject *)obj_alloc(vm, vm->t.frame,
                                             sizeof(FrameObject) + owned);
  if (!fo) return NULL;
  fo->frame = f;
  fo->lineno = -1;
  fo->owned_size = owned;
  f->frame_obj = fo; // the reference obj_alloc returned
  if (TRACE_FRAME(vm, f))
    trace_emit(vm, EV_FRAME_OBJECT, 0, 0, f->serial, AS_OBJ(fo)->serial, 0);
  return fo;
}

static bool owns_frame(FrameObject *fo) {
  return fo->frame && fo->frame->owner == FRAME_OWNED_BY_OBJECT &&
         fo->frame == (Frame *)fo->owned;
}

static int frameobj_traverse(Object *o, VisitFn visit, void *arg) {
  FrameObject *fo = (FrameObject *)o;
  int r;
  if (fo->f_back && (r = visit(fo->f_back, arg)) != 0) return r;
  if (!owns_frame(fo)) return 0;
  Frame *f = fo->frame;
  if (f->func && (r = visit(f->func, arg)) != 0) return r;
  if ((r = visit(AS_OBJ(f->code), arg)) != 0) return r;
  if (f->locals && (r = visit(f->locals, arg)) != 0) return r;
  for (int i = 0; i < f->stacktop; i++)
    if (f->localsplus[i] && (r = visit(f->localsplus[i], arg)) != 0) return r;
  return 0;
}

static void frameobj_clear(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  if (!owns_frame(fo)) return;
  release_slots(vm, fo->frame);
  clear_ref(vm, &fo->frame->locals);
}

static void frameobj_dealloc(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  if (owns_frame(fo)) {
    Frame *f = fo->frame;
    release_slots(vm, f);
    clear_ref(vm, &f->locals);
    clear_ref(vm, &f->func);
    clear_ref(vm, (Object **)&f->code);
    if (TRACE_FRAME(vm, f)) trace_emit(vm, EV_FRAME_POP, 0, 0, f->serial, 0, 0);
  } else if (fo->frame) {
    fo->frame->frame_obj = NULL;
  }
  clear_ref(vm, &fo->f_back);
  obj_free_memory(vm, o);
}

static Object *frameobj_repr(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  if (!fo->frame) return str_from_format(vm, "<frame at %p>", (void *)o);
  CodeObject *c = fo->frame->code;
  int line = fo->lineno >= 0 ? fo->lineno : frame_line(fo->frame);
  return str_from_format(vm, "<frame at %p, file '%U', line %d, code %U>",
                         (void *)o, c->filename, line, c->name);
}

static Object *frameobj_get_lineno(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  int line = fo->lineno >= 0 ? fo->lineno : fo->frame ? frame_line(fo->frame) : 0;
  return int_from_i64(vm, line);
}

static Object *frameobj_get_code(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  return fo->frame ? newref(vm, AS_OBJ(fo->frame->code)) : vm_none(vm);
}

static Object *frameobj_get_back(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  if (fo->f_back) return newref(vm, fo->f_back);
  if (fo->frame && !owns_frame(fo) && fo->frame->previous) {
    FrameObject *b = frame_materialize(vm, fo->frame->previous);
    return b ? newref(vm, AS_OBJ(b)) : NULL;
  }
  return vm_none(vm);
}

static Object *frameobj_get_globals(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  return fo->frame ? newref(vm, fo->frame->globals) : vm_none(vm);
}

// f_locals: the module/class namespace, or a dict snapshot of fast locals.
static Object *frameobj_get_locals(Vm *vm, Object *o) {
  FrameObject *fo = (FrameObject *)o;
  Frame *f = fo->frame;
  if (!f) return dict_new(vm);
  if (f->locals) return newref(vm, f->locals);
  Object *d = dict_new(vm);
  for (int i = 0; d && i < f->code->nlocalsplus; i++) {
    Object *v = f->localsplus[i];
    if (!v) continue;
    if (f->code->localspluskinds[i] & (LK_CELL | LK_FREE)) {
      v = ((CellObject *)v)->ref;
      if (!v) continue;
    }
    if (dict_set(vm, d, tuple_get(f->code->localsplusnames, i), v) < 0) {
      decref(vm, d);
      return NULL;
    }
  }
  return d;
}

static const GetSetDef frameobj_getsets[] = {
    {"f_lineno", frameobj_get_lineno, NULL},
    {"f_code", frameobj_get_code, NULL},
    {"f_back", frameobj_get_back, NULL},
    {"f_globals", frameobj_get_globals, NULL},
    {"f_locals", frameobj_get_locals, NULL},
    {NULL, NULL, NULL}};

// frame_sizeof: the frame object up to its frame data's locals (128 bytes
// in CPython 3.11), then a slot per local, cell and stack entry.
static Object *frameobj_sizeof(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "frame.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  CodeObject *co = ((FrameObject *)self)->frame->code;
  return int_from_i64(vm, 128 + 8 * (int64_t)(co->nlocalsplus + code_py_stacksize(co)));
}

static const MethodDef frameobj_methods[] = {
    {"__sizeof__", frameobj_sizeof, 0, NULL}, {NULL, NULL, 0, NULL}};

void frame_type_init(Vm *vm) {
  TypeObject *t = vm->t.frame;
  t->py_basicsize = 64;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->traverse = frameobj_traverse;
  t->clear = frameobj_clear;
  t->dealloc = frameobj_dealloc;
  t->repr = frameobj_repr;
  type_add_getsets(vm, t, frameobj_getsets);
  type_add_methods(vm, t, frameobj_methods);
}
