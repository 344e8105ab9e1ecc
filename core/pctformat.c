// pctformat.c — printf-style str % args: the argument bookkeeping of CPython
// 3.11's PyUnicode_Format (a tuple, a single value, or a mapping for
// "%(key)s"), the conversion of each argument and CPython's messages. The
// text of each conversion comes from numfmt_pct_* (core/numfmt.h).
#include "strformat.h"

#include "abstract.h"
#include "bigint.h"
#include "errors.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"
#include "vm.h"

enum { VM_RAISED = -100 }; // a hook's status: the VM raised the exception

typedef struct Pct {
  Vm *vm;
  Object *fmt;
  Object *args;    // where arguments come from (a mapping value after a key)
  bool args_owned; // [args] is a strong reference
  ssize arglen;    // tuple size, or -1 for a single value
  ssize argidx;
  Object *dict; // the mapping argument, or NULL
  StrWriter w;
} Pct;

static Object *next_arg(Pct *p) {
  if (p->argidx < p->arglen) {
    ssize i = p->argidx++;
    return p->arglen < 0 ? p->args : tuple_get(p->args, i);
  }
  err_set(p->vm, p->vm->t.TypeError, "not enough arguments for format string");
  return NULL;
}

// ---- Hooks called by numfmt_pct_parse --------------------------------------

static int hook_key(void *ctx, const char *key, size_t len) {
  Pct *p = ctx;
  Vm *vm = p->vm;
  Object *k = str_new(vm, key, len);
  Object *v = k ? obj_getitem(vm, p->dict, k) : NULL;
  xdecref(vm, k);
  if (!v) return VM_RAISED;
  if (p->args_owned) decref(vm, p->args);
  p->args = v;
  p->args_owned = true;
  p->arglen = -1;
  p->argidx = -2;
  return 0;
}

static int hook_star(void *ctx, int is_prec, int64_t *value) {
  Pct *p = ctx;
  Vm *vm = p->vm;
  Object *v = next_arg(p);
  if (!v) return VM_RAISED;
  if (!is_int(v)) {
    err_set(vm, vm->t.TypeError, "* wants int");
    return VM_RAISED;
  }
  // A width is a C ssize_t, a precision a C int (CPython's messages).
  bool ok;
  int64_t n = int_as_i64(vm, v, &ok);
  if (!ok) err_clear(vm);
  if (!ok || (is_prec && (n > INT32_MAX || n < INT32_MIN))) {
    err_set(vm, vm->t.OverflowError,
            is_prec ? "Python int too large to convert to C int"
                    : "Python int too large to convert to C ssize_t");
    return VM_RAISED;
  }
  *value = n;
  return 0;
}

// ---- Converting one argument -----------------------------------------------

// Raises for a failed numfmt call: the VM's own exception if a hook raised,
// else numfmt's message.
static int pct_fail(Vm *vm, int st, Buf *err) {
  if (st == VM_RAISED || err_occurred(vm))
    buf_free(err);
  else
    raise_numfmt(vm, st, err);
  return -1;
}

static int wrong_number(Vm *vm, const NumfmtPct *c, Object *v) {
  bool integral = c->conv == 'o' || c->conv == 'x' || c->conv == 'X';
  err_format(vm, vm->t.TypeError, "%%%c format: %s is required, not %s",
             (int)c->conv, integral ? "an integer" : "a real number",
             v->type->tp_name);
  return -1;
}

// int(v) as PyNumber_Long does it for a number [v].
static Object *int_of(Vm *vm, Object *v) {
  if (is_int(v)) return newref(vm, v);
  if (is_float(v)) return int_from_double(vm, float_value(v));
  if (v->type->nb_int) {
    Object *r = v->type->nb_int(vm, v);
    if (r && !is_int(r)) {
      err_format(vm, vm->t.TypeError, "__int__ returned non-int (type %s)",
                 r->type->tp_name);
      clear_ref(vm, &r);
    }
    return r;
  }
  return number_index(vm, v);
}

// CPython writes digits straight into the result only for an exact int
// with no width, precision, sign or blank flag, and not for %X. Otherwise it
// makes a temporary str (a fresh object for d/i/u, one from the
// one-character cache for o/x/X) and writes that object whole when nothing
// pads it; a result of that one digit is then the temporary itself. Returns
// 1 after writing such a digit, 0 when the caller formats [i] normally.
static int put_whole_digit(Pct *p, const NumfmtPct *c, Object *v, Object *i) {
  Vm *vm = p->vm;
  bool integral = c->conv == 'o' || c->conv == 'x' || c->conv == 'X';
  int base = c->conv == 'o' ? 8 : integral ? 16 : 10;
  bool direct = v->type == vm->t.int_ && c->width == -1 && c->prec == -1 &&
                !(c->flags & (NUMFMT_PCT_SIGN | NUMFMT_PCT_BLANK)) &&
                c->conv != 'X';
  if (direct || !int_is_small(i) || int_small_value(i) < 0 ||
      int_small_value(i) >= base || (integral && c->flags & NUMFMT_PCT_ALT) ||
      c->width > 1 || (c->prec != -1 && c->prec != 1) ||
      c->flags & (NUMFMT_PCT_SIGN | NUMFMT_PCT_BLANK))
    return 0;
  char digit = "0123456789abcdef"[int_small_value(i)];
  if (c->conv == 'X' && digit >= 'a') digit = (char)(digit - 'a' + 'A');
  Object *s = integral ? str_new(vm, &digit, 1) : str_new_fresh(vm, &digit, 1);
  if (!s) return -1;
  int r = strwriter_write_str(vm, &p->w, s);
  decref(vm, s);
  return r < 0 ? -1 : 1;
}

static int put_int(Pct *p, const NumfmtPct *c, Object *v) {
  Vm *vm = p->vm;
  if (!obj_is_number(v)) return wrong_number(vm, c, v);
  bool integral = c->conv == 'o' || c->conv == 'x' || c->conv == 'X';
  Object *i = integral ? number_index(vm, v) : int_of(vm, v);
  if (!i) {
    if (!err_matches(vm, vm->t.TypeError)) return -1;
    err_clear(vm);
    return wrong_number(vm, c, v);
  }
  int whole = put_whole_digit(p, c, v, i);
  if (whole != 0) {
    decref(vm, i);
    return whole < 0 ? -1 : 0;
  }
  BigInt *b = int_to_big(vm, i);
  decref(vm, i);
  if (!b) {
    err_no_memory(vm);
    return -1;
  }
  BigAlloc al = vm_big_alloc(vm);
  Buf err;
  buf_init(&err);
  int st = numfmt_pct_int(strwriter_buf(vm, &p->w), &al, c, b,
                          vm->int_max_str_digits, &err);
  big_free(&al, b);
  if (st < 0) return pct_fail(vm, st, &err);
  buf_free(&err);
  return 0;
}

// PyFloat_AsDouble: floats, __float__, __index__.
static int as_double(Vm *vm, Object *v, double *out) {
  bool ok = true;
  if (is_float(v)) {
    *out = float_value(v);
  } else if (is_int(v)) {
    *out = int_as_double(vm, v, &ok);
  } else if (v->type->nb_float || v->type->nb_index) {
    Object *f = float_from_object(vm, v);
    if (!f) return -1;
    *out = float_value(f);
    decref(vm, f);
  } else {
    err_format(vm, vm->t.TypeError, "must be real number, not %s",
               v->type->tp_name);
    return -1;
  }
  return ok ? 0 : -1;
}

static int put_float(Pct *p, const NumfmtPct *c, Object *v) {
  double x;
  if (as_double(p->vm, v, &x) < 0) return -1;
  Buf err;
  buf_init(&err);
  int st = numfmt_pct_float(strwriter_buf(p->vm, &p->w), c, x, &err);
  if (st < 0) return pct_fail(p->vm, st, &err);
  buf_free(&err);
  return 0;
}

// The code point for %c: a one-character str or an int in range.
static int char_code(Vm *vm, Object *v, uint32_t *cp) {
  if (is_str(v)) {
    if (str_len(v) != 1) goto wrong;
    size_t at = 0;
    *cp = utf8_next(str_data(v), &at);
    return 0;
  }
  Object *i = number_index(vm, v);
  if (!i) {
    if (!err_matches(vm, vm->t.TypeError)) return -1;
    err_clear(vm);
    goto wrong;
  }
  BigInt *b = int_to_big(vm, i);
  decref(vm, i);
  if (!b) {
    err_no_memory(vm);
    return -1;
  }
  Buf err;
  buf_init(&err);
  int st = numfmt_pct_char_code(b, cp, &err);
  BigAlloc al = vm_big_alloc(vm);
  big_free(&al, b);
  if (st < 0) return pct_fail(vm, st, &err);
  buf_free(&err);
  return 0;
wrong:
  err_set(vm, vm->t.TypeError, "%c requires int or char");
  return -1;
}

static int put_char(Pct *p, const NumfmtPct *c, Object *v) {
  uint32_t cp;
  if (char_code(p->vm, v, &cp) < 0) return -1;
  char text[4];
  size_t n = utf8_encode(cp, text);
  numfmt_pct_text(strwriter_buf(p->vm, &p->w), c, text, n);
  return 0;
}

// s, r, a: the str is written as an object when nothing pads or cuts it
// (so "%s" % s can be s itself).
static int put_text(Pct *p, const NumfmtPct *c, Object *v) {
  Vm *vm = p->vm;
  if (v->type == vm->t.int_ && c->width == -1 && c->prec == -1) {
    Object *s = int_repr_obj(vm, v); // digits, as CPython's fast path
    if (!s) return -1;
    buf_append(strwriter_buf(vm, &p->w), str_data(s), str_size(s));
    decref(vm, s);
    return 0;
  }
  Object *s = c->conv == 'r'         ? obj_repr(vm, v)
              : c->conv == 'a'       ? obj_ascii(vm, v)
              : v->type == vm->t.str ? newref(vm, v)
                                     : obj_str(vm, v);
  if (!s) return -1;
  int64_t len = str_len(s);
  int r = 0;
  if ((c->width == -1 || c->width <= len) &&
      (c->prec == -1 || c->prec >= len) &&
      !(c->flags & (NUMFMT_PCT_SIGN | NUMFMT_PCT_BLANK)))
    r = strwriter_write_str(vm, &p->w, s);
  else
    numfmt_pct_text(strwriter_buf(vm, &p->w), c, str_data(s), str_size(s));
  decref(vm, s);
  return r;
}

// Widths and precisions beyond the memory limit fail before any output.
static int check_size(Vm *vm, const NumfmtPct *c, NumfmtPctKind kind) {
  int64_t big = c->width;
  if (kind != NUMFMT_PCT_TEXT && c->prec > big) big = c->prec;
  if (big > 0 && ((uint64_t)big > SIZE_MAX / 4 ||
                  !alloc_can_grow(&vm->alloc, (size_t)big * 4))) {
    err_no_memory(vm);
    return -1;
  }
  return 0;
}

static int put_arg(Pct *p, const NumfmtPct *c) {
  Vm *vm = p->vm;
  NumfmtPctKind kind = numfmt_pct_kind(c);
  if (c->end == str_size(p->fmt)) p->w.overallocate = false;
  Object *v = next_arg(p);
  if (!v || check_size(vm, c, kind) < 0) return -1;
  switch (kind) {
  case NUMFMT_PCT_INT:
    return put_int(p, c, v);
  case NUMFMT_PCT_FLOAT:
    return put_float(p, c, v);
  case NUMFMT_PCT_CHAR:
    return put_char(p, c, v);
  case NUMFMT_PCT_TEXT:
    return put_text(p, c, v);
  default: {
    Buf err;
    buf_init(&err);
    return pct_fail(vm, numfmt_pct_unsupported(str_data(p->fmt), c, &err),
                    &err);
  }
  }
}

// ---- The format loop -------------------------------------------------------

// One '%' directive at byte [pos]; sets *next past it.
static int directive(Pct *p, size_t pos, size_t *next) {
  Vm *vm = p->vm;
  const char *d = str_data(p->fmt);
  size_t n = str_size(p->fmt);
  if (pos + 1 < n && d[pos + 1] == '(' && !p->dict) {
    err_set(vm, vm->t.TypeError, "format requires a mapping");
    return -1;
  }
  NumfmtPctHooks hooks = {hook_key, hook_star, p};
  NumfmtPct c;
  Buf err;
  buf_init(&err);
  int st = numfmt_pct_parse(d, n, pos, &hooks, &c, &err);
  if (st < 0) return pct_fail(vm, st, &err);
  buf_free(&err);
  *next = c.end;
  if (c.percent) return buf_putc(strwriter_buf(vm, &p->w), '%') < 0 ? -1 : 0;
  if (put_arg(p, &c) < 0) return -1;
  if (p->dict && p->argidx < p->arglen) {
    err_set(vm, vm->t.TypeError,
            "not all arguments converted during string formatting");
    return -1;
  }
  return 0;
}

static int format_loop(Pct *p) {
  const char *d = str_data(p->fmt);
  size_t n = str_size(p->fmt), pos = 0;
  while (pos < n) {
    if (d[pos] == '%') {
      if (directive(p, pos, &pos) < 0) return -1;
      continue;
    }
    const char *pct = memchr(d + pos, '%', n - pos);
    size_t end = pct ? (size_t)(pct - d) : n;
    if (end == n) p->w.overallocate = false;
    if (strwriter_write_sub(p->vm, &p->w, p->fmt, pos, end) < 0) return -1;
    pos = end;
  }
  if (p->argidx < p->arglen && !p->dict) {
    err_set(p->vm, p->vm->t.TypeError,
            "not all arguments converted during string formatting");
    return -1;
  }
  return 0;
}

// PyMapping_Check: anything subscriptable except tuples and strs is taken as
// the mapping for "%(key)s" (so "abc" % [1] is not an error).
static bool is_mapping_arg(Object *args) {
  return args->type->getitem && !is_tuple(args) && !is_str(args);
}

Object *str_mod_format(Vm *vm, Object *fmt, Object *args) {
  Pct p = {vm, fmt, args, false, -1, -2, NULL, {{0}, NULL, true}};
  strwriter_init(&p.w);
  if (is_tuple(args)) {
    p.arglen = tuple_size(args);
    p.argidx = 0;
  }
  if (is_mapping_arg(args)) p.dict = args;
  int r = format_loop(&p);
  if (p.args_owned) decref(vm, p.args);
  if (r < 0) {
    strwriter_free(vm, &p.w);
    return NULL;
  }
  return strwriter_finish(vm, &p.w);
}
