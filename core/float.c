// float.c — the float type: arithmetic with CPython's special cases and
// messages, exact comparison with ints, CPython's hash, and repr/round/parse
// through numfmt.h (shortest round-trip repr, correctly rounded round()).
#include "int.h"

#include "abstract.h"
#include "args.h"
#include "bigint.h"
#include "complex.h"
#include "errors.h"
#include "numfmt.h"
#include "str.h"
#include "strformat.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <errno.h>
#include <float.h>
#include <math.h>

Object *float_new(Vm *vm, double v) {
  FloatObject *f = (FloatObject *)obj_alloc(vm, vm->t.float_,
                                            sizeof(FloatObject));
  if (!f) return NULL;
  f->v = v;
  if (vm->trace.on) trace_value_of(vm, AS_OBJ(f));
  return AS_OBJ(f);
}

double float_value(const Object *o) { return ((const FloatObject *)o)->v; }

Object *float_repr_obj(Vm *vm, double v) {
  Buf b;
  buf_init(&b);
  numfmt_repr(&b, v);
  Object *r = b.failed ? err_no_memory(vm) : str_new(vm, b.data, b.len);
  buf_free(&b);
  return r;
}

static Object *float_repr(Vm *vm, Object *o) {
  return float_repr_obj(vm, float_value(o));
}

// _Py_HashDouble: integral values hash like the equal int; NaN hashes by
// identity (3.10+).
int64_t float_hash_value(Vm *vm, Object *o) {
  UNUSED(vm);
  double v = float_value(o);
  if (isnan(v)) {
    uintptr_t y = (uintptr_t)o;
    return (int64_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
  }
  return numfmt_float_hash(v);
}

static int64_t float_hash(Vm *vm, Object *o) { return float_hash_value(vm, o); }

// ---- Operand conversion (CONVERT_TO_DOUBLE) -----------------------------------------

// 1: converted; 0: not a number we handle (NotImplemented); -1: error.
static int to_double(Vm *vm, Object *o, double *out) {
  if (is_float(o)) {
    *out = float_value(o);
    return 1;
  }
  if (is_int(o)) {
    bool ok;
    *out = int_as_double(vm, o, &ok);
    return ok ? 1 : -1;
  }
  return 0;
}

#define CONVERT_BOTH(vm, a, b, x, y)                                           \
  do {                                                                         \
    int ca_ = to_double(vm, a, &x);                                            \
    if (ca_ <= 0) return ca_ < 0 ? NULL : vm_notimpl(vm);                      \
    int cb_ = to_double(vm, b, &y);                                            \
    if (cb_ <= 0) return cb_ < 0 ? NULL : vm_notimpl(vm);                      \
  } while (0)

// Raises the exception numfmt reported (status < 0, message in [err]).
Object *raise_numfmt(Vm *vm, int status, Buf *err) {
  TypeObject *t = status == NUMFMT_OVERFLOW_ERROR ? vm->t.OverflowError
                  : status == NUMFMT_ZERO_DIVISION ? vm->t.ZeroDivisionError
                  : status == NUMFMT_MEMORY_ERROR  ? vm->t.MemoryError
                                                   : vm->t.ValueError;
  if (status == NUMFMT_MEMORY_ERROR) err_no_memory(vm);
  else err_set(vm, t, buf_cstr(err));
  buf_free(err);
  return NULL;
}

typedef int (*FloatOp)(double a, double b, double *out, Buf *err);

static Object *float_op(Vm *vm, Object *a, Object *b, FloatOp op) {
  double x, y, r;
  CONVERT_BOTH(vm, a, b, x, y);
  Buf err;
  buf_init(&err);
  int st = op(x, y, &r, &err);
  if (st < 0) return raise_numfmt(vm, st, &err);
  buf_free(&err);
  return float_new(vm, r);
}

static Object *float_add(Vm *vm, Object *a, Object *b) {
  double x, y;
  CONVERT_BOTH(vm, a, b, x, y);
  return float_new(vm, x + y);
}

static Object *float_sub(Vm *vm, Object *a, Object *b) {
  double x, y;
  CONVERT_BOTH(vm, a, b, x, y);
  return float_new(vm, x - y);
}

static Object *float_mul(Vm *vm, Object *a, Object *b) {
  double x, y;
  CONVERT_BOTH(vm, a, b, x, y);
  return float_new(vm, x * y);
}

static Object *float_truediv(Vm *vm, Object *a, Object *b) {
  return float_op(vm, a, b, numfmt_float_div);
}

static Object *float_floordiv(Vm *vm, Object *a, Object *b) {
  return float_op(vm, a, b, numfmt_float_floordiv);
}

static Object *float_mod(Vm *vm, Object *a, Object *b) {
  return float_op(vm, a, b, numfmt_float_mod);
}

static Object *float_divmod(Vm *vm, Object *a, Object *b) {
  double x, y, q, m;
  CONVERT_BOTH(vm, a, b, x, y);
  Buf err;
  buf_init(&err);
  int st = numfmt_float_divmod(x, y, &q, &m, &err);
  if (st < 0) return raise_numfmt(vm, st, &err);
  buf_free(&err);
  Object *qo = float_new(vm, q), *mo = float_new(vm, m);
  Object *t = qo && mo ? tuple_pack(vm, 2, qo, mo) : NULL;
  xdecref(vm, qo);
  xdecref(vm, mo);
  return t;
}


static Object *float_pow(Vm *vm, Object *a, Object *b) {
  double x, y, r;
  CONVERT_BOTH(vm, a, b, x, y);
  Buf err;
  buf_init(&err);
  int st = numfmt_float_pow(x, y, &r, &err);
  if (st == NUMFMT_COMPLEX) {
    buf_free(&err);
    return complex_pow_real(vm, x, y);
  }
  if (st < 0) return raise_numfmt(vm, st, &err);
  buf_free(&err);
  return float_new(vm, r);
}

static Object *float_neg(Vm *vm, Object *o) { return float_new(vm, -float_value(o)); }
static Object *float_pos(Vm *vm, Object *o) {
  if (o->type == vm->t.float_) return newref(vm, o);
  return float_new(vm, float_value(o));
}
static Object *float_abs(Vm *vm, Object *o) { return float_new(vm, fabs(float_value(o))); }
static int float_bool(Vm *vm, Object *o) {
  UNUSED(vm);
  return float_value(o) != 0.0;
}
static Object *float_int(Vm *vm, Object *o) {
  return int_from_double(vm, float_value(o));
}

// ---- Comparison, exact against ints of any size --------------------------------------

static int compare_with_int(Vm *vm, double x, Object *i, int *result) {
  if (isnan(x)) return 2; // unordered
  if (int_is_small(i)) {
    int64_t v = int_small_value(i);
    if (v > -(1LL << 53) && v < (1LL << 53)) {
      double y = (double)v;
      *result = x < y ? -1 : x > y;
      return 0;
    }
  }
  if (isinf(x)) {
    *result = x > 0 ? 1 : -1;
    return 0;
  }
  if (fabs(x) < 9.2e18 && !int_is_small(i)) {
    *result = -int_sign(i);
    return 0;
  }
  Object *xi = int_from_double(vm, x); // exact: |x| is integral here
  if (!xi) return -1;
  int c = int_compare(xi, i);
  if (c == 0 && x != floor(x)) c = x > floor(x) ? 1 : -1;
  decref(vm, xi);
  *result = c;
  return 0;
}

static Object *float_richcompare(Vm *vm, Object *a, Object *b, int op) {
  double x = float_value(a);
  int c;
  if (is_float(b)) {
    double y = float_value(b);
    if (isnan(x) || isnan(y)) return vm_bool(vm, op == CMP_NE);
    c = x < y ? -1 : x > y;
  } else if (is_int(b)) {
    int r = compare_with_int(vm, x, b, &c);
    if (r < 0) return NULL;
    if (r == 2) return vm_bool(vm, op == CMP_NE);
  } else {
    return vm_notimpl(vm);
  }
  bool res;
  switch (op) {
  case CMP_LT: res = c < 0; break;
  case CMP_LE: res = c <= 0; break;
  case CMP_EQ: res = c == 0; break;
  case CMP_NE: res = c != 0; break;
  case CMP_GT: res = c > 0; break;
  default: res = c >= 0; break;
  }
  return vm_bool(vm, res);
}

// ---- float(x) -------------------------------------------------------------------------

// float(str) or float(bytes); bytes must be ASCII (PyFloat_FromString).
static Object *float_from_text(Vm *vm, Object *s) {
  double d;
  const BytesObject *b = (const BytesObject *)s;
  const char *data = is_str(s) ? str_data(s) : b->data;
  size_t len = is_str(s) ? (size_t)str_size(s) : (size_t)b->size;
  bool ok = true;
  for (size_t i = 0; !is_str(s) && i < len; i++)
    if ((unsigned char)data[i] >= 0x80) ok = false;
  if (ok && numfmt_parse_float(data, len, &d) == 0) return float_new(vm, d);
  return err_format(vm, vm->t.ValueError,
                    "could not convert string to float: %R", s);
}

Object *float_from_object(Vm *vm, Object *o) {
  if (o->type == vm->t.float_) return newref(vm, o);
  if (is_float(o)) return float_new(vm, float_value(o));
  if (is_int(o)) return int_to_float(vm, o);
  if (is_str(o) || is_bytes(o)) return float_from_text(vm, o);
  TypeObject *t = o->type;
  if (t->nb_float) {
    Object *r = t->nb_float(vm, o);
    if (r && !is_float(r)) {
      err_format(vm, vm->t.TypeError, "%s.__float__ returned non-float (type %s)",
                 t->tp_name, r->type->tp_name);
      decref(vm, r);
      return NULL;
    }
    return r;
  }
  if (t->nb_index) {
    Object *i = number_index(vm, o);
    if (!i) return NULL;
    Object *r = int_to_float(vm, i);
    decref(vm, i);
    return r;
  }
  return err_format(vm, vm->t.TypeError,
                    "float() argument must be a string or a real number, not "
                    "'%s'",
                    t->tp_name);
}

static Object *float_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *x = NULL;
  if (parse_args(vm, "float", args, nargs, kwnames, "C|O:x", &x) < 0)
    return NULL;
  Object *v = x ? float_from_object(vm, x) : float_new(vm, 0.0);
  if (!v || type == vm->t.float_) return v;
  FloatObject *f = (FloatObject *)obj_alloc(vm, type, sizeof(FloatObject));
  if (f) f->v = float_value(v);
  decref(vm, v);
  return AS_OBJ(f);
}

// ---- Methods -----------------------------------------------------------------------------

static Object *float_is_integer(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  if (parse_args(vm, "float.is_integer", args, nargs, kw, "N") < 0) return NULL;
  double x = float_value(self);
  return vm_bool(vm, isfinite(x) && floor(x) == x);
}

static Object *float_as_integer_ratio(Vm *vm, Object *self,
                                      Object *const *args, size_t nargs,
                                      Object *kw) {
  if (parse_args(vm, "float.as_integer_ratio", args, nargs, kw, "N") < 0)
    return NULL;
  double x = float_value(self);
  if (isinf(x)) {
    err_set(vm, vm->t.OverflowError,
            "cannot convert Infinity to integer ratio");
    return NULL;
  }
  if (isnan(x)) {
    err_set(vm, vm->t.ValueError, "cannot convert NaN to integer ratio");
    return NULL;
  }
  int e;
  double m = frexp(x, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) {
    m *= 2.0;
    e--;
  }
  Object *num = int_from_double(vm, m), *one = int_from_i64(vm, 1);
  Object *sh = int_from_i64(vm, e < 0 ? -e : e);
  Object *den = NULL, *t = NULL;
  if (num && one && sh) {
    if (e > 0) {
      set_ref(vm, &num, number_binop(vm, num, sh, NB_LSHIFT));
      den = newref(vm, one);
    } else {
      den = number_binop(vm, one, sh, NB_LSHIFT);
    }
  }
  if (num && den) t = tuple_pack(vm, 2, num, den);
  xdecref(vm, num);
  xdecref(vm, den);
  xdecref(vm, one);
  xdecref(vm, sh);
  return t;
}

static Object *float_conjugate(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "float.conjugate", args, nargs, kw, "N") < 0) return NULL;
  return float_pos(vm, self);
}

static Object *float_trunc(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (parse_args(vm, "float.__trunc__", args, nargs, kw, "N") < 0) return NULL;
  return int_from_double(vm, float_value(self));
}

static Object *float_floor(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  if (parse_args(vm, "float.__floor__", args, nargs, kw, "N") < 0) return NULL;
  return int_from_double(vm, floor(float_value(self)));
}

static Object *float_ceil(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  if (parse_args(vm, "float.__ceil__", args, nargs, kw, "N") < 0) return NULL;
  return int_from_double(vm, ceil(float_value(self)));
}

static Object *float_round(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw) {
  Object *nd = NULL;
  if (parse_args(vm, "float.__round__", args, nargs, kw, "C|O:ndigits",
                 &nd) < 0)
    return NULL;
  double x = float_value(self);
  if (!nd || nd == vm->none) {
    BigErr berr = {0};
    BigAlloc al = vm_big_alloc(vm);
    BigInt *b = numfmt_round_to_int(&al, x, &berr);
    return b ? int_from_big(vm, b) : raise_big_error(vm, &berr);
  }
  Object *ni = number_index(vm, nd);
  if (!ni) return NULL;
  bool ok;
  ssize n = int_as_ssize(vm, ni, true, &ok);
  decref(vm, ni);
  double r;
  Buf err;
  buf_init(&err);
  int st = numfmt_round(x, n, &r, &err);
  if (st < 0) return raise_numfmt(vm, st, &err);
  buf_free(&err);
  return float_new(vm, r);
}

static Object *float_getnewargs(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  if (parse_args(vm, "float.__getnewargs__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *v = float_new(vm, float_value(self));
  Object *t = v ? tuple_pack(vm, 1, v) : NULL;
  xdecref(vm, v);
  return t;
}

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer, 0, NULL},
    {"as_integer_ratio", float_as_integer_ratio, 0, NULL},
    {"conjugate", float_conjugate, 0, NULL},
    {"__trunc__", float_trunc, 0, NULL},
    {"__floor__", float_floor, 0, NULL},
    {"__ceil__", float_ceil, 0, NULL},
    {"__round__", float_round, 0, NULL},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__format__", format_float_dunder, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *float_get_real(Vm *vm, Object *self) { return float_pos(vm, self); }
static Object *float_get_imag(Vm *vm, Object *self) {
  UNUSED(self);
  return float_new(vm, 0.0);
}

static const GetSetDef float_getsets[] = {{"real", float_get_real, NULL},
                                          {"imag", float_get_imag, NULL},
                                          {NULL, NULL, NULL}};

static void float_dealloc(Vm *vm, Object *o) { obj_free_memory(vm, o); }

void float_type_init(Vm *vm) {
  TypeObject *t = vm->t.float_;
  t->py_basicsize = 24;
  t->dealloc = float_dealloc;
  t->repr = float_repr;
  t->str = float_repr;
  t->hash = float_hash;
  t->richcompare = float_richcompare;
  t->tp_new = float_tp_new;
  t->nb[NB_ADD] = float_add;
  t->nb[NB_SUB] = float_sub;
  t->nb[NB_MUL] = float_mul;
  t->nb[NB_TRUEDIV] = float_truediv;
  t->nb[NB_FLOORDIV] = float_floordiv;
  t->nb[NB_MOD] = float_mod;
  t->nb[NB_DIVMOD] = float_divmod;
  t->nb[NB_POW] = float_pow;
  t->nb_negative = float_neg;
  t->nb_positive = float_pos;
  t->nb_absolute = float_abs;
  t->nb_bool = float_bool;
  t->nb_int = float_int;
  t->nb_float = float_pos;
  type_add_methods(vm, t, float_methods);
  float_hex_init(vm, t);
  type_add_getsets(vm, t, float_getsets);
}
