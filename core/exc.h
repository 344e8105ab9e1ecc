// exc.h — exception objects (BaseException and its subclasses) and
// traceback objects. An exception keeps its traceback, which keeps the
// frames (and their locals) alive: ../shared/cpython-semantics.md §5.
#ifndef core_exc_h
#define core_exc_h

#include "frame.h"

// Extra per-class fields live in [fields] (see exc.c for the mapping):
// StopIteration.value, SystemExit.code, ImportError.msg/name/path,
// NameError.name, AttributeError.name/obj, SyntaxError's eight fields.
enum { EXC_FIELDS = 8 };

typedef struct ExceptionObject {
  Object ob;
  Object *args;      // tuple
  Object *traceback; // TracebackObject or NULL
  Object *context, *cause;
  Object *dict;      // attributes set on the instance, made on demand
  Object *notes;
  bool suppress_context;
  Object *fields[EXC_FIELDS];
} ExceptionObject;

typedef struct TracebackObject {
  Object ob;
  Object *next;       // TracebackObject or NULL
  FrameObject *frame; // strong
  int lasti;          // instruction index in the frame's code
  int lineno;
} TracebackObject;

static inline bool is_exception(const Object *o) {
  return o->type->layout == LAYOUT_EXCEPTION;
}
static inline bool is_exception_type(const Object *o) {
  return o->type->layout == LAYOUT_TYPE &&
         (((const TypeObject *)o)->flags & TPF_EXC_SUBCLASS);
}

// A new instance of exception class [type] with the given args tuple
// (NULL: no args) — calls the class, so user __init__ runs.
Object *exc_new(Vm *vm, TypeObject *type, Object *args);
// Instance of [type] with a single str argument.
Object *exc_new_msg(Vm *vm, TypeObject *type, const char *msg);
Object *exc_get_field(Object *exc, int i); // borrowed
void exc_set_field(Vm *vm, Object *exc, int i, Object *value);
// str(exc) as CPython computes it (KeyError uses repr of a single arg).
Object *exc_str(Vm *vm, Object *exc);
void exc_set_traceback(Vm *vm, Object *exc, Object *tb); // tb may be NULL
void exc_set_context(Vm *vm, Object *exc, Object *context);
void exc_set_cause(Vm *vm, Object *exc, Object *cause);
// Adds a traceback entry for [frame] at its current instruction in front of
// the pending exception's traceback (PyTraceBack_Here). -1 if memory ran
// out: the pending exception is then unchanged.
int traceback_here(Vm *vm, Frame *frame);

void exc_types_init(Vm *vm);
void exc_oserror_init(Vm *vm); // exc_oserror.c, called by exc_types_init
// exc_unicode.c: the Unicode*Error classes (called by exc_types_init) and
// raising them: UnicodeDecodeError(encoding, bytes(data), start, end,
// reason), UnicodeEncodeError(encoding, s, start, end, reason). Return -1.
void exc_unicode_init(Vm *vm);
int unicode_decode_error_raise(Vm *vm, const char *encoding, const char *data,
                               size_t len, ssize start, ssize end,
                               const char *reason);
int unicode_encode_error_raise(Vm *vm, const char *encoding, Object *s,
                               ssize start, ssize end, const char *reason);
// Releases everything an exception refers to (args, traceback, chain, ...).
void exc_clear_fields(Vm *vm, Object *exc);
// Sets args to () (the exception's only state after exc_clear_fields).
void exc_set_args_empty(Vm *vm, Object *exc);

// MemoryError without allocating (exc_memory.c): preallocated instances
// that return to a freelist when dropped. exc_memerr_take gives a new
// reference, or NULL if even the shared last-resort instance is gone.
int exc_memerr_init(Vm *vm);
Object *exc_memerr_take(Vm *vm);
void exc_memerr_fini(Vm *vm);
void traceback_type_init(Vm *vm);

// Field indexes.
enum {
  EXC_F_VALUE = 0,   // StopIteration
  EXC_F_CODE = 0,    // SystemExit
  EXC_F_MSG = 0,     // ImportError / SyntaxError
  EXC_F_NAME = 1,    // ImportError, NameError (0), AttributeError (0)
  EXC_F_PATH = 2,    // ImportError
  EXC_F_ATTR_NAME = 0,
  EXC_F_ATTR_OBJ = 1,
  EXC_F_NAME_NAME = 0,
  EXC_F_SYN_MSG = 0, EXC_F_SYN_FILENAME = 1, EXC_F_SYN_LINENO = 2,
  EXC_F_SYN_OFFSET = 3, EXC_F_SYN_TEXT = 4, EXC_F_SYN_END_LINENO = 5,
  EXC_F_SYN_END_OFFSET = 6, EXC_F_SYN_PRINT_FILE_AND_LINE = 7,
};

#endif
