// strformat.h — what the str-side files export beyond str.h/abstract.h:
// format() (format.c), str.format (formatmarkup.c), printf-style %
// (pctformat.c), the codecs behind str.encode / bytes.decode / str()
// (strcodec.c), the bytes helpers (bytes.c) and the str methods table
// (strmethods.c). Behaviour is CPython 3.11's (Objects/unicodeobject.c,
// Objects/stringlib/).
#ifndef core_strformat_h
#define core_strformat_h

#include "buf.h"
#include "object.h"
#include "unicode_types.h"

// ---- Building a str the way CPython's _PyUnicodeWriter does -----------------
// When the only thing written is one whole existing str and the writer is
// not over-allocating, the result is that very object (so "{}".format(s) is
// s). Otherwise the bytes collect in [buf] and the result is a new str
// (empty and one-character Latin-1 results come from the caches).
typedef struct StrWriter {
  Buf buf;
  Object *whole;     // strong: the str written as a whole so far, or NULL
  bool overallocate; // CPython's flag: true until the last piece is known
} StrWriter;

void strwriter_init(StrWriter *w);
// Writes all of [s] (a str, possibly of a subclass). 0 or -1.
int strwriter_write_str(Vm *vm, StrWriter *w, Object *s);
// Writes bytes [start, end) of the str [s]; the whole string counts as
// strwriter_write_str.
int strwriter_write_sub(Vm *vm, StrWriter *w, Object *s, size_t start,
                        size_t end);
// The buffer, for appending formatted text directly (a pending whole str is
// copied into it first).
Buf *strwriter_buf(Vm *vm, StrWriter *w);
// The result (a new reference), or NULL with MemoryError. Frees [w].
Object *strwriter_finish(Vm *vm, StrWriter *w);
void strwriter_free(Vm *vm, StrWriter *w);

// ---- format() (format.c, formatmarkup.c) ----------------------------------
// __format__ of int (and bool), float and str: format(o, spec) for those
// types, [spec] a str. Empty spec: str(o).
Object *format_int(Vm *vm, Object *o, Object *spec);
Object *format_float(Vm *vm, Object *o, Object *spec);
Object *format_str(Vm *vm, Object *o, Object *spec);
// object.__format__ as a C method, for object's MethodDef table: "" gives
// str(self), anything else "unsupported format string passed to
// T.__format__".
Object *object_format(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      Object *kwnames);
// int.__format__ and float.__format__ as C methods (for int.c / float.c's
// tables): CPython's argument messages, then format_int / format_float.
Object *format_int_dunder(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames);
Object *format_float_dunder(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames);
// The one argument of a __format__ method (borrowed): "T.__format__() takes
// exactly one argument (0 given)" ([fname] "T.__format__"), "__format__()
// argument must be str, not int".
Object *format_spec_arg(Vm *vm, const char *fname, Object *const *args,
                        size_t nargs, Object *kwnames);
// Formats [o] with the spec spec_src[start:end) (bytes) into [w], as
// str.format's render_field: exact str/int/float directly, others through
// format(o, spec).
int format_into_writer(Vm *vm, StrWriter *w, Object *o, Object *spec_src,
                       size_t start, size_t end);
// FORMAT_VALUE: [conversion] 0 none, 1 str(), 2 repr(), 3 ascii(); [spec]
// (a str) may be NULL.
Object *format_value(Vm *vm, Object *value, int conversion, Object *spec);
// BUILD_STRING and str.join's core: concatenates [n] strs (items of other
// types raise "sequence item i: expected str instance, T found"). One exact
// str is returned itself.
Object *str_join_array(Vm *vm, Object *const *items, ssize n);
// The same with [sep] (a str) between the items.
Object *str_join_sep(Vm *vm, Object *sep, Object *const *items, ssize n);
// str.format, str.format_map and str.__format__ as C methods.
Object *str_format_method(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames);
Object *str_format_map_method(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kwnames);
Object *str_format_dunder(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames);

// ---- printf-style formatting (pctformat.c) ---------------------------------
// fmt % args: [args] a tuple, a single value or a mapping (for "%(key)s").
Object *str_mod_format(Vm *vm, Object *fmt, Object *args);

// ---- Codecs (strcodec.c): utf-8, ascii and latin-1 -------------------------
typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } CodecId;
typedef enum {
  ERRORS_STRICT,
  ERRORS_IGNORE,
  ERRORS_REPLACE,
  ERRORS_BACKSLASHREPLACE,
  ERRORS_UNKNOWN // raises LookupError when an error needs handling
} ErrorsId;

// Looks [encoding] up by CPython's normalization and aliases ("UTF8",
// "latin_1", "us-ascii", ...); -1 with LookupError "unknown encoding: X".
int codec_lookup(Vm *vm, Object *encoding);
// str.encode: [encoding] and [errors] are strs or NULL (utf-8, strict).
Object *str_encode(Vm *vm, Object *s, Object *encoding, Object *errors);
// bytes.decode / str(bytes, encoding, errors): an exact str.
Object *bytes_decode(Vm *vm, const char *data, size_t size, Object *encoding,
                     Object *errors);
// str(object='', encoding=..., errors=...): tp_new of str.
Object *str_tp_new(Vm *vm, TypeObject *type, Object *const *args, size_t nargs,
                   Object *kwnames);

// ---- Helpers shared by the str files ---------------------------------------
// Adds str's methods and tp_new (called by str_type_init).
void str_type_init_methods(Vm *vm, TypeObject *t);
// The list split()/rsplit() return for [spans] of [self] (left to right):
// CPython preallocates min(maxsplit + 1, 12) slots, which sys.getsizeof
// shows. [piece] makes one item (the whole input may be [self] itself).
typedef Object *(*SpanPieceFn)(Vm *vm, Object *self, UnicodeSpan sp);
Object *split_result_list(Vm *vm, Object *self, const UnicodeSpans *spans,
                          int64_t maxsplit, SpanPieceFn piece);
// Argument helpers shared by the str and bytes methods:
// "T.NAME() takes no keyword arguments" ([type] "str" or "bytes").
int strm_no_keywords(Vm *vm, const char *type, const char *name, Object *kw);
// A start/end argument (_PyEval_SliceIndex): None keeps *out, big ints
// saturate, anything without __index__ is a TypeError.
int strm_slice_bound(Vm *vm, Object *v, int64_t *out);
// (sub[, start[, end]]) of find and friends, without keywords ("find()
// takes at least 1 argument (0 given)"); start/end default to 0, INT64_MAX.
int strm_search_args(Vm *vm, const char *type, const char *name,
                     Object *const *args, size_t nargs, Object *kw,
                     int64_t *start, int64_t *end);
// How CPython's argument clinic names the type of a bad argument: "None"
// for None, else the type's name.
const char *strm_arg_type(Vm *vm, Object *o);
// An argument CPython converts to a C int (tabsize, keepends,
// bytes_per_sep): __index__, then OverflowError "Python int too large to
// convert to C int".
int strm_c_int(Vm *vm, Object *o, int64_t *out);
// join()'s argument as a list or tuple (a new reference), or TypeError
// "can only join an iterable".
Object *strm_join_sequence(Vm *vm, Object *it);
// Adds the search/split/strip/case methods of bytes (bytesmethods.c).
void bytes_type_init_methods(Vm *vm, TypeObject *t);
// A new bytes object that never comes from a one-byte cache (CPython's
// PyBytes_FromStringAndSize(NULL, n) then filled: upper, replace, join, step
// slices, bytes(tuple)); b'' is still the singleton.
Object *bytes_new_fresh(Vm *vm, const char *data, size_t size);
// The byte an int-like [o] stands for; ValueError [range_msg] outside
// range(256). 0 or -1.
int bytes_byte_value(Vm *vm, Object *o, const char *range_msg, char *out);
// PyObject_Bytes: a bytes object itself, __bytes__, or a copy of an
// iterable of ints ("cannot convert 'str' object to bytes").
Object *bytes_of_object(Vm *vm, Object *x);
// repr() of bytes data: b'...' with CPython's quote choice and escapes.
Object *bytes_repr_data(Vm *vm, const char *data, size_t size);

#endif
