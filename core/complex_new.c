// complex_new.c — complex(real=0, imag=None) as CPython 3.11's
// complex_new_impl: a string ("1+2j", " (3-j) ", "inf", "1_0j"; no second
// argument then), __complex__, numbers with __float__ or __index__, and
// real/imag parts that are themselves complex (real - imag.imag,
// real.imag + imag). core/NUMBERS.md describes numbers.
#include "complex.h"

#include "abstract.h"
#include "buf.h"
#include "errors.h"
#include "int.h"
#include "numfmt.h"
#include "numfmt_ascii.h"
#include "str.h"
#include "vm.h"

#include <math.h>

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static const char *skip_spaces(const char *s, const char *end) {
  while (s < end && is_space(*s))
    s++;
  return s;
}

static bool is_j(const char *s, const char *end) {
  return s < end && (*s == 'j' || *s == 'J');
}

// complex_from_string_inner over the ASCII s[0..n): <float>, <float>j,
// <float><signed-float>j, <float><sign>j, <sign>j or j, in optional
// parentheses, with surrounding whitespace. False if malformed.
static bool parse_complex(const char *s, size_t n, double *re, double *im) {
  const char *end = s + n;
  *re = *im = 0.0;
  s = skip_spaces(s, end);
  bool bracket = s < end && *s == '(';
  if (bracket) s = skip_spaces(s + 1, end);
  double z;
  size_t len = numfmt_float_prefix(s, (size_t)(end - s), &z);
  if (len) {
    s += len;
    if (s < end && (*s == '+' || *s == '-')) { // <float><signed-float>j
      *re = z;
      size_t len2 = numfmt_float_prefix(s, (size_t)(end - s), im);
      if (!len2) *im = *s == '+' ? 1.0 : -1.0; // <float><sign>j
      s += len2 ? len2 : 1;
      if (!is_j(s++, end)) return false;
    } else if (is_j(s, end)) {
      *im = z;
      s++;
    } else {
      *re = z;
    }
  } else { // <sign>j or j
    if (s < end && (*s == '+' || *s == '-')) *im = *s++ == '+' ? 1.0 : -1.0;
    else *im = 1.0;
    if (!is_j(s++, end)) return false;
  }
  s = skip_spaces(s, end);
  if (bracket) {
    if (s >= end || *s != ')') return false;
    s = skip_spaces(s + 1, end);
  }
  return s == end;
}

static Object *from_string(Vm *vm, TypeObject *type, Object *text) {
  size_t n = str_size(text);
  Buf b;
  buf_init(&b);
  buf_append(&b, str_data(text), n); // room for the ASCII form
  if (b.failed) return err_no_memory(vm);
  n = numfmt_to_ascii(str_data(text), n, b.data);
  double re, im;
  Object *r = NULL;
  if (numfmt_drop_underscores(b.data, &n) < 0)
    err_format(vm, vm->t.ValueError, "could not convert string to complex: %R",
               text);
  else if (!parse_complex(b.data, n, &re, &im))
    err_set(vm, vm->t.ValueError, "complex() arg is a malformed string");
  else
    r = complex_new_of_type(vm, type, re, im);
  buf_free(&b);
  return r;
}

// x.__complex__() if its type has one (NULL and no error if not).
static Object *complex_dunder(Vm *vm, Object *x) {
  Object *name = str_intern_cstr(vm, "__complex__");
  Object *m = name ? lookup_special(vm, x, name) : NULL;
  xdecref(vm, name);
  if (!m) return NULL;
  Object *r = obj_call0(vm, m);
  decref(vm, m);
  if (r && !is_complex(r)) {
    err_format(vm, vm->t.TypeError, "__complex__ returned non-complex (type %s)",
               r->type->tp_name);
    clear_ref(vm, &r);
  }
  return r;
}

static bool numberlike(Object *o) {
  return o->type->nb_float || o->type->nb_index || is_complex(o);
}

// The parts of [o]: its own for a complex, else float(o) and 0.
static int parts(Vm *vm, Object *o, double *re, double *im, bool *cx) {
  *cx = is_complex(o);
  if (*cx) {
    *re = ((ComplexObject *)o)->re;
    *im = ((ComplexObject *)o)->im;
    return 0;
  }
  Object *f = float_from_object(vm, o);
  if (!f) return -1;
  *re = float_value(f);
  *im = 0.0;
  decref(vm, f);
  return 0;
}

static Object *from_numbers(Vm *vm, TypeObject *type, Object *r, Object *i) {
  if (!numberlike(r))
    return err_format(vm, vm->t.TypeError, "complex() first argument must be "
                      "a string or a number, not '%s'", r->type->tp_name);
  if (i && !numberlike(i))
    return err_format(vm, vm->t.TypeError, "complex() second argument must be "
                      "a number, not '%s'", i->type->tp_name);
  double rr, ri, ir = 0.0, ii = 0.0;
  bool rcx, icx = false;
  if (parts(vm, r, &rr, &ri, &rcx) < 0) return NULL;
  if (!i) ir = ri;
  else if (parts(vm, i, &ir, &ii, &icx) < 0) return NULL;
  if (icx) rr -= ii;
  if (rcx && i) ir += ri;
  return complex_new_of_type(vm, type, rr, ir);
}

Object *complex_construct(Vm *vm, TypeObject *type, Object *r, Object *i) {
  if (!r) r = vm->small_ints[0 - SMALL_INT_MIN]; // the int 0
  if (r->type == vm->t.complex && !i && type == vm->t.complex)
    return newref(vm, r);
  if (is_str(r)) {
    if (i)
      return err_format(vm, vm->t.TypeError, "complex() can't take second arg "
                        "if first is a string");
    return from_string(vm, type, r);
  }
  if (i && is_str(i))
    return err_format(vm, vm->t.TypeError,
                      "complex() second arg can't be a string");
  Object *c = complex_dunder(vm, r);
  if (!c && err_occurred(vm)) return NULL;
  Object *res = from_numbers(vm, type, c ? c : r, i);
  xdecref(vm, c);
  return res;
}
