// complex.c — a small complex type: literals like 2j, arithmetic, abs,
// ==, hash, repr in CPython's format, and the complex results of
// negative ** fractional float powers (float_pow hands those over here).
#include "complex.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <errno.h>
#include <math.h>

static ComplexObject *C(Object *o) { return (ComplexObject *)o; }

Object *complex_new_of_type(Vm *vm, TypeObject *type, double re, double im) {
  ComplexObject *c = (ComplexObject *)obj_alloc(vm, type, sizeof(ComplexObject));
  if (!c) return NULL;
  c->re = re;
  c->im = im;
  return AS_OBJ(c);
}

Object *complex_new_values(Vm *vm, double re, double im) {
  return complex_new_of_type(vm, vm->t.complex, re, im);
}

// a ** b (CPython's _Py_c_pow and c_powi); -1 with *err for 0 ** negative.
static int c_pow(double ar, double ai, double br, double bi, double *rr,
                 double *ri) {
  if (br == 0.0 && bi == 0.0) {
    *rr = 1.0;
    *ri = 0.0;
    return 0;
  }
  if (ar == 0.0 && ai == 0.0) {
    if (bi != 0.0 || br < 0.0) return -1;
    *rr = *ri = 0.0;
    return 0;
  }
  double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar);
  double phase = at * br;
  if (bi != 0.0) {
    len /= exp(at * bi);
    phase += bi * log(vabs);
  }
  *rr = len * cos(phase);
  *ri = len * sin(phase);
  return 0;
}

static void c_powi(double ar, double ai, long n, double *rr, double *ri) {
  bool neg = n < 0;
  unsigned long m = neg ? (unsigned long)(-n) : (unsigned long)n;
  double xr = 1.0, xi = 0.0, pr = ar, pi = ai;
  while (m) {
    if (m & 1) {
      double t = xr * pr - xi * pi;
      xi = xr * pi + xi * pr;
      xr = t;
    }
    double t = pr * pr - pi * pi;
    pi = 2 * pr * pi;
    pr = t;
    m >>= 1;
  }
  if (neg) {
    double d = xr * xr + xi * xi;
    *rr = xr / d;
    *ri = -xi / d;
  } else {
    *rr = xr;
    *ri = xi;
  }
}

static Object *pow_values(Vm *vm, double ar, double ai, double br, double bi) {
  double rr, ri;
  if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
    if (ar == 0.0 && ai == 0.0 && br < 0) goto zero;
    c_powi(ar, ai, (long)br, &rr, &ri);
  } else if (c_pow(ar, ai, br, bi, &rr, &ri) < 0) {
    goto zero;
  }
  if (isinf(rr) || isinf(ri)) {
    err_set(vm, vm->t.OverflowError, "complex exponentiation");
    return NULL;
  }
  return complex_new_values(vm, rr, ri);
zero:
  err_set(vm, vm->t.ZeroDivisionError, "0.0 to a negative or complex power");
  return NULL;
}

Object *complex_pow_real(Vm *vm, double x, double y) {
  return pow_values(vm, x, 0.0, y, 0.0);
}

// Converts an operand; 0: not a number we take (NotImplemented).
static int to_complex(Vm *vm, Object *o, double *re, double *im) {
  *im = 0.0;
  if (o->type->layout == LAYOUT_COMPLEX) {
    *re = C(o)->re;
    *im = C(o)->im;
    return 1;
  }
  if (is_float(o)) {
    *re = float_value(o);
    return 1;
  }
  if (is_int(o)) {
    bool ok;
    *re = int_as_double(vm, o, &ok);
    return ok ? 1 : -1;
  }
  return 0;
}

static Object *complex_binop(Vm *vm, Object *a, Object *b, NbOp op) {
  double ar, ai, br, bi;
  int ca = to_complex(vm, a, &ar, &ai), cb = ca > 0 ? to_complex(vm, b, &br, &bi) : 0;
  if (ca < 0 || cb < 0) return NULL;
  if (!ca || !cb) return vm_notimpl(vm);
  switch (op) {
  case NB_ADD: return complex_new_values(vm, ar + br, ai + bi);
  case NB_SUB: return complex_new_values(vm, ar - br, ai - bi);
  case NB_MUL: return complex_new_values(vm, ar * br - ai * bi, ar * bi + ai * br);
  case NB_TRUEDIV: {
    if (br == 0.0 && bi == 0.0) {
      err_set(vm, vm->t.ZeroDivisionError, "complex division by zero");
      return NULL;
    }
    double d = br * br + bi * bi;
    return complex_new_values(vm, (ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
  }
  case NB_POW: return pow_values(vm, ar, ai, br, bi);
  default: return vm_notimpl(vm);
  }
}

#define COMPLEX_OP(name)                                                       \
  static Object *complex_##name(Vm *vm, Object *a, Object *b) {                \
    return complex_binop(vm, a, b, NB_##name);                                 \
  }
COMPLEX_OP(ADD)
COMPLEX_OP(SUB)
COMPLEX_OP(MUL)
COMPLEX_OP(TRUEDIV)
COMPLEX_OP(POW)
#undef COMPLEX_OP

static void put_double(Buf *b, double v) { numfmt_double(b, v, 'r', 0, 0); }

static Object *complex_repr(Vm *vm, Object *o) {
  Buf b;
  buf_init(&b);
  double re = C(o)->re, im = C(o)->im;
  if (re == 0.0 && copysign(1.0, re) == 1.0) {
    put_double(&b, im);
    buf_putc(&b, 'j');
  } else {
    buf_putc(&b, '(');
    put_double(&b, re);
    if (!(im < 0 || (im == 0.0 && copysign(1.0, im) < 0)) && !isnan(im))
      buf_putc(&b, '+');
    put_double(&b, im);
    buf_puts(&b, "j)");
  }
  return str_from_buf(vm, &b);
}

static Object *complex_richcompare(Vm *vm, Object *a, Object *b, int op) {
  double ar = 0, ai = 0, br = 0, bi = 0;
  if (op != CMP_EQ && op != CMP_NE) return vm_notimpl(vm);
  int ca = to_complex(vm, a, &ar, &ai), cb = to_complex(vm, b, &br, &bi);
  if (ca < 0 || cb < 0) return NULL;
  if (!ca || !cb) return vm_notimpl(vm);
  bool eq = ar == br && ai == bi;
  return vm_bool(vm, op == CMP_EQ ? eq : !eq);
}

static int64_t complex_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  uint64_t hr = (uint64_t)numfmt_float_hash(C(o)->re);
  uint64_t hi = (uint64_t)numfmt_float_hash(C(o)->im);
  int64_t h = (int64_t)(hr + 1000003ULL * hi);
  return h == -1 ? -2 : h;
}

// +z and z.__complex__(): z itself when exact, else an exact copy.
static Object *complex_pos(Vm *vm, Object *o) {
  if (o->type == vm->t.complex) return newref(vm, o);
  return complex_new_values(vm, C(o)->re, C(o)->im);
}

static Object *complex_neg(Vm *vm, Object *o) {
  return complex_new_values(vm, -C(o)->re, -C(o)->im);
}
static Object *complex_abs(Vm *vm, Object *o) {
  return float_new(vm, hypot(C(o)->re, C(o)->im));
}
static int complex_bool(Vm *vm, Object *o) {
  UNUSED(vm);
  return C(o)->re != 0.0 || C(o)->im != 0.0;
}

static Object *complex_tp_new(Vm *vm, TypeObject *t, Object *const *args,
                              size_t nargs, Object *kw) {
  Object *re = NULL, *im = NULL;
  if (parse_args(vm, "complex", args, nargs, kw, "K|OO:real,imag", &re, &im) < 0)
    return NULL;
  return complex_construct(vm, t, re, im);
}

static Object *complex_get_real(Vm *vm, Object *o) { return float_new(vm, C(o)->re); }
static Object *complex_get_imag(Vm *vm, Object *o) { return float_new(vm, C(o)->im); }

static Object *complex_conjugate(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  if (parse_args(vm, "complex.conjugate", args, nargs, kw, "N") < 0) return NULL;
  return complex_new_values(vm, C(self)->re, -C(self)->im);
}

static const GetSetDef complex_getsets[] = {{"real", complex_get_real, NULL},
                                            {"imag", complex_get_imag, NULL},
                                            {NULL, NULL, NULL}};
static Object *complex_complex(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  if (parse_args(vm, "complex.__complex__", args, nargs, kw, "N") < 0)
    return NULL;
  return complex_pos(vm, self);
}

static Object *complex_getnewargs(Vm *vm, Object *self, Object *const *args,
                                  size_t nargs, Object *kw) {
  if (parse_args(vm, "complex.__getnewargs__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *re = float_new(vm, C(self)->re), *im = float_new(vm, C(self)->im);
  Object *t = re && im ? tuple_pack(vm, 2, re, im) : NULL;
  xdecref(vm, re);
  xdecref(vm, im);
  return t;
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, NULL},
    {"__complex__", complex_complex, 0, NULL},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void complex_dealloc(Vm *vm, Object *o) { obj_free_memory(vm, o); }

void complex_type_init(Vm *vm) {
  TypeObject *t = vm->t.complex;
  t->py_basicsize = 32;
  t->alloc_size = sizeof(ComplexObject);
  t->dealloc = complex_dealloc;
  t->repr = complex_repr;
  t->richcompare = complex_richcompare;
  t->hash = complex_hash;
  t->tp_new = complex_tp_new;
  t->nb_positive = complex_pos;
  t->nb[NB_ADD] = complex_ADD;
  t->nb[NB_SUB] = complex_SUB;
  t->nb[NB_MUL] = complex_MUL;
  t->nb[NB_TRUEDIV] = complex_TRUEDIV;
  t->nb[NB_POW] = complex_POW;
  t->nb_negative = complex_neg;
  t->nb_absolute = complex_abs;
  t->nb_bool = complex_bool;
  type_add_getsets(vm, t, complex_getsets);
  type_add_methods(vm, t, complex_methods);
}
