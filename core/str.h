// str.h — str and bytes. A str keeps its UTF-8 bytes inline with its length
// in code points and the largest code point (CPython's kind, which
// sys.getsizeof reports). Identifier-like constants and one-character strs
// are shared, as in CPython (../shared/cpython-semantics.md §2.2).
#ifndef core_str_h
#define core_str_h

#include <stdarg.h>

#include "buf.h"
#include "object.h"

typedef struct StrObject {
  Object ob;
  ssize length;    // code points
  size_t size;     // UTF-8 bytes
  int64_t hash;    // -1 until computed
  uint32_t maxchar;
  char data[];     // size bytes + NUL
} StrObject;

typedef struct BytesObject {
  Object ob;
  ssize size;
  int64_t hash;
  char data[];
} BytesObject;

static inline bool is_str(const Object *o) { return o->type->layout == LAYOUT_STR; }
static inline bool is_bytes(const Object *o) { return o->type->layout == LAYOUT_BYTES; }
static inline const char *str_data(const Object *o) { return ((const StrObject *)o)->data; }
static inline size_t str_size(const Object *o) { return ((const StrObject *)o)->size; }
static inline ssize str_len(const Object *o) { return ((const StrObject *)o)->length; }
static inline bool str_is_ascii(const Object *o) {
  return ((const StrObject *)o)->maxchar < 128;
}

// New str from [size] bytes of valid UTF-8 (the caller guarantees validity).
Object *str_new(Vm *vm, const char *data, size_t size);
// A new exact str that never comes from the one-character cache (CPython
// builds str(int), case-mapped, padded, replaced and joined strings this
// way); the empty string is still the singleton.
Object *str_new_fresh(Vm *vm, const char *data, size_t size);
Object *str_from_cstr(Vm *vm, const char *s);
// printf-like; %s (C string), %d %ld %zd %u %x %c %%, %R (repr of Object*),
// %S (str of Object*), %U (a str Object* as is), %T (type name of Object*),
// %N (a TypeObject*'s name).
Object *str_from_format(Vm *vm, const char *fmt, ...);
Object *str_from_codepoint(Vm *vm, uint32_t cp);
// The interned str equal to [s] (made and interned on first use).
Object *str_intern_cstr(Vm *vm, const char *s);
// Interns [s] in place; returns the canonical object (a new reference) and
// drops the reference to [s].
Object *str_intern(Vm *vm, Object *s);
// PyUnicode_Append for BINARY_OP_INPLACE_ADD_UNICODE: *[slot] (an exact
// str, the variable's own reference) += [right] (an exact str), in place
// when no one else can see it. *[slot] gets the result; *[drop] a
// reference the caller drops after rebinding (or NULL). On error -1, and
// *[slot] is NULL.
int str_append(Vm *vm, Object **slot, Object *right, Object **drop);
bool str_eq(const Object *a, const Object *b);
bool str_eq_cstr(const Object *a, const char *s);
extern const uint8_t str_hash_key[16]; // PYTHONHASHSEED=0
int64_t str_hash(Vm *vm, Object *s);
// The str hash of [size] bytes of UTF-8 (no object needed).
int64_t str_hash_bytes(Vm *vm, const char *data, size_t size);
Object *str_concat(Vm *vm, Object *a, Object *b);
// Byte offset of code point [i] in [s].
size_t str_offset_of(const Object *s, ssize i);
// Repr of a str as CPython writes it.
Object *str_repr_obj(Vm *vm, Object *s);
// Does [s] consist only of [A-Za-z0-9_] (CPython's rule for interning
// string constants)?
bool str_all_name_chars(const Object *s);

// A new str from a Buf (frees the Buf); MemoryError if it failed.
Object *str_from_buf(Vm *vm, Buf *b);
// A str of [type] (str or a subclass) from UTF-8 bytes.
Object *str_new_subtype(Vm *vm, TypeObject *type, const char *data,
                        size_t size);
// s[i] (0 <= i < len) and s[start:stop] by code point.
Object *str_char_at(Vm *vm, Object *s, ssize i);
Object *str_substring(Vm *vm, Object *s, ssize start, ssize stop);
// CPython's sys.getsizeof(s) without the GC head (str has none).
ssize str_sizeof(const Object *s);
Object *str_vformat(Vm *vm, const char *fmt, va_list ap);

Object *bytes_new(Vm *vm, const char *data, size_t size);

void str_type_init(Vm *vm);
void bytes_type_init(Vm *vm);

#endif
