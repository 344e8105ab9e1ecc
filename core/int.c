// int.c — the int and bool types. Values that fit in int64 are computed
// directly; the rest goes through bigint.h (CPython's algorithms and error
// messages). Small ints -5..256 are per-VM singletons, as in CPython.
#include "int.h"

#include "abstract.h"
#include "args.h"
#include "bigint.h"
#include "errors.h"
#include "func.h"
#include "int_cost.h"
#include "str.h"
#include "strformat.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

// ---- Big-int plumbing ------------------------------------------------------------

static void *big_alloc_fn(void *ctx, size_t n) {
  return alloc_sized(&((Vm *)ctx)->alloc, n);
}
static void big_free_fn(void *ctx, void *p) {
  alloc_sized_free(&((Vm *)ctx)->alloc, p);
}
BigAlloc vm_big_alloc(Vm *vm) {
  BigAlloc al = {big_alloc_fn, big_free_fn, vm};
  return al;
}
#define big_al vm_big_alloc

// A BigInt view of a small value, on the stack.
// Room for a small int's digits, seen as a BigInt (the union keeps the
// accesses through BigInt well defined under strict aliasing).
typedef union TempBig {
  BigInt big;
  struct {
    int64_t size;
    uint32_t digits[3];
  } room;
} TempBig;

static const BigInt *temp_big(int64_t v, TempBig *t) {
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  int n = 0;
  while (m) {
    t->big.digits[n++] = (uint32_t)(m & BIG_MASK);
    m >>= BIG_SHIFT;
  }
  t->big.size = v < 0 ? -n : n;
  return &t->big;
}

static const BigInt *as_big(const Object *o, TempBig *t) {
  const IntObject *i = (const IntObject *)o;
  return i->big ? i->big : temp_big(i->v, t);
}

static void *raise_big(Vm *vm, const BigErr *err, const char *repr);

static TypeObject *big_error_class(Vm *vm, BigError code) {
  switch (code) {
  case BIG_NOMEM:
    return vm->t.MemoryError;
  case BIG_DIV_ZERO:
  case BIG_MOD_ZERO:
  case BIG_TRUEDIV_ZERO:
    return vm->t.ZeroDivisionError;
  case BIG_FLOAT_OVERFLOW:
  case BIG_TRUEDIV_OVERFLOW:
  case BIG_FROM_INF:
  case BIG_TOO_MANY_DIGITS:
    return vm->t.OverflowError;
  default:
    return vm->t.ValueError;
  }
}

void *raise_big_error(Vm *vm, const BigErr *err) {
  return raise_big(vm, err, NULL);
}

static void *raise_big(Vm *vm, const BigErr *err, const char *repr) {
  if (err->code == BIG_NOMEM) return err_no_memory(vm);
  Buf msg;
  buf_init(&msg);
  big_error_message(&msg, err, repr ? repr : "");
  Object *s = str_new(vm, buf_cstr(&msg), msg.len);
  buf_free(&msg);
  if (s) {
    err_set_object(vm, big_error_class(vm, err->code), s);
    decref(vm, s);
  }
  return NULL;
}

// ---- Construction ----------------------------------------------------------------

static Object *int_alloc(Vm *vm, TypeObject *type, int64_t v, BigInt *big) {
  IntObject *o = (IntObject *)obj_alloc(vm, type, sizeof(IntObject));
  if (!o) {
    if (big) big_free(&(BigAlloc){big_alloc_fn, big_free_fn, vm}, big);
    return NULL;
  }
  o->v = v;
  o->big = big;
  return AS_OBJ(o);
}

Object *int_from_i64(Vm *vm, int64_t v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX)
    return newref(vm, vm->small_ints[v - SMALL_INT_MIN]);
  return int_alloc(vm, vm->t.int_, v, NULL);
}

Object *int_from_big(Vm *vm, BigInt *big) {
  if (!big) return err_no_memory(vm);
  int64_t v;
  if (big_to_i64(big, &v)) {
    BigAlloc al = big_al(vm);
    big_free(&al, big);
    return int_from_i64(vm, v);
  }
  return int_alloc(vm, vm->t.int_, 0, big);
}

Object *int_from_double(Vm *vm, double d) {
  if (d > -9.2e18 && d < 9.2e18) return int_from_i64(vm, (int64_t)d);
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  BigInt *b = big_from_double(&al, d, &err);
  return b ? int_from_big(vm, b) : raise_big(vm, &err, NULL);
}

// The "invalid literal" ValueError, showing repr([src]).
static Object *raise_invalid_literal(Vm *vm, const BigErr *err, Object *src) {
  Object *r = src ? obj_repr(vm, src) : NULL;
  if (!r) return NULL;
  raise_big(vm, err, str_data(r));
  decref(vm, r);
  return NULL;
}

Object *int_from_string(Vm *vm, const char *s, size_t len, int base) {
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  BigInt *b = big_from_str(&al, s, len, base, vm->int_max_str_digits, &err);
  if (b) return int_from_big(vm, b);
  if (err.code != BIG_INVALID_LITERAL) return raise_big(vm, &err, NULL);
  Object *src = str_new(vm, s, len);
  Object *r = src ? raise_invalid_literal(vm, &err, src) : NULL;
  xdecref(vm, src);
  return r;
}

// int(b'...', base): ASCII only (no Unicode digits or spaces); the error
// shows the bytes' repr, as CPython's _PyLong_FromBytes.
static Object *int_from_bytes_literal(Vm *vm, Object *x, int base) {
  const BytesObject *by = (const BytesObject *)x;
  BigErr err = {BIG_INVALID_LITERAL, base, 0, 0};
  for (ssize i = 0; i < by->size; i++)
    if ((unsigned char)by->data[i] >= 0x80)
      return raise_invalid_literal(vm, &err, x);
  BigAlloc al = big_al(vm);
  BigInt *b = big_from_str(&al, by->data, (size_t)by->size, base,
                           vm->int_max_str_digits, &err);
  if (b) return int_from_big(vm, b);
  if (err.code != BIG_INVALID_LITERAL) return raise_big(vm, &err, NULL);
  return raise_invalid_literal(vm, &err, x);
}

BigInt *int_to_big(Vm *vm, const Object *o) {
  TempBig t;
  BigAlloc al = big_al(vm);
  return big_copy(&al, as_big(o, &t));
}

// ---- Conversions --------------------------------------------------------------------

int64_t int_as_i64(Vm *vm, Object *o, bool *ok) {
  IntObject *i = (IntObject *)o;
  if (!i->big) {
    *ok = true;
    return i->v;
  }
  *ok = false;
  err_set(vm, vm->t.OverflowError, "Python int too large to convert to C long");
  return -1;
}

ssize int_as_ssize(Vm *vm, Object *o, bool clamp, bool *ok) {
  IntObject *i = (IntObject *)o;
  *ok = true;
  if (!i->big) return (ssize)i->v;
  if (clamp) return big_sign(i->big) < 0 ? INTPTR_MIN : INTPTR_MAX;
  *ok = false;
  err_format(vm, vm->t.IndexError,
             "cannot fit 'int' into an index-sized integer");
  return -1;
}

double int_as_double(Vm *vm, Object *o, bool *ok) {
  IntObject *i = (IntObject *)o;
  *ok = true;
  if (!i->big) return (double)i->v;
  int overflow = 0;
  double d = big_to_double(i->big, &overflow);
  if (overflow) {
    *ok = false;
    err_set(vm, vm->t.OverflowError, "int too large to convert to float");
  }
  return d;
}

int int_sign(const Object *o) {
  const IntObject *i = (const IntObject *)o;
  if (i->big) return big_sign(i->big);
  return i->v < 0 ? -1 : i->v > 0;
}

bool int_is_zero(const Object *o) { return int_sign(o) == 0; }

int int_compare(const Object *a, const Object *b) {
  const IntObject *x = (const IntObject *)a, *y = (const IntObject *)b;
  if (!x->big && !y->big) return x->v < y->v ? -1 : x->v > y->v;
  TempBig ta, tb;
  return big_cmp(as_big(a, &ta), as_big(b, &tb));
}

ssize int_ndigits(const Object *o) {
  TempBig t;
  return (ssize)big_ndigits(as_big(o, &t));
}

int64_t int_hash_value(const Object *o) {
  TempBig t;
  return big_hash(as_big(o, &t));
}

Object *number_index(Vm *vm, Object *o) {
  if (o->type == vm->t.int_) return newref(vm, o);
  if (is_int(o)) {
    const IntObject *i = (const IntObject *)o;
    return i->big ? int_from_big(vm, int_to_big(vm, o))
                  : int_from_i64(vm, i->v);
  }
  UnaryFn idx = o->type->nb_index;
  if (!idx)
    return err_format(vm, vm->t.TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      o->type->tp_name);
  Object *r = idx(vm, o);
  if (r && !is_int(r)) {
    err_format(vm, vm->t.TypeError, "__index__ returned non-int (type %s)",
               r->type->tp_name);
    decref(vm, r);
    return NULL;
  }
  return r;
}

// ---- repr ---------------------------------------------------------------------------

// The decimal digits of [v], written backwards from [end]; returns the
// first character.
static char *small_decimal(int64_t v, char *end) {
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  do {
    *--end = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--end = '-';
  return end;
}

Object *int_repr_obj(Vm *vm, Object *o) {
  const IntObject *i = (const IntObject *)o;
  if (!i->big) {
    char buf[24], *end = buf + sizeof buf, *p = small_decimal(i->v, end);
    return str_new_fresh(vm, p, (size_t)(end - p)); // never a cached char
  }
  Buf b;
  buf_init(&b);
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  Object *r = NULL;
  if (big_to_str(&al, &b, i->big, 10, 0, vm->int_max_str_digits, &err) < 0)
    raise_big(vm, &err, NULL);
  else if (b.failed)
    err_no_memory(vm);
  else
    r = str_new_fresh(vm, b.data, b.len);
  buf_free(&b);
  return r;
}

// bin(), oct(), hex() and format types b/o/x/X.
Object *int_to_base(Vm *vm, Object *o, int base, int flags) {
  TempBig t;
  Buf b;
  buf_init(&b);
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  Object *r = NULL;
  if (big_to_str(&al, &b, as_big(o, &t), base, flags, 0, &err) < 0)
    raise_big(vm, &err, NULL);
  else
    r = str_new(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  return r;
}

static Object *int_repr(Vm *vm, Object *o) { return int_repr_obj(vm, o); }

static Object *bool_repr(Vm *vm, Object *o) {
  return str_intern_cstr(vm, ((IntObject *)o)->v ? "True" : "False");
}

static int64_t int_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  return int_hash_value(o);
}

// ---- Arithmetic ---------------------------------------------------------------------

static Object *big_result(Vm *vm, BigInt *r, const BigErr *err) {
  return r ? int_from_big(vm, r) : raise_big(vm, err, NULL);
}

static Object *int_pow_negative(Vm *vm, Object *a, Object *b);

// Every binary operation on two ints through bigint.
static Object *big_binop(Vm *vm, Object *a, Object *b, NbOp op) {
  TempBig ta, tb;
  const BigInt *x = as_big(a, &ta), *y = as_big(b, &tb);
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  switch (op) {
  case NB_ADD:
    return big_result(vm, big_add(&al, x, y), &err);
  case NB_SUB:
    return big_result(vm, big_sub(&al, x, y), &err);
  case NB_MUL:
    if (!int_cost_mul(vm, x, y)) return NULL;
    return big_result(vm, big_mul(&al, x, y), &err);
  case NB_FLOORDIV:
    if (!int_cost_div(vm, x, y)) return NULL;
    return big_result(vm, big_floordiv(&al, x, y, &err), &err);
  case NB_MOD:
    if (!int_cost_div(vm, x, y)) return NULL;
    return big_result(vm, big_mod(&al, x, y, &err), &err);
  case NB_DIVMOD: {
    if (!int_cost_div(vm, x, y)) return NULL;
    BigInt *q = NULL, *r = NULL;
    if (big_divmod(&al, x, y, &q, &r, &err) < 0) return raise_big(vm, &err, NULL);
    Object *qo = int_from_big(vm, q), *ro = int_from_big(vm, r);
    Object *t = qo && ro ? tuple_pack(vm, 2, qo, ro) : NULL;
    xdecref(vm, qo);
    xdecref(vm, ro);
    return t;
  }
  case NB_TRUEDIV: {
    double d;
    if (big_truediv(&al, x, y, &d, &err) < 0) return raise_big(vm, &err, NULL);
    return float_new(vm, d);
  }
  case NB_POW: {
    if (big_sign(y) < 0) return int_pow_negative(vm, a, b);
    if (!int_cost_pow(vm, x, y)) return NULL;
    return big_result(vm, big_pow(&al, x, y, NULL, &err), &err);
  }
  case NB_LSHIFT:
  case NB_RSHIFT: {
    int64_t n;
    if (!big_to_i64(y, &n)) {
      if (big_sign(y) < 0) {
        err_set(vm, vm->t.ValueError, "negative shift count");
        return NULL;
      }
      if (op == NB_RSHIFT) return int_from_i64(vm, big_sign(x) < 0 ? -1 : 0);
      if (big_is_zero(x)) return int_from_i64(vm, 0);
      return err_no_memory(vm);
    }
    if (op == NB_LSHIFT && n > 0 && !big_is_zero(x) &&
        !int_cost_result(vm, big_lshift_digits(x, n)))
      return NULL;
    BigInt *r = op == NB_LSHIFT ? big_lshift(&al, x, n, &err)
                                : big_rshift(&al, x, n, &err);
    return big_result(vm, r, &err);
  }
  case NB_AND:
    return big_result(vm, big_and(&al, x, y), &err);
  case NB_OR:
    return big_result(vm, big_or(&al, x, y), &err);
  case NB_XOR:
    return big_result(vm, big_xor(&al, x, y), &err);
  default:
    return vm_notimpl(vm);
  }
}

static int64_t floor_div64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

static int64_t floor_mod64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static Object *zero_division(Vm *vm, NbOp op) {
  const char *msg = op == NB_MOD ? "integer modulo by zero"
                    : op == NB_TRUEDIV ? "division by zero"
                                       : "integer division or modulo by zero";
  err_set(vm, vm->t.ZeroDivisionError, msg);
  return NULL;
}

// Small-value fast paths; NULL without an exception means "use bigint".
static Object *small_binop(Vm *vm, int64_t x, int64_t y, NbOp op, bool *done) {
  int64_t r;
  *done = true;
  switch (op) {
  case NB_ADD:
    if (!__builtin_add_overflow(x, y, &r)) return int_from_i64(vm, r);
    break;
  case NB_SUB:
    if (!__builtin_sub_overflow(x, y, &r)) return int_from_i64(vm, r);
    break;
  case NB_MUL:
    if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(vm, r);
    break;
  case NB_FLOORDIV:
  case NB_MOD:
  case NB_DIVMOD:
  case NB_TRUEDIV:
    if (y == 0) return zero_division(vm, op);
    if (op == NB_TRUEDIV) {
      if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) &&
          y < (1LL << 53))
        return float_new(vm, (double)x / (double)y);
      break;
    }
    if (x == INT64_MIN && y == -1) break;
    if (op == NB_FLOORDIV) return int_from_i64(vm, floor_div64(x, y));
    if (op == NB_MOD) return int_from_i64(vm, floor_mod64(x, y));
    {
      Object *q = int_from_i64(vm, floor_div64(x, y));
      Object *m = int_from_i64(vm, floor_mod64(x, y));
      Object *t = q && m ? tuple_pack(vm, 2, q, m) : NULL;
      xdecref(vm, q);
      xdecref(vm, m);
      return t;
    }
  case NB_AND:
    return int_from_i64(vm, x & y);
  case NB_OR:
    return int_from_i64(vm, x | y);
  case NB_XOR:
    return int_from_i64(vm, x ^ y);
  case NB_LSHIFT:
    if (y < 0) break;
    if (y < 62 && x > -(1LL << (62 - y)) && x < (1LL << (62 - y)))
      return int_from_i64(vm, (int64_t)((uint64_t)x << y));
    if (x == 0) return int_from_i64(vm, 0);
    break;
  case NB_RSHIFT:
    if (y < 0) break;
    return int_from_i64(vm, y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
  case NB_POW:
    if (y < 0) break;
    {
      int64_t result = 1, base = x, e = y;
      while (e) {
        if (e & 1 && __builtin_mul_overflow(result, base, &result)) goto slow;
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) goto slow;
      }
      return int_from_i64(vm, result);
    }
  default:
    break;
  }
slow:
  *done = false;
  return NULL;
}

static Object *int_binop(Vm *vm, Object *a, Object *b, NbOp op) {
  if (!is_int(a) || !is_int(b)) return vm_notimpl(vm);
  IntObject *x = (IntObject *)a, *y = (IntObject *)b;
  if (!x->big && !y->big) {
    bool done;
    Object *r = small_binop(vm, x->v, y->v, op, &done);
    if (done) return r;
  }
  if ((op == NB_FLOORDIV || op == NB_MOD || op == NB_DIVMOD ||
       op == NB_TRUEDIV) && int_is_zero(b))
    return zero_division(vm, op);
  return big_binop(vm, a, b, op);
}

static Object *int_pow_negative(Vm *vm, Object *a, Object *b) {
  bool ok;
  double x = int_as_double(vm, a, &ok);
  if (!ok) return NULL;
  double y = int_as_double(vm, b, &ok);
  if (!ok) return NULL;
  if (x == 0.0) {
    err_set(vm, vm->t.ZeroDivisionError,
            "0.0 cannot be raised to a negative power");
    return NULL;
  }
  Object *fx = float_new(vm, x), *fy = fx ? float_new(vm, y) : NULL;
  Object *r = fy ? number_binop(vm, fx, fy, NB_POW) : NULL;
  xdecref(vm, fx);
  xdecref(vm, fy);
  return r;
}

#define INT_SLOT(name, stem, sym)                                              \
  static Object *int_nb_##name(Vm *vm, Object *a, Object *b) {                 \
    return int_binop(vm, a, b, NB_##name);                                     \
  }
NB_OPS(INT_SLOT)
#undef INT_SLOT

static Object *int_power3(Vm *vm, Object *a, Object *b, Object *m) {
  if (!is_int(a) || !is_int(b) || !is_int(m)) return vm_notimpl(vm);
  TempBig ta, tb, tm;
  BigAlloc al = big_al(vm);
  BigErr err = {0};
  const BigInt *y = as_big(b, &tb), *mod = as_big(m, &tm);
  if (!int_cost_powmod(vm, y, mod)) return NULL;
  BigInt *r = big_pow(&al, as_big(a, &ta), y, mod, &err);
  return big_result(vm, r, &err);
}

static Object *int_neg(Vm *vm, Object *o) {
  IntObject *i = (IntObject *)o;
  if (!i->big && i->v != INT64_MIN) return int_from_i64(vm, -i->v);
  TempBig t;
  BigAlloc al = big_al(vm);
  return int_from_big(vm, big_neg(&al, as_big(o, &t)));
}

static Object *int_pos(Vm *vm, Object *o) {
  if (o->type == vm->t.int_) return newref(vm, o);
  return number_index(vm, o);
}

static Object *int_abs(Vm *vm, Object *o) {
  return int_sign(o) < 0 ? int_neg(vm, o) : int_pos(vm, o);
}

static Object *int_invert(Vm *vm, Object *o) {
  IntObject *i = (IntObject *)o;
  if (!i->big) return int_from_i64(vm, ~i->v);
  TempBig t;
  BigAlloc al = big_al(vm);
  return int_from_big(vm, big_invert(&al, as_big(o, &t)));
}

static int int_bool(Vm *vm, Object *o) {
  UNUSED(vm);
  return !int_is_zero(o);
}

Object *int_to_float(Vm *vm, Object *o) {
  bool ok;
  double d = int_as_double(vm, o, &ok);
  return ok ? float_new(vm, d) : NULL;
}

static Object *int_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_int(a) || !is_int(b)) return vm_notimpl(vm);
  int c = int_compare(a, b);
  bool r;
  switch (op) {
  case CMP_LT: r = c < 0; break;
  case CMP_LE: r = c <= 0; break;
  case CMP_EQ: r = c == 0; break;
  case CMP_NE: r = c != 0; break;
  case CMP_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return vm_bool(vm, r);
}

// ---- bool's &, |, ^ keep bools ------------------------------------------------------

static Object *bool_binop(Vm *vm, Object *a, Object *b, NbOp op) {
  if (a->type == vm->t.bool_ && b->type == vm->t.bool_) {
    int64_t x = ((IntObject *)a)->v, y = ((IntObject *)b)->v;
    int64_t r = op == NB_AND ? (x & y) : op == NB_OR ? (x | y) : (x ^ y);
    return vm_bool(vm, r != 0);
  }
  return int_binop(vm, a, b, op);
}
static Object *bool_and(Vm *vm, Object *a, Object *b) { return bool_binop(vm, a, b, NB_AND); }
static Object *bool_or(Vm *vm, Object *a, Object *b) { return bool_binop(vm, a, b, NB_OR); }
static Object *bool_xor(Vm *vm, Object *a, Object *b) { return bool_binop(vm, a, b, NB_XOR); }

// ---- Construction from Python: int(x), int(s, base), bool(x) --------------------------

static Object *int_from_number(Vm *vm, Object *x) {
  if (is_int(x)) return number_index(vm, x);
  if (is_float(x)) return int_from_double(vm, float_value(x));
  if (is_str(x)) return int_from_string(vm, str_data(x), str_size(x), 10);
  if (is_bytes(x)) return int_from_bytes_literal(vm, x, 10);
  TypeObject *t = x->type;
  if (t->nb_int) {
    Object *r = t->nb_int(vm, x);
    if (r && !is_int(r)) {
      err_format(vm, vm->t.TypeError, "__int__ returned non-int (type %s)",
                 r->type->tp_name);
      decref(vm, r);
      return NULL;
    }
    // A subclass of int (True) becomes an exact int; CPython also issues a
    // DeprecationWarning, which Refscope does not report.
    if (r && r->type != vm->t.int_) {
      Object *exact = number_index(vm, r);
      decref(vm, r);
      return exact;
    }
    return r;
  }
  if (t->nb_index) return number_index(vm, x);
  return err_format(vm, vm->t.TypeError,
                    "int() argument must be a string, a bytes-like object or "
                    "a real number, not '%s'",
                    t->tp_name);
}

static Object *int_with_base(Vm *vm, Object *x, Object *base_obj) {
  bool ok;
  Object *bi = number_index(vm, base_obj);
  if (!bi) return NULL;
  int64_t base = int_as_i64(vm, bi, &ok);
  decref(vm, bi);
  if (!ok) return NULL;
  if (base != 0 && (base < 2 || base > 36)) {
    err_set(vm, vm->t.ValueError, "int() base must be >= 2 and <= 36, or 0");
    return NULL;
  }
  if (is_str(x)) return int_from_string(vm, str_data(x), str_size(x), (int)base);
  if (is_bytes(x)) return int_from_bytes_literal(vm, x, (int)base);
  err_set(vm, vm->t.TypeError, "int() can't convert non-string with explicit base");
  return NULL;
}

static Object *int_new(Vm *vm, TypeObject *type, Object *const *args,
                       size_t nargs, Object *kwnames) {
  Object *x = NULL, *base = NULL;
  if (parse_args(vm, "int", args, nargs, kwnames, "K|O/O:x,base", &x,
                 &base) < 0)
    return NULL;
  Object *v;
  if (!x) {
    if (base) {
      err_set(vm, vm->t.TypeError, "int() missing string argument");
      return NULL;
    }
    v = int_from_i64(vm, 0);
  } else {
    v = base ? int_with_base(vm, x, base) : int_from_number(vm, x);
  }
  if (!v || type == vm->t.int_) return v;
  IntObject *src = (IntObject *)v;
  Object *r = int_alloc(vm, type, src->v, src->big ? int_to_big(vm, v) : NULL);
  decref(vm, v);
  return r;
}

static Object *bool_new(Vm *vm, TypeObject *type, Object *const *args,
                        size_t nargs, Object *kwnames) {
  UNUSED(type);
  Object *x = NULL;
  if (parse_args(vm, "bool", args, nargs, kwnames, "C|O:x", &x) < 0) return NULL;
  if (!x) return vm_bool(vm, false);
  int t = obj_is_true(vm, x);
  return t < 0 ? NULL : vm_bool(vm, t);
}

static void int_dealloc(Vm *vm, Object *o) {
  IntObject *i = (IntObject *)o;
  if (i->big) {
    BigAlloc al = big_al(vm);
    big_free(&al, i->big);
  }
  obj_free_memory(vm, o);
}

// ---- Methods -------------------------------------------------------------------------

static Object *int_bit_length(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  if (parse_args(vm, "int.bit_length", args, nargs, kw, "N") < 0) return NULL;
  TempBig t;
  return int_from_i64(vm, big_bit_length(as_big(self, &t)));
}

static Object *int_bit_count(Vm *vm, Object *self, Object *const *args,
                             size_t nargs, Object *kw) {
  if (parse_args(vm, "int.bit_count", args, nargs, kw, "N") < 0) return NULL;
  TempBig t;
  const BigInt *b = as_big(self, &t);
  int64_t n = 0;
  for (int64_t i = 0; i < big_ndigits(b); i++)
    n += __builtin_popcount(b->digits[i]);
  return int_from_i64(vm, n);
}

// conjugate, __trunc__, __floor__, __ceil__: int(self).
static Object *int_self(Vm *vm, const char *fname, Object *self,
                        Object *const *args, size_t nargs, Object *kw) {
  if (parse_args(vm, fname, args, nargs, kw, "N") < 0) return NULL;
  return number_index(vm, self);
}

#define INT_SELF(name)                                                         \
  static Object *int_##name(Vm *vm, Object *self, Object *const *args,         \
                            size_t nargs, Object *kw) {                        \
    return int_self(vm, "int." #name, self, args, nargs, kw);                  \
  }
INT_SELF(conjugate)
INT_SELF(__trunc__)
INT_SELF(__floor__)
INT_SELF(__ceil__)

static Object *int_as_integer_ratio(Vm *vm, Object *self, Object *const *args,
                                    size_t nargs, Object *kw) {
  if (parse_args(vm, "int.as_integer_ratio", args, nargs, kw, "N") < 0) return NULL;
  Object *n = number_index(vm, self);
  Object *one = int_from_i64(vm, 1);
  Object *t = n && one ? tuple_pack(vm, 2, n, one) : NULL;
  xdecref(vm, n);
  xdecref(vm, one);
  return t;
}

// round(self, nd) for an int nd < 0: half to even on 10**-nd.
static Object *int_round_negative(Vm *vm, Object *self, Object *nd) {
  Object *ten = int_from_i64(vm, 10), *e = number_negative(vm, nd);
  Object *p = ten && e ? number_binop(vm, ten, e, NB_POW) : NULL;
  xdecref(vm, ten);
  xdecref(vm, e);
  if (!p) return NULL;
  Object *qr = number_binop(vm, self, p, NB_DIVMOD);
  if (!qr) {
    decref(vm, p);
    return NULL;
  }
  Object *q = tuple_get(qr, 0), *r = tuple_get(qr, 1);
  Object *two = int_from_i64(vm, 2);
  Object *r2 = number_binop(vm, r, two, NB_MUL);
  int c = r2 ? int_compare(r2, p) : 0;
  Object *one = int_from_i64(vm, 1);
  Object *q1 = q;
  incref(vm, q1);
  Object *odd = number_binop(vm, q, one, NB_AND);
  if (c > 0 || (c == 0 && odd && !int_is_zero(odd))) {
    Object *t = number_binop(vm, q, one, NB_ADD);
    decref(vm, q1);
    q1 = t;
  }
  Object *res = q1 ? number_binop(vm, q1, p, NB_MUL) : NULL;
  xdecref(vm, q1);
  xdecref(vm, odd);
  xdecref(vm, one);
  xdecref(vm, r2);
  xdecref(vm, two);
  decref(vm, qr);
  decref(vm, p);
  return res;
}

static Object *int_round(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw) {
  Object *nd = NULL;
  if (parse_args(vm, "int.__round__", args, nargs, kw, "C|O:ndigits", &nd) < 0)
    return NULL;
  if (!nd || nd == vm->none) return number_index(vm, self);
  Object *ndi = number_index(vm, nd); // __index__ first, as CPython
  if (!ndi) return NULL;
  Object *r = int_sign(ndi) >= 0 ? number_index(vm, self)
                                 : int_round_negative(vm, self, ndi);
  decref(vm, ndi);
  return r;
}

static Object *int_sizeof(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  if (parse_args(vm, "int.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  ssize n = int_ndigits(self);
  return int_from_i64(vm, 24 + 4 * (n ? n : 1));
}

static Object *int_getnewargs(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  if (parse_args(vm, "int.__getnewargs__", args, nargs, kw, "N") < 0) return NULL;
  Object *v = number_index(vm, self);
  Object *t = v ? tuple_pack(vm, 1, v) : NULL;
  xdecref(vm, v);
  return t;
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length, 0, NULL},
    {"bit_count", int_bit_count, 0, NULL},
    {"conjugate", int_conjugate, 0, NULL},
    {"as_integer_ratio", int_as_integer_ratio, 0, NULL},
    {"__trunc__", int___trunc__, 0, NULL},
    {"__floor__", int___floor__, 0, NULL},
    {"__ceil__", int___ceil__, 0, NULL},
    {"__round__", int_round, 0, NULL},
    {"__sizeof__", int_sizeof, 0, NULL},
    {"__format__", format_int_dunder, 0, NULL},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *int_get_self(Vm *vm, Object *self) { return number_index(vm, self); }
static Object *int_get_zero(Vm *vm, Object *self) {
  UNUSED(self);
  return int_from_i64(vm, 0);
}
static Object *int_get_one(Vm *vm, Object *self) {
  UNUSED(self);
  return int_from_i64(vm, 1);
}

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL}};

void int_type_init(Vm *vm) {
  TypeObject *t = vm->t.int_;
  t->py_basicsize = 24;
  t->py_itemsize = 4;
  t->dealloc = int_dealloc;
  t->repr = int_repr;
  t->str = int_repr;
  t->hash = int_hash;
  t->richcompare = int_richcompare;
  t->tp_new = int_new;
#define SET_NB(name, stem, sym) t->nb[NB_##name] = int_nb_##name;
  NB_OPS(SET_NB)
#undef SET_NB
  t->nb[NB_MATMUL] = NULL;
  t->nb_power3 = int_power3;
  t->nb_negative = int_neg;
  t->nb_positive = int_pos;
  t->nb_absolute = int_abs;
  t->nb_invert = int_invert;
  t->nb_bool = int_bool;
  t->nb_int = int_pos;
  t->nb_index = int_pos;
  t->nb_float = int_to_float;
  type_add_methods(vm, t, int_methods);
  int_bytes_init(vm, t);
  type_add_getsets(vm, t, int_getsets);

  TypeObject *b = vm->t.bool_;
  b->flags &= ~(uint32_t)TPF_BASETYPE;
  b->repr = bool_repr;
  b->str = bool_repr;
  b->tp_new = bool_new;
  b->nb[NB_AND] = bool_and;
  b->nb[NB_OR] = bool_or;
  b->nb[NB_XOR] = bool_xor;
}
