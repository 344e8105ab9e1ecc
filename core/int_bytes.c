// int_bytes.c — int.to_bytes and int.from_bytes: two's complement byte
// strings in either byte order, with the checks and messages of CPython
// 3.11's int_to_bytes_impl / _PyLong_AsByteArray and int_from_bytes_impl /
// _PyLong_FromByteArray. core/NUMBERS.md describes ints.
#include "abstract.h"
#include "args.h"
#include "bigint.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "strformat.h"
#include "typeobj.h"
#include "vm.h"

#include <stdlib.h>
#include <string.h>

// byteorder: 'big' (the default) or 'little'. -1 with the error raised.
static int parse_byteorder(Vm *vm, const char *fname, Object *order,
                           bool *little) {
  *little = false;
  if (!order) return 0;
  if (!is_str(order)) {
    err_format(vm, vm->t.TypeError, "%s() argument 'byteorder' must be str, "
               "not %s", fname, strm_arg_type(vm, order));
    return -1;
  }
  if (strcmp(str_data(order), "little") == 0 && str_size(order) == 6)
    *little = true;
  else if (strcmp(str_data(order), "big") != 0 || str_size(order) != 3) {
    err_set(vm, vm->t.ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
  }
  return 0;
}

static void reverse_bytes(unsigned char *p, size_t n) {
  for (size_t i = 0; i < n / 2; i++) {
    unsigned char t = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = t;
  }
}

// Two's complement in place: invert every byte, add one (little-endian).
static void negate_bytes(unsigned char *p, size_t n) {
  unsigned carry = 1;
  for (size_t i = 0; i < n; i++) {
    unsigned v = (unsigned)(unsigned char)~p[i] + carry;
    p[i] = (unsigned char)v;
    carry = v >> 8;
  }
}

// True when |x| is a power of two (so -|x| needs one bit less).
static bool is_power_of_two(const BigInt *x) {
  int64_t n = big_ndigits(x);
  for (int64_t i = 0; i + 1 < n; i++)
    if (x->digits[i]) return false;
  uint32_t top = n ? x->digits[n - 1] : 0;
  return top && !(top & (top - 1));
}

// Whether [x] fits in [n] bytes (unsigned, or two's complement if [sign]).
static bool fits(const BigInt *x, size_t n, bool sign) {
  uint64_t bits = (uint64_t)big_bit_length(x);
  if (big_sign(x) < 0 && is_power_of_two(x)) bits--; // -2**k
  uint64_t room = (uint64_t)n * 8;
  return sign ? bits < room || (bits == 0 && room == 0) : bits <= room;
}

// The low [n] bytes of |x|, little-endian.
static void magnitude_bytes(const BigInt *x, unsigned char *out, size_t n) {
  uint64_t acc = 0;
  int bits = 0;
  size_t k = 0;
  for (int64_t i = 0; i < big_ndigits(x) && k < n; i++) {
    acc |= (uint64_t)x->digits[i] << bits;
    for (bits += BIG_SHIFT; bits >= 8 && k < n; bits -= 8, acc >>= 8)
      out[k++] = (unsigned char)acc;
  }
  for (; bits > 0 && k < n; bits -= 8, acc >>= 8)
    out[k++] = (unsigned char)acc;
}

static Object *to_bytes_of(Vm *vm, const BigInt *x, size_t n, bool little,
                           bool sign) {
  if (big_sign(x) < 0 && !sign) {
    err_set(vm, vm->t.OverflowError, "can't convert negative int to unsigned");
    return NULL;
  }
  if (!fits(x, n, sign)) {
    err_set(vm, vm->t.OverflowError, "int too big to convert");
    return NULL;
  }
  unsigned char *buf = calloc(n ? n : 1, 1);
  if (!buf) return err_no_memory(vm);
  magnitude_bytes(x, buf, n);
  if (big_sign(x) < 0) negate_bytes(buf, n);
  if (!little) reverse_bytes(buf, n);
  Object *r = bytes_new_fresh(vm, (const char *)buf, n);
  free(buf);
  return r;
}

static Object *int_to_bytes(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  ssize length = 1;
  Object *order = NULL;
  int sign = 0;
  bool little;
  if (parse_args(vm, "to_bytes", args, nargs, kw, "K|nO$p:length,byteorder,"
                 "signed", &length, &order, &sign) < 0 ||
      parse_byteorder(vm, "to_bytes", order, &little) < 0)
    return NULL;
  if (length < 0) {
    err_set(vm, vm->t.ValueError, "length argument must be non-negative");
    return NULL;
  }
  BigInt *x = int_to_big(vm, self);
  if (!x) return err_no_memory(vm);
  Object *r = to_bytes_of(vm, x, (size_t)length, little, sign);
  BigAlloc al = vm_big_alloc(vm);
  big_free(&al, x);
  return r;
}

// The int whose two's complement (if [sign]) little-endian bytes are
// [p][0..n) (modified).
static Object *int_of_bytes(Vm *vm, unsigned char *p, size_t n, bool sign) {
  bool negative = sign && n && (p[n - 1] & 0x80);
  if (negative) negate_bytes(p, n);
  size_t ndigits = (n * 8 + BIG_SHIFT - 1) / BIG_SHIFT;
  BigAlloc al = vm_big_alloc(vm);
  BigInt *b = al.alloc(al.ctx, sizeof(BigInt) + (ndigits ? ndigits : 1) * 4);
  if (!b) return err_no_memory(vm);
  memset(b->digits, 0, ndigits * 4);
  for (size_t i = 0; i < n * 8; i++)
    if (p[i / 8] >> (i % 8) & 1)
      b->digits[i / BIG_SHIFT] |= (uint32_t)1 << (i % BIG_SHIFT);
  // -2**(8n-1) negates to itself: its top bit is the magnitude's.
  while (ndigits && !b->digits[ndigits - 1])
    ndigits--;
  b->size = negative ? -(int64_t)ndigits : (int64_t)ndigits;
  return int_from_big(vm, b);
}

static Object *int_from_bytes(Vm *vm, Object *type, Object *const *args,
                              size_t nargs, Object *kw) {
  Object *src = NULL, *order = NULL;
  int sign = 0;
  bool little;
  if (parse_args(vm, "from_bytes", args, nargs, kw, "KO|O$p:bytes,byteorder,"
                 "signed", &src, &order, &sign) < 0 ||
      parse_byteorder(vm, "from_bytes", order, &little) < 0)
    return NULL;
  Object *b = bytes_of_object(vm, src);
  if (!b) return NULL;
  const BytesObject *by = (const BytesObject *)b;
  size_t n = (size_t)by->size;
  unsigned char *p = malloc(n ? n : 1);
  Object *r = NULL;
  if (p) {
    memcpy(p, by->data, n);
    if (!little) reverse_bytes(p, n);
    r = int_of_bytes(vm, p, n, sign);
    free(p);
  } else {
    err_no_memory(vm);
  }
  decref(vm, b);
  if (!r || type == AS_OBJ(vm->t.int_)) return r;
  Object *o = obj_call1(vm, type, r);
  decref(vm, r);
  return o;
}

static const MethodDef int_bytes_methods[] = {
    {"to_bytes", int_to_bytes, 0, NULL},
    {"from_bytes", int_from_bytes, MD_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

void int_bytes_init(Vm *vm, TypeObject *int_type) {
  type_add_methods(vm, int_type, int_bytes_methods);
}
