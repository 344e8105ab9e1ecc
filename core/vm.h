// vm.h — struct Vm: everything one interpreter owns (heap, types, generations,
// frames, exception state, trace, output). There is no global state: every
// function takes the Vm it works on. See core/README.md for the data flow.
#ifndef core_vm_h
#define core_vm_h

#include "alloc.h"
#include "api.h"
#include "buf.h"
#include "builtin_types.h"
#include "frame.h"
#include "gc.h"
#include "names.h"
#include "objreg.h"
#include "object.h"
#include "trace.h"

enum { SMALL_INT_MIN = -5, SMALL_INT_MAX = 256 };
enum { MEMERR_FREELIST = 16 }; // preallocated MemoryErrors (exc_memory.c)

// The exception being handled by an `except` block or `finally` (what
// sys.exc_info() returns), kept per frame chain like CPython's exc_info.
typedef struct ExcInfo {
  Object *exc_value; // strong, may be NULL
  struct ExcInfo *previous;
} ExcInfo;

typedef struct WeakTable WeakTable;

struct Vm {
  VmHot hot; // first: read by the inline incref/decref
  VmConfig config;
  Allocator alloc;
  GcState gc;
  BuiltinTypes t;
  InternedNames str;
  Object *nb_names[NB_COUNT][3]; // "__add__", "__radd__", "__iadd__"

  // Singletons and caches
  Object *none, *true_, *false_, *notimpl, *ellipsis;
  Object *empty_tuple, *empty_str, *empty_bytes, *empty_frozenset;
  Object *small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
  Object *latin1[256];    // one-character strings
  Object *one_byte[256];  // one-byte bytes
  Object *interned;       // dict: str -> the interned str
  Object *builtins;       // the builtins module's dict
  Object *builtins_module;
  Object *modules;        // sys.modules
  Object *main_module;
  Object *sys_module;
  Object *atexit_callbacks; // list of (func, args, kwargs or None)
  Object *source_lines;   // tuple of the program's lines (for tracebacks)

  // Exception state
  Object *exc;        // the exception being raised, or NULL
  ExcInfo *exc_info;  // the innermost exception being handled
  ExcInfo base_exc_info;
  Object *last_exc;   // sys.last_value after an uncaught exception
  Object *memory_error; // shared MemoryError, when memerr_free is empty
  Object *memerr_free[MEMERR_FREELIST]; // MemoryErrors ready to raise
  int n_memerr_free;

  // Execution
  Frame *frame;       // the running Python frame, or NULL
  DataStack datastack;
  // Recursion: CPython's depth (what sys.setrecursionlimit bounds) counts
  // Python frames plus the C calls that enter Py_EnterRecursiveCall (repr,
  // comparison, builtin calls, ...); c_depth counts every nesting of C code
  // (those calls and each re-entry of the eval loop) and stops at
  // MAX_C_DEPTH so no program can overflow the C stack.
  int py_depth;       // Python frames active
  int c_rec;          // nested Py_EnterRecursiveCall-style C calls
  int c_depth;        // nested C-level calls and eval loops (max_c_depth)
  int max_c_depth;    // config.max_c_depth, or MAX_C_DEPTH
  int recursion_limit;
  int trash_depth;    // nested deallocations (the trashcan)
  Object *trash_delete_later; // deferred deallocations (a chain)
  int64_t steps;      // instructions executed
  int64_t max_steps;
  int64_t next_check;  // steps value at which eval runs vm_slow_path
  uint32_t next_serial;
  uint32_t next_frame_serial;
  int64_t live_objects;
  int64_t total_allocs;

  // Limits
  const char *limit_name; // set when a limit stopped the program
  Buf limit_message;
  bool stopping;          // a limit was hit: unwind everything
  bool finalizing;        // interpreter shutdown has begun
  bool modules_removed;   // shutdown emptied sys.modules (no source lines)

  // Output
  Buf out[3];             // [VM_STDOUT], [VM_STDERR]
  size_t output_bytes;
  int exit_code;

  // Errors reported through the API
  int error_line, error_col, error_end_col;
  Buf error_message;

  // Objects whose repr is being computed (Py_ReprEnter): "[...]" for cycles.
  Object **repr_stack;
  int repr_depth, repr_cap;

  WeakTable *weakrefs;    // object -> list of weakrefs to it
  TypeObject **static_types; // every type made by type_new_static
  int n_static_types, static_types_cap;
  char *filename;         // the program's path as tracebacks show it
  Object *stop_exc;       // raised to unwind when a limit stopped the run
  bool ran, torn_down;
  int64_t leaked_objects; // objects still allocated after vm_teardown
  ObjRegistry registry;   // live objects, when config.report_leaks
  Trace trace;
  int int_max_str_digits;
};

// ---- Small helpers used everywhere -------------------------------------------

static inline Object *vm_none(Vm *vm) { return newref(vm, vm->none); }
static inline Object *vm_bool(Vm *vm, bool b) {
  return newref(vm, b ? vm->true_ : vm->false_);
}
static inline Object *vm_notimpl(Vm *vm) { return newref(vm, vm->notimpl); }

// Allocates and initializes the header of an object of [type] with
// [size] bytes (the whole struct, header included). GC types get their
// GcHead and are counted for automatic collection, but not tracked yet.
// Returns NULL with MemoryError set on failure.
Object *obj_alloc(Vm *vm, TypeObject *type, size_t size);
// The same, zeroing only the first [zeroed] bytes of the struct (for a
// variable-size object whose items the caller fills at once).
Object *obj_alloc_var(Vm *vm, TypeObject *type, size_t size, size_t zeroed);
// Returns an object's memory to the allocator (after its dealloc).
void obj_free_memory(Vm *vm, Object *o);
// Bytes obj_alloc gave [o] (for freeing).
size_t obj_alloc_size(Object *o);
// Resizes a non-GC object of [size] bytes (as obj_alloc's) whose only
// reference the caller holds, keeping its contents, serial and identity;
// it may move (CPython's PyObject_Realloc). Returns its address, or NULL
// with MemoryError set (the object is unchanged).
Object *obj_resize(Vm *vm, Object *o, size_t size);

// Enters/leaves a nested C-level operation CPython counts in its recursion
// depth; raises RecursionError (with [where], e.g. " while getting the repr
// of an object") past the recursion limit or MAX_C_DEPTH.
int vm_enter_c(Vm *vm, const char *where);
static inline void vm_leave_c(Vm *vm) {
  vm->c_rec--;
  vm->c_depth--;
}
// The same for C recursion CPython does not count (a nested run of the
// eval loop, whose frame eval_push_function_frame counted; nested
// iterators; tuple hashes): only MAX_C_DEPTH applies, so deeply nested data
// gives RecursionError rather than a C stack overflow.
int vm_enter_stack(Vm *vm);
static inline void vm_leave_stack(Vm *vm) { vm->c_depth--; }
// CPython's recursion depth (sys.setrecursionlimit's "recursion depth").
static inline int vm_recursion_depth(const Vm *vm) {
  return vm->py_depth + vm->c_rec;
}
// Raises RecursionError if one more level would pass the recursion limit.
int vm_check_recursion(Vm *vm, const char *where);
// Text built in a C buffer (a repr) that could no longer become a str under
// the memory limit: MemoryError now, before the buffer outgrows the limit.
// 0, or -1 with the error raised.
int vm_check_buf(Vm *vm, const Buf *b);

// Counts [units] of work done in C (big-number arithmetic, each item a C
// loop takes from an iterator) against the step limit, so a long C loop
// stops like a long Python loop; -1 with the stop raised once it must end.
int vm_charge_slow(Vm *vm);
static inline int vm_charge(Vm *vm, int64_t units) {
  vm->steps += units;
  return vm->steps >= vm->next_check ? vm_charge_slow(vm) : 0;
}

// The memory limit is hard, so reports of an exception (which need a few
// strings while the frames it holds still fill memory) run with a reserve
// of extra memory: vm_reserve_begin returns the limit to restore.
size_t vm_reserve_begin(Vm *vm);
static inline void vm_reserve_end(Vm *vm, size_t limit) {
  vm->alloc.limit = limit;
}

// Py_ReprEnter / Py_ReprLeave: 1 if [o] is already being repr'd (print
// "[...]"), 0 if entered, -1 on error.
int repr_enter(Vm *vm, Object *o);
void repr_leave(Vm *vm, Object *o);

// Writes program output (print, tracebacks) to the stream or buffer and the
// trace, counting it against the output limit.
void vm_write(Vm *vm, int stream, const char *data, size_t len);
// Frees the runtime's own objects after a run (vm_shutdown.c).
void vm_teardown(Vm *vm);
// Compiles a module's source; NULL with [err] set (SyntaxError) or an
// exception pending (vm_run.c). SyntaxErrorInfo comes from syntax_error.h.
struct SyntaxErrorInfo;
Object *vm_compile(Vm *vm, const char *src, size_t len, const char *filename,
                   bool library, struct SyntaxErrorInfo *err);
// Stops the program with a limit message ("steps", "memory", ...).
void vm_hit_limit(Vm *vm, const char *name, const char *fmt, ...);

#endif
