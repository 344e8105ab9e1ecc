// int.h — int and bool (bool is int's subclass, sharing IntObject), and
// float. Values that fit in int64 are kept unboxed in [v]; larger ones use
// bigint.h. Small ints -5..256 are cached per VM, as in CPython.
#ifndef core_int_h
#define core_int_h

#include "object.h"

struct BigInt;
struct BigAlloc;
struct BigErr;
struct Buf;

typedef struct IntObject {
  Object ob;
  int64_t v;              // the value when big == NULL
  struct BigInt *big;     // the value when it does not fit in int64
} IntObject;

typedef struct FloatObject {
  Object ob;
  double v;
} FloatObject;

static inline bool is_int(const Object *o) { return o->type->layout == LAYOUT_INT; }
static inline bool is_float(const Object *o) { return o->type->layout == LAYOUT_FLOAT; }
static inline bool int_is_small(const Object *o) { return ((IntObject *)o)->big == NULL; }
static inline int64_t int_small_value(const Object *o) { return ((IntObject *)o)->v; }

Object *int_from_i64(Vm *vm, int64_t v);
Object *int_from_big(Vm *vm, struct BigInt *big); // takes ownership
Object *int_from_double(Vm *vm, double d);         // int(3.9) == 3
Object *int_from_string(Vm *vm, const char *s, size_t len, int base);
// Converts to int64; -1 with OverflowError ([what] names the context) if it
// does not fit. *ok is set to false on error.
int64_t int_as_i64(Vm *vm, Object *o, bool *ok);
// For indexes: values that do not fit saturate (like PyNumber_AsSsize_t with
// no exception) when [clamp], else raise IndexError("cannot fit 'int' into
// an index-sized integer").
ssize int_as_ssize(Vm *vm, Object *o, bool clamp, bool *ok);
double int_as_double(Vm *vm, Object *o, bool *ok);
Object *int_to_float(Vm *vm, Object *o); // float(i)
// bin/oct/hex: [base] 2, 8 or 16; [flags] from bigint.h (BIG_STR_*).
Object *int_to_base(Vm *vm, Object *o, int base, int flags);
int int_sign(const Object *o);
int int_compare(const Object *a, const Object *b);
bool int_is_zero(const Object *o);
Object *int_repr_obj(Vm *vm, Object *o);
// Python's hash of an int.
int64_t int_hash_value(const Object *o);
// __index__: returns a new reference to an exact int, or NULL with TypeError.
Object *number_index(Vm *vm, Object *o);
// CPython's digit count (30-bit digits) for sys.getsizeof.
ssize int_ndigits(const Object *o);
struct BigInt *int_to_big(Vm *vm, const Object *o); // a fresh copy
// The allocator big ints use (the VM's, so memory limits apply).
struct BigAlloc vm_big_alloc(Vm *vm);
// Raises the Python exception for a bigint error (always returns NULL).
void *raise_big_error(Vm *vm, const struct BigErr *err);

Object *float_new(Vm *vm, double v);
// float(x) for a number-like object; NULL with TypeError otherwise.
Object *float_from_object(Vm *vm, Object *o);
double float_value(const Object *o);
Object *float_repr_obj(Vm *vm, double v);
int64_t float_hash_value(Vm *vm, Object *o);
// Raises the exception a numfmt function reported (its status < 0, the
// message in [err], which is freed); always returns NULL.
Object *raise_numfmt(Vm *vm, int status, struct Buf *err);

void int_type_init(Vm *vm);
// Adds int.to_bytes and int.from_bytes (int_bytes.c).
void int_bytes_init(Vm *vm, TypeObject *int_type);
void float_type_init(Vm *vm);
// Adds float.hex and float.fromhex (float_hex.c).
void float_hex_init(Vm *vm, TypeObject *float_type);

#endif
