// format.c — format(), the __format__ of int/float/str/object, f-string
// helpers (FORMAT_VALUE, BUILD_STRING), str.join's core and the StrWriter
// that reproduces when CPython hands back an existing str. The str.format
// mini-language parser is in formatmarkup.c, printf-style % in pctformat.c.
// Behaviour: CPython 3.11's Objects/abstract.c (PyObject_Format),
// Python/formatter_unicode.c and Objects/unicodeobject.c.
#include "strformat.h"

#include "abstract.h"
#include "args.h"
#include "bigint.h"
#include "errors.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

// ---- StrWriter -------------------------------------------------------------

void strwriter_init(StrWriter *w) {
  buf_init(&w->buf);
  w->whole = NULL;
  w->overallocate = true;
}

// Copies a pending whole str into the buffer (CPython's writer leaves its
// read-only mode the same way when a second piece arrives).
static void materialize(Vm *vm, StrWriter *w) {
  if (!w->whole) return;
  buf_append(&w->buf, str_data(w->whole), str_size(w->whole));
  clear_ref(vm, &w->whole);
}

Buf *strwriter_buf(Vm *vm, StrWriter *w) {
  materialize(vm, w);
  return &w->buf;
}

int strwriter_write_str(Vm *vm, StrWriter *w, Object *s) {
  if (str_size(s) == 0) return 0;
  if (w->buf.len == 0 && !w->whole && !w->overallocate) {
    w->whole = newref(vm, s);
    return 0;
  }
  materialize(vm, w);
  if (buf_append(&w->buf, str_data(s), str_size(s)) < 0) {
    err_no_memory(vm);
    return -1;
  }
  return 0;
}

int strwriter_write_sub(Vm *vm, StrWriter *w, Object *s, size_t start,
                        size_t end) {
  if (start == 0 && end == str_size(s)) return strwriter_write_str(vm, w, s);
  if (start == end) return 0;
  materialize(vm, w);
  if (buf_append(&w->buf, str_data(s) + start, end - start) < 0) {
    err_no_memory(vm);
    return -1;
  }
  return 0;
}

void strwriter_free(Vm *vm, StrWriter *w) {
  clear_ref(vm, &w->whole);
  buf_free(&w->buf);
}

Object *strwriter_finish(Vm *vm, StrWriter *w) {
  if (w->whole && w->buf.len == 0) {
    Object *r = w->whole;
    w->whole = NULL;
    buf_free(&w->buf);
    return r;
  }
  materialize(vm, w);
  Object *r = w->buf.failed ? err_no_memory(vm)
                            : str_new(vm, buf_cstr(&w->buf), w->buf.len);
  buf_free(&w->buf);
  return r;
}

// ---- format() for int, float and str ---------------------------------------

// Refuses widths (and for numbers precisions) whose output could not fit in
// the memory limit (CPython would try to allocate them); a spec that does
// not parse is left for the formatter to report.
static int check_spec_size(Vm *vm, const char *spec, size_t len, bool text) {
  NumfmtSpec f;
  Buf err;
  buf_init(&err);
  int st = numfmt_spec_parse(spec, len, 0, '>', "", &f, &err);
  buf_free(&err);
  if (st < 0) return 0;
  int64_t big = !text && f.precision > f.width ? f.precision : f.width;
  if (big > 0 && ((uint64_t)big > SIZE_MAX / 4 ||
                  !alloc_can_grow(&vm->alloc, (size_t)big * 4))) {
    err_no_memory(vm);
    return -1;
  }
  return 0;
}

// The numfmt status [st] as a Python exception, or 0; frees [err].
static int numfmt_result(Vm *vm, int st, Buf *err) {
  if (st < 0) {
    raise_numfmt(vm, st, err);
    return -1;
  }
  buf_free(err);
  return 0;
}

static int write_str_of(Vm *vm, StrWriter *w, Object *o) {
  Object *s = obj_str(vm, o);
  if (!s) return -1;
  int r = strwriter_write_str(vm, w, s);
  decref(vm, s);
  return r;
}

static int format_int_into(Vm *vm, StrWriter *w, Object *o, const char *spec,
                           size_t len) {
  if (len == 0 && o->type != vm->t.int_) return write_str_of(vm, w, o);
  if (len == 0) { // digits are written, never the repr object itself
    Object *s = int_repr_obj(vm, o);
    if (!s) return -1;
    buf_append(strwriter_buf(vm, w), str_data(s), str_size(s));
    decref(vm, s);
    return 0;
  }
  if (check_spec_size(vm, spec, len, false) < 0) return -1;
  BigInt *b = int_to_big(vm, o);
  if (!b) {
    err_no_memory(vm);
    return -1;
  }
  BigAlloc al = vm_big_alloc(vm);
  Buf err;
  buf_init(&err);
  int st = numfmt_format_int(strwriter_buf(vm, w), &al, b, spec, len,
                             o->type->tp_name, vm->int_max_str_digits, &err);
  big_free(&al, b);
  return numfmt_result(vm, st, &err);
}

static int format_float_into(Vm *vm, StrWriter *w, Object *o, const char *spec,
                             size_t len) {
  if (len == 0) return write_str_of(vm, w, o);
  if (check_spec_size(vm, spec, len, false) < 0) return -1;
  Buf err;
  buf_init(&err);
  int st = numfmt_format_float(strwriter_buf(vm, w), float_value(o), spec, len,
                               o->type->tp_name, &err);
  return numfmt_result(vm, st, &err);
}

// A spec that neither pads nor truncates writes the str object itself.
static bool spec_keeps_str(Object *s, const char *spec, size_t len) {
  NumfmtSpec f;
  Buf err;
  buf_init(&err);
  int st = numfmt_spec_parse(spec, len, 's', '<', "str", &f, &err);
  buf_free(&err);
  int64_t n = str_len(s);
  return st == 0 && (f.width == -1 || f.width <= n) &&
         (f.precision == -1 || f.precision >= n);
}

static int format_str_into(Vm *vm, StrWriter *w, Object *o, const char *spec,
                           size_t len) {
  if (len == 0) {
    if (o->type == vm->t.str) return strwriter_write_str(vm, w, o);
    return write_str_of(vm, w, o);
  }
  if (check_spec_size(vm, spec, len, true) < 0) return -1;
  Buf out, err;
  buf_init(&out);
  buf_init(&err);
  int st = numfmt_format_str(&out, str_data(o), str_size(o), spec, len,
                             o->type->tp_name, &err);
  if (numfmt_result(vm, st, &err) < 0) {
    buf_free(&out);
    return -1;
  }
  int r = 0;
  if (spec_keeps_str(o, spec, len))
    r = strwriter_write_str(vm, w, o);
  else if (buf_append(strwriter_buf(vm, w), out.data, out.len) < 0)
    r = -1;
  buf_free(&out);
  return r;
}

typedef int (*FormatInto)(Vm *vm, StrWriter *w, Object *o, const char *spec,
                          size_t len);

// __format__ methods use a writer that is not over-allocating, so a spec
// that changes nothing gives back the object itself (for str).
static Object *format_with(Vm *vm, Object *o, Object *spec, FormatInto f) {
  StrWriter w;
  strwriter_init(&w);
  w.overallocate = false;
  if (f(vm, &w, o, str_data(spec), str_size(spec)) < 0) {
    strwriter_free(vm, &w);
    return NULL;
  }
  return strwriter_finish(vm, &w);
}

Object *format_int(Vm *vm, Object *o, Object *spec) {
  return format_with(vm, o, spec, format_int_into);
}

Object *format_float(Vm *vm, Object *o, Object *spec) {
  return format_with(vm, o, spec, format_float_into);
}

Object *format_str(Vm *vm, Object *o, Object *spec) {
  return format_with(vm, o, spec, format_str_into);
}

// Formats [o] with the spec bytes into [w]: exact str, int and float go
// straight to their formatter (as CPython's render_field does); the rest
// through format(o, spec).
int format_into_writer(Vm *vm, StrWriter *w, Object *o, Object *spec_src,
                       size_t start, size_t end) {
  const char *spec = str_data(spec_src) + start;
  size_t len = end - start;
  if (o->type == vm->t.str) return format_str_into(vm, w, o, spec, len);
  if (o->type == vm->t.int_) return format_int_into(vm, w, o, spec, len);
  if (o->type == vm->t.float_) return format_float_into(vm, w, o, spec, len);
  Object *spec_obj = str_new(vm, spec, len);
  if (!spec_obj) return -1;
  Object *s = obj_format(vm, o, spec_obj);
  decref(vm, spec_obj);
  if (!s) return -1;
  int r = strwriter_write_str(vm, w, s);
  decref(vm, s);
  return r;
}

// ---- format(), object.__format__, ascii() ----------------------------------

static Object *object_format_impl(Vm *vm, Object *self, Object *spec) {
  if (str_len(spec) > 0)
    return err_format(vm, vm->t.TypeError,
                      "unsupported format string passed to %s.__format__",
                      self->type->tp_name);
  return obj_str(vm, self);
}

Object *format_spec_arg(Vm *vm, const char *fname, Object *const *args,
                        size_t nargs, Object *kwnames) {
  Object *spec;
  if (parse_args(vm, fname, args, nargs, kwnames, "1O:format_spec", &spec) < 0)
    return NULL;
  if (!is_str(spec))
    return err_format(vm, vm->t.TypeError,
                      "__format__() argument must be str, not %s",
                      strm_arg_type(vm, spec));
  return spec;
}

Object *object_format(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      Object *kwnames) {
  Object *spec = format_spec_arg(vm, "object.__format__", args, nargs, kwnames);
  return spec ? object_format_impl(vm, self, spec) : NULL;
}

Object *str_format_dunder(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames) {
  Object *spec = format_spec_arg(vm, "str.__format__", args, nargs, kwnames);
  return spec ? format_str(vm, self, spec) : NULL;
}

Object *format_int_dunder(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames) {
  Object *spec = format_spec_arg(vm, "int.__format__", args, nargs, kwnames);
  return spec ? format_int(vm, self, spec) : NULL;
}

Object *format_float_dunder(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *spec = format_spec_arg(vm, "float.__format__", args, nargs, kwnames);
  return spec ? format_float(vm, self, spec) : NULL;
}

Object *obj_format(Vm *vm, Object *o, Object *spec) {
  if (spec && !is_str(spec))
    return err_format(vm, vm->t.TypeError,
                      "Format specifier must be a string, not %s",
                      spec->type->tp_name);
  if (!spec || str_len(spec) == 0) {
    if (o->type == vm->t.str) return newref(vm, o);
    if (o->type == vm->t.int_) return obj_str(vm, o);
    spec = vm->str.empty;
  }
  Object *meth = lookup_special(vm, o, vm->str.format);
  if (!meth) {
    if (err_occurred(vm)) return NULL;
    return object_format_impl(vm, o, spec); // every type inherits object's
  }
  Object *r = obj_call1(vm, meth, spec);
  decref(vm, meth);
  if (r && !is_str(r)) {
    err_format(vm, vm->t.TypeError, "__format__ must return a str, not %s",
               r->type->tp_name);
    decref(vm, r);
    return NULL;
  }
  return r;
}

Object *obj_ascii(Vm *vm, Object *o) {
  Object *r = obj_repr(vm, o);
  if (!r || str_is_ascii(r)) return r;
  Buf b;
  buf_init(&b);
  unicode_backslashreplace(str_data(r), str_size(r), &b);
  decref(vm, r);
  return str_from_buf(vm, &b);
}

// ---- f-strings and join ----------------------------------------------------

Object *format_value(Vm *vm, Object *value, int conversion, Object *spec) {
  Object *v = conversion == 1   ? obj_str(vm, value)
              : conversion == 2 ? obj_repr(vm, value)
              : conversion == 3 ? obj_ascii(vm, value)
                                : newref(vm, value);
  if (!v) return NULL;
  if (v->type == vm->t.str && !spec) return v;
  Object *r = obj_format(vm, v, spec);
  decref(vm, v);
  return r;
}

Object *str_join_sep(Vm *vm, Object *sep, Object *const *items, ssize n) {
  if (n == 0) return str_new(vm, "", 0);
  if (n == 1 && items[0]->type == vm->t.str) return newref(vm, items[0]);
  size_t seplen = sep ? str_size(sep) : 0, total = 0;
  for (ssize i = 0; i < n; i++) {
    if (!is_str(items[i]))
      return err_format(vm, vm->t.TypeError,
                        "sequence item %zd: expected str instance, %s found",
                        (ssize)i, items[i]->type->tp_name);
    total += str_size(items[i]) + (i ? seplen : 0);
    if (total > SIZE_MAX / 2 || !alloc_can_grow(&vm->alloc, total))
      return err_no_memory(vm);
  }
  Buf b;
  buf_init(&b);
  for (ssize i = 0; i < n; i++) {
    if (i && seplen) buf_append(&b, str_data(sep), seplen);
    buf_append(&b, str_data(items[i]), str_size(items[i]));
  }
  Object *r =
      b.failed ? err_no_memory(vm) : str_new_fresh(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  return r;
}

Object *str_join_array(Vm *vm, Object *const *items, ssize n) {
  return str_join_sep(vm, NULL, items, n);
}
