// eval.h — running code: the interpreter loop (eval.c), calls into Python
// functions with CPython's argument binding and messages (eval_call.c), and
// generators (gen.c). Python-to-Python calls do not recurse in C.
#ifndef core_eval_h
#define core_eval_h

#include "frame.h"

// Calls a Python function from C with borrowed arguments.
Object *eval_call_function(Vm *vm, Object *func, Object *const *args,
                           size_t nargs, Object *kwnames);
// Runs [code] with [globals] as globals and [locals] (module code: the same
// dict). Returns the value of the code (None for a module) or NULL.
Object *eval_code(Vm *vm, CodeObject *code, Object *globals, Object *locals);
// Runs [f] (already initialized, not yet linked) until it returns or
// yields. The frame is cleared and popped unless it belongs to a generator.
// *yielded tells a generator's caller whether the frame is suspended.
Object *eval_frame(Vm *vm, Frame *f, bool *yielded);
// Like eval_frame, but raises the pending exception (vm->exc) at the
// frame's current instruction first (generator.throw).
Object *eval_frame_throw(Vm *vm, Frame *f, bool *yielded);

// Pushes a frame for [func] and binds [args] (moved from the caller's
// stack when [steal], else borrowed). NULL with an exception on error (the
// stolen arguments are released).
Frame *eval_push_function_frame(Vm *vm, Object *func, Object *const *args,
                                size_t nargs, Object *kwnames, bool steal);
// FRAME_PUSH of [f] called from [parent], then LOCAL_SET of its arguments
// (generator frames: by gen_new_from_frame).
void eval_trace_frame_push(Vm *vm, Frame *f, Frame *parent);
// Pops a frame pushed by eval_push_function_frame (after frame_clear).
void eval_pop_frame(Vm *vm, Frame *f);

// Generators (gen.c)
Object *gen_new_from_frame(Vm *vm, Frame *f);
// gen.send(value) / next(gen): the yielded value, or NULL: returned (no
// exception for a None return from next(); StopIteration otherwise) or
// error.
Object *gen_send(Vm *vm, Object *gen, Object *value, bool *returned);
Object *gen_throw(Vm *vm, Object *gen, Object *exc);
// The sub-iterator a `yield from` is delegating to, or NULL (borrowed).
Object *gen_yieldfrom(Object *gen);
bool is_generator(const Object *o);
// A generator's frame while it is not running (created or suspended), else
// NULL (for the trace's state dumps).
Frame *gen_suspended_frame(Object *gen);
void gen_type_init(Vm *vm);

#endif
