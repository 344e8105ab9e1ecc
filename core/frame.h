// frame.h — execution frames. Like CPython 3.11, a running frame is a plain
// struct on the VM's data stack (not an object, so locals are never
// referrers); a `frame` object is made only when something needs one (a
// traceback), and then keeps the locals alive after the call returns.
#ifndef core_frame_h
#define core_frame_h

#include "func.h"

enum { FRAME_OWNED_BY_VM, FRAME_OWNED_BY_GENERATOR, FRAME_OWNED_BY_OBJECT };

typedef struct FrameObject FrameObject;

typedef struct Frame {
  struct Frame *previous;
  CodeObject *code;   // strong
  Object *func;       // strong; NULL for module and class-body code
  Object *globals;    // borrowed (the function or module keeps it alive)
  Object *builtins;   // borrowed
  Object *locals;     // strong; the namespace dict of module/class code
  FrameObject *frame_obj; // strong, or NULL until materialized
  Object *generator;  // borrowed: the generator owning this frame, or NULL
  uint32_t *ip;       // the next instruction
  int lasti;          // index of the instruction being executed
  int stacktop;       // number of values on the value stack
  int last_line;      // the line the trace last reported for this frame
  int last_lasti;     // the instruction the trace last saw (loops)
  uint32_t serial;    // stable frame number for the trace
  uint8_t owner;      // FRAME_OWNED_BY_*
  bool is_entry;      // returning from it returns to C
  Object *localsplus[]; // locals, cells, free vars, then the value stack
} Frame;

// The Python-visible `frame` object.
struct FrameObject {
  Object ob;
  Frame *frame;   // the frame: still running, or stored in [owned]
  Object *f_back; // a FrameObject, or NULL
  int lineno;     // line when the frame finished (-1 while running)
  size_t owned_size;
  Object *owned[]; // storage the frame moves into when its call ends
};

static inline Object **frame_stack_base(Frame *f) {
  return f->localsplus + f->code->nlocalsplus;
}

static inline int frame_line(const Frame *f) {
  int i = f->lasti < 0 ? 0 : f->lasti;
  return f->code->locs[i].lineno;
}

static inline size_t frame_size_for(const CodeObject *code) {
  return sizeof(Frame) +
         sizeof(Object *) * (size_t)(code->nlocalsplus + code->stacksize);
}

// The VM's stack of frame memory (chunks, LIFO).
typedef struct DataChunk DataChunk;
typedef struct DataStack {
  DataChunk *chunk;
  char *top, *limit;
} DataStack;

void datastack_init(DataStack *s);
void datastack_fini(DataStack *s);
// Reserves memory for a frame of [code]; NULL when out of memory.
Frame *datastack_push(Vm *vm, CodeObject *code);
void datastack_pop(Vm *vm, Frame *f);

// Sets up a frame: code, function, globals, empty locals. Takes a reference
// to [func] (may be NULL) and [locals] (may be NULL).
void frame_init(Vm *vm, Frame *f, CodeObject *code, Object *func,
                Object *globals, Object *builtins, Object *locals);
// Drops every reference the frame holds (locals, stack, code, function). If
// a frame object still refers to it, the frame moves into that object first.
void frame_clear(Vm *vm, Frame *f);
// Reports local slot [i] of [f] to the trace (LOCAL_SET, or LOCAL_DEL when
// empty).
void frame_trace_local(Vm *vm, Frame *f, int i);
// Returns the frame object for [f] (made on first use), borrowed.
FrameObject *frame_materialize(Vm *vm, Frame *f);
// Moves a finished generator or call frame into its frame object.
void frame_take_ownership(Vm *vm, Frame *f);

#endif
