// strmethods.c — the methods of str (case mapping, strip, split, join,
// search, padding, predicates, translate, encode, ...), with CPython 3.11's
// argument messages and its identity rules: a method that changes nothing
// returns the str itself (exact str only), substrings come from the
// one-character cache, and case-mapped/padded/replaced/joined strings are
// always new objects. Text algorithms: core/unicode.h. Formatting: format.c.
#include "strformat.h"

#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "unicode.h"
#include "vm.h"

#include <stdio.h>

#define METHOD(name)                                                           \
  static Object *sm_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kw)

// ---- Results ---------------------------------------------------------------

// CPython's unicode_result_unchanged: the str itself, or an exact copy for a
// subclass instance.
static Object *unchanged(Vm *vm, Object *self) {
  if (self->type == vm->t.str) return newref(vm, self);
  return str_new_fresh(vm, str_data(self), str_size(self));
}

static Object *fresh_from_buf(Vm *vm, Buf *b) {
  Object *r =
      b->failed ? err_no_memory(vm) : str_new_fresh(vm, buf_cstr(b), b->len);
  buf_free(b);
  return r;
}

// A substring by bytes; the whole string counts as unchanged.
static Object *substr(Vm *vm, Object *self, size_t start, size_t len) {
  if (start == 0 && len == str_size(self)) return unchanged(vm, self);
  return str_new(vm, str_data(self) + start, len);
}

// Outputs that could pass the memory limit fail before they are built:
// [base] bytes plus [count] times [each].
static bool fits(Vm *vm, uint64_t base, uint64_t count, uint64_t each) {
  uint64_t max = SIZE_MAX / 2;
  if ((each == 0 || count <= (max - base) / each) &&
      alloc_can_grow(&vm->alloc, (size_t)(base + count * each)))
    return true;
  err_no_memory(vm);
  return false;
}

int strm_no_keywords(Vm *vm, const char *type, const char *name, Object *kw) {
  if (!kw || tuple_size(kw) == 0) return 0;
  char q[48];
  snprintf(q, sizeof q, "%s.%s", type, name);
  return no_keywords(vm, q, kw);
}

static int no_kw(Vm *vm, const char *name, Object *kw) {
  return strm_no_keywords(vm, "str", name, kw);
}

// ---- Case mapping and predicates -------------------------------------------

typedef int (*CaseFn)(const char *s, size_t len, Buf *out);

static Object *case_map(Vm *vm, Object *self, Object *const *args, size_t nargs,
                        Object *kw, const char *name, CaseFn f) {
  if (parse_args(vm, name, args, nargs, kw, "N") < 0) return NULL;
  Buf b;
  buf_init(&b);
  f(str_data(self), str_size(self), &b);
  return fresh_from_buf(vm, &b);
}

#define CASE_METHOD(name)                                                      \
  METHOD(name) {                                                               \
    return case_map(vm, self, args, nargs, kw, "str." #name, unicode_##name);  \
  }
CASE_METHOD(upper)
CASE_METHOD(lower)
CASE_METHOD(casefold)
CASE_METHOD(capitalize)
CASE_METHOD(title)
CASE_METHOD(swapcase)
#undef CASE_METHOD

#define PRED_METHOD(name)                                                      \
  METHOD(name) {                                                               \
    if (parse_args(vm, "str." #name, args, nargs, kw, "N") < 0) return NULL;   \
    return vm_bool(vm, unicode_##name(str_data(self), str_size(self)));        \
  }
PRED_METHOD(isalpha)
PRED_METHOD(isdigit)
PRED_METHOD(isdecimal)
PRED_METHOD(isnumeric)
PRED_METHOD(isalnum)
PRED_METHOD(isspace)
PRED_METHOD(islower)
PRED_METHOD(isupper)
PRED_METHOD(istitle)
PRED_METHOD(isidentifier)
PRED_METHOD(isprintable)
PRED_METHOD(isascii)
#undef PRED_METHOD

// ---- strip -----------------------------------------------------------------

static Object *strip(Vm *vm, Object *self, Object *const *args, size_t nargs,
                     Object *kw, const char *name, int how) {
  Object *chars = NULL;
  if (no_kw(vm, name, kw) < 0 ||
      parse_args(vm, name, args, nargs, NULL, "C|O:chars", &chars) < 0)
    return NULL;
  if (chars == vm->none) chars = NULL;
  if (chars && !is_str(chars))
    return err_format(vm, vm->t.TypeError, "%s arg must be None or str", name);
  UnicodeSpan sp = unicode_strip(str_data(self), str_size(self),
                                 chars ? str_data(chars) : NULL,
                                 chars ? str_size(chars) : 0, how);
  return substr(vm, self, sp.start, sp.len);
}

METHOD(strip) {
  return strip(vm, self, args, nargs, kw, "strip", UNICODE_STRIP);
}
METHOD(lstrip) {
  return strip(vm, self, args, nargs, kw, "lstrip", UNICODE_STRIP_LEFT);
}
METHOD(rstrip) {
  return strip(vm, self, args, nargs, kw, "rstrip", UNICODE_STRIP_RIGHT);
}

// ---- split, rsplit, splitlines ---------------------------------------------

// A piece of a split: the str itself when it is the whole (exact) input.
static Object *str_piece(Vm *vm, Object *self, UnicodeSpan sp) {
  if (sp.start == 0 && sp.len == str_size(self) && self->type == vm->t.str)
    return newref(vm, self);
  return str_new(vm, str_data(self) + sp.start, sp.len);
}

Object *split_result_list(Vm *vm, Object *self, const UnicodeSpans *spans,
                          int64_t maxsplit, SpanPieceFn piece) {
  ssize pre = maxsplit < 0 || maxsplit >= 12 ? 12 : (ssize)maxsplit + 1;
  Object *l = list_new_with_capacity(vm, pre);
  if (!l) return NULL;
  for (size_t i = 0; i < spans->len; i++) {
    Object *p = piece(vm, self, spans->items[i]);
    if (!p) goto fail;
    int r = list_append(vm, l, p);
    decref(vm, p);
    if (r < 0) goto fail;
  }
  return l;
fail:
  decref(vm, l);
  return NULL;
}

typedef int (*SplitFn)(const char *s, size_t len, const char *sep,
                       size_t seplen, int64_t maxsplit, UnicodeSpans *out);

static Object *split(Vm *vm, Object *self, Object *const *args, size_t nargs,
                     Object *kw, const char *name, SplitFn f) {
  Object *sep = NULL;
  ssize maxsplit = -1;
  if (parse_args(vm, name, args, nargs, kw, "K|On:sep,maxsplit", &sep,
                 &maxsplit) < 0)
    return NULL;
  if (sep == vm->none) sep = NULL;
  if (sep && !is_str(sep))
    return err_format(vm, vm->t.TypeError, "must be str or None, not %s",
                      sep->type->tp_name);
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  int rc = f(str_data(self), str_size(self), sep ? str_data(sep) : NULL,
             sep ? str_size(sep) : 0, maxsplit, &spans);
  Object *r = NULL;
  if (rc == UNICODE_EMPTY_SEP)
    err_set(vm, vm->t.ValueError, "empty separator");
  else if (rc == UNICODE_NOMEM)
    err_no_memory(vm);
  else
    r = split_result_list(vm, self, &spans, maxsplit, str_piece);
  unicode_spans_free(&spans);
  return r;
}

METHOD(split) {
  return split(vm, self, args, nargs, kw, "split", unicode_split);
}
METHOD(rsplit) {
  return split(vm, self, args, nargs, kw, "rsplit", unicode_rsplit);
}

METHOD(splitlines) {
  Object *keep = NULL;
  int64_t keepends = 0;
  if (parse_args(vm, "splitlines", args, nargs, kw, "K|O:keepends", &keep) <
          0 ||
      (keep && strm_c_int(vm, keep, &keepends) < 0))
    return NULL;
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  Object *l = NULL;
  if (unicode_splitlines(str_data(self), str_size(self), keepends != 0,
                         &spans) < 0) {
    err_no_memory(vm);
    goto done;
  }
  l = list_new(vm, 0);
  for (size_t i = 0; l && i < spans.len; i++) {
    Object *p = str_piece(vm, self, spans.items[i]);
    if (!p || list_append(vm, l, p) < 0) clear_ref(vm, &l);
    xdecref(vm, p);
  }
done:
  unicode_spans_free(&spans);
  return l;
}

// ---- join, partition -------------------------------------------------------

Object *strm_join_sequence(Vm *vm, Object *it) {
  if (it->type == vm->t.list || it->type == vm->t.tuple) return newref(vm, it);
  Object *iter = obj_get_iter(vm, it);
  if (!iter) {
    if (err_matches(vm, vm->t.TypeError)) {
      err_clear(vm);
      err_set(vm, vm->t.TypeError, "can only join an iterable");
    }
    return NULL;
  }
  Object *seq = list_from_iterable(vm, iter);
  decref(vm, iter);
  return seq;
}

METHOD(join) {
  Object *it;
  if (parse_args(vm, "str.join", args, nargs, kw, "1O:iterable", &it) < 0)
    return NULL;
  Object *seq = strm_join_sequence(vm, it);
  if (!seq) return NULL;
  Object *r = is_list(seq)
                  ? str_join_sep(vm, self, list_items(seq), list_size(seq))
                  : str_join_sep(vm, self, tuple_items(seq), tuple_size(seq));
  decref(vm, seq);
  return r;
}

static Object *str_arg(Vm *vm, const char *fname, Object *const *args,
                       size_t nargs, Object *kw) {
  Object *a;
  if (parse_args(vm, fname, args, nargs, kw, "1O:sep", &a) < 0) return NULL;
  if (!is_str(a))
    return err_format(vm, vm->t.TypeError, "must be str, not %s",
                      a->type->tp_name);
  return a;
}

static Object *partition(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw, bool right) {
  Object *sep =
      str_arg(vm, right ? "str.rpartition" : "str.partition", args, nargs, kw);
  if (!sep) return NULL;
  const char *s = str_data(self);
  size_t n = str_size(self), pos = 0, seplen = str_size(sep);
  int rc = right ? unicode_rpartition(s, n, str_data(sep), seplen, &pos)
                 : unicode_partition(s, n, str_data(sep), seplen, &pos);
  if (rc == UNICODE_EMPTY_SEP) {
    err_set(vm, vm->t.ValueError, "empty separator");
    return NULL;
  }
  Object *e = vm->empty_str;
  if (rc == UNICODE_UNCHANGED)
    return right ? tuple_pack(vm, 3, e, e, self)
                 : tuple_pack(vm, 3, self, e, e);
  Object *a = str_new(vm, s, pos);
  Object *b = str_new(vm, s + pos + seplen, n - pos - seplen);
  Object *t = a && b ? tuple_pack(vm, 3, a, sep, b) : NULL;
  xdecref(vm, a);
  xdecref(vm, b);
  return t;
}

METHOD(partition) {
  return partition(vm, self, args, nargs, kw, false);
}
METHOD(rpartition) {
  return partition(vm, self, args, nargs, kw, true);
}

// ---- find, index, count, startswith, endswith ------------------------------

const char *strm_arg_type(Vm *vm, Object *o) {
  return o == vm->none ? "None" : o->type->tp_name;
}

int strm_c_int(Vm *vm, Object *o, int64_t *out) {
  Object *i = number_index(vm, o);
  if (!i) return -1;
  bool ok;
  int64_t v = int_as_i64(vm, i, &ok);
  decref(vm, i);
  if (!ok) err_clear(vm);
  if (!ok || v > INT32_MAX || v < INT32_MIN) {
    err_set(vm, vm->t.OverflowError,
            "Python int too large to convert to C int");
    return -1;
  }
  *out = v;
  return 0;
}

int strm_slice_bound(Vm *vm, Object *v, int64_t *out) {
  if (v == vm->none) return 0;
  if (!is_index(v)) {
    err_set(vm, vm->t.TypeError,
            "slice indices must be integers or None or "
            "have an __index__ method");
    return -1;
  }
  Object *i = number_index(vm, v);
  if (!i) return -1;
  bool ok;
  *out = int_as_ssize(vm, i, true, &ok);
  decref(vm, i);
  return 0;
}

int strm_search_args(Vm *vm, const char *type, const char *name,
                     Object *const *args, size_t nargs, Object *kw,
                     int64_t *start, int64_t *end) {
  if (strm_no_keywords(vm, type, name, kw) < 0) return -1;
  if (nargs < 1 || nargs > 3) {
    err_format(vm, vm->t.TypeError,
               "%s() takes at %s %d argument%s (%zd given)", name,
               nargs ? "most" : "least", nargs ? 3 : 1, nargs ? "s" : "",
               (ssize)nargs);
    return -1;
  }
  *start = 0;
  *end = INT64_MAX;
  if (nargs > 1 && strm_slice_bound(vm, args[1], start) < 0) return -1;
  return nargs > 2 ? strm_slice_bound(vm, args[2], end) : 0;
}

static int search_args(Vm *vm, const char *name, Object *const *args,
                       size_t nargs, Object *kw, int64_t *start, int64_t *end) {
  return strm_search_args(vm, "str", name, args, nargs, kw, start, end);
}

static Object *search_sub(Vm *vm, Object *const *args) {
  if (is_str(args[0])) return args[0];
  return err_format(vm, vm->t.TypeError, "must be str, not %s",
                    args[0]->type->tp_name);
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Object *search(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      Object *kw, const char *name, int what) {
  int64_t start, end;
  if (search_args(vm, name, args, nargs, kw, &start, &end) < 0) return NULL;
  Object *sub = search_sub(vm, args);
  if (!sub) return NULL;
  const char *s = str_data(self), *t = str_data(sub);
  size_t n = str_size(self), m = str_size(sub);
  if (what == COUNT)
    return int_from_i64(vm, unicode_count(s, n, t, m, start, end));
  int64_t at = what == FIND || what == INDEX
                   ? unicode_find(s, n, t, m, start, end)
                   : unicode_rfind(s, n, t, m, start, end);
  if (at < 0 && (what == INDEX || what == RINDEX)) {
    err_set(vm, vm->t.ValueError, "substring not found");
    return NULL;
  }
  return int_from_i64(vm, at);
}

METHOD(find) {
  return search(vm, self, args, nargs, kw, "find", FIND);
}
METHOD(rfind) {
  return search(vm, self, args, nargs, kw, "rfind", RFIND);
}
METHOD(index) {
  return search(vm, self, args, nargs, kw, "index", INDEX);
}
METHOD(rindex) {
  return search(vm, self, args, nargs, kw, "rindex", RINDEX);
}
METHOD(count) {
  return search(vm, self, args, nargs, kw, "count", COUNT);
}

static Object *tailmatch(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw, const char *name,
                         bool at_end) {
  int64_t start, end;
  if (search_args(vm, name, args, nargs, kw, &start, &end) < 0) return NULL;
  Object *fix = args[0];
  bool tuple = is_tuple(fix);
  if (!tuple && !is_str(fix))
    return err_format(vm, vm->t.TypeError,
                      "%s first arg must be str or a tuple of str, not %s",
                      name, fix->type->tp_name);
  ssize n = tuple ? tuple_size(fix) : 1;
  for (ssize i = 0; i < n; i++) {
    Object *f = tuple ? tuple_get(fix, i) : fix;
    if (!is_str(f))
      return err_format(vm, vm->t.TypeError,
                        "tuple for %s must only contain str, not %s", name,
                        f->type->tp_name);
    const char *s = str_data(self);
    size_t len = str_size(self);
    int hit =
        at_end
            ? unicode_endswith(s, len, str_data(f), str_size(f), start, end)
            : unicode_startswith(s, len, str_data(f), str_size(f), start, end);
    if (hit) return vm_bool(vm, true);
  }
  return vm_bool(vm, false);
}

METHOD(startswith) {
  return tailmatch(vm, self, args, nargs, kw, "startswith", false);
}
METHOD(endswith) {
  return tailmatch(vm, self, args, nargs, kw, "endswith", true);
}

// ---- replace, removeprefix, removesuffix -----------------------------------

METHOD(replace) {
  Object *old, *new_;
  ssize count = -1;
  if (no_kw(vm, "replace", kw) < 0 ||
      parse_args(vm, "replace", args, nargs, NULL, "CUU|n:old,new,count", &old,
                 &new_, &count) < 0)
    return NULL;
  if (old == new_) return unchanged(vm, self);
  const char *s = str_data(self);
  size_t n = str_size(self), on = str_size(old), nn = str_size(new_);
  if (nn > on) {
    int64_t hits = on ? unicode_count(s, n, str_data(old), on, 0, INT64_MAX)
                      : str_len(self) + 1;
    if (count >= 0 && hits > count) hits = count;
    if (!fits(vm, n, (uint64_t)hits, nn - on)) return NULL;
  }
  Buf b;
  buf_init(&b);
  int rc =
      unicode_replace(s, n, str_data(old), on, str_data(new_), nn, count, &b);
  if (rc == UNICODE_UNCHANGED) {
    buf_free(&b);
    return unchanged(vm, self);
  }
  return fresh_from_buf(vm, &b);
}

static Object *remove_fix(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw, const char *name,
                          bool suffix) {
  Object *fix;
  char q[32];
  snprintf(q, sizeof q, "str.%s", name);
  if (parse_args(vm, q, args, nargs, kw, "1O:fix", &fix) < 0) return NULL;
  if (!is_str(fix))
    return err_format(vm, vm->t.TypeError, "%s() argument must be str, not %s",
                      name, strm_arg_type(vm, fix));
  size_t n = str_size(self), m = str_size(fix);
  const char *s = str_data(self);
  if (m > n || memcmp(suffix ? s + n - m : s, str_data(fix), m) != 0)
    return unchanged(vm, self);
  return substr(vm, self, suffix ? 0 : m, n - m);
}

METHOD(removeprefix) {
  return remove_fix(vm, self, args, nargs, kw, "removeprefix", false);
}
METHOD(removesuffix) {
  return remove_fix(vm, self, args, nargs, kw, "removesuffix", true);
}

// ---- center, ljust, rjust, zfill, expandtabs -------------------------------

typedef int (*PadFn)(const char *s, size_t len, int64_t width, uint32_t fill,
                     Buf *out);

static Object *pad(Vm *vm, Object *self, Object *const *args, size_t nargs,
                   Object *kw, const char *name, PadFn f) {
  ssize width;
  Object *fill = NULL;
  if (no_kw(vm, name, kw) < 0 ||
      parse_args(vm, name, args, nargs, NULL, "Cn|O:width,fillchar", &width,
                 &fill) < 0)
    return NULL;
  uint32_t cp = ' ';
  if (fill && !is_str(fill))
    return err_format(vm, vm->t.TypeError,
                      "The fill character must be a unicode character, not %s",
                      fill->type->tp_name);
  if (fill && str_len(fill) != 1) {
    err_set(vm, vm->t.TypeError,
            "The fill character must be exactly one character long");
    return NULL;
  }
  if (fill) {
    size_t at = 0;
    cp = utf8_next(str_data(fill), &at);
  }
  if (width > str_len(self) && !fits(vm, str_size(self), (uint64_t)width, 4))
    return NULL;
  Buf b;
  buf_init(&b);
  if (f(str_data(self), str_size(self), width, cp, &b) == UNICODE_UNCHANGED) {
    buf_free(&b);
    return unchanged(vm, self);
  }
  return fresh_from_buf(vm, &b);
}

METHOD(center) {
  return pad(vm, self, args, nargs, kw, "center", unicode_center);
}
METHOD(ljust) {
  return pad(vm, self, args, nargs, kw, "ljust", unicode_ljust);
}
METHOD(rjust) {
  return pad(vm, self, args, nargs, kw, "rjust", unicode_rjust);
}

METHOD(zfill) {
  ssize width;
  if (parse_args(vm, "str.zfill", args, nargs, kw, "1n:width", &width) < 0)
    return NULL;
  if (width > str_len(self) && !fits(vm, str_size(self), (uint64_t)width, 1))
    return NULL;
  Buf b;
  buf_init(&b);
  if (unicode_zfill(str_data(self), str_size(self), width, &b) ==
      UNICODE_UNCHANGED) {
    buf_free(&b);
    return unchanged(vm, self);
  }
  return fresh_from_buf(vm, &b);
}

METHOD(expandtabs) {
  Object *tab = NULL;
  int64_t tabsize = 8;
  if (parse_args(vm, "expandtabs", args, nargs, kw, "K|O:tabsize", &tab) < 0 ||
      (tab && strm_c_int(vm, tab, &tabsize) < 0))
    return NULL;
  const char *s = str_data(self);
  size_t n = str_size(self), tabs = 0;
  for (size_t i = 0; i < n; i++)
    tabs += s[i] == '\t';
  if (tabs && tabsize > 0 && !fits(vm, n, tabs, (uint64_t)tabsize)) return NULL;
  Buf b;
  buf_init(&b);
  if (unicode_expandtabs(s, n, tabsize, &b) == UNICODE_UNCHANGED) {
    buf_free(&b);
    return unchanged(vm, self);
  }
  return str_from_buf(vm, &b);
}

// ---- encode, __sizeof__, __getnewargs__ ------------------------------------

METHOD(encode) {
  Object *enc = NULL, *errors = NULL;
  if (parse_args(vm, "encode", args, nargs, kw, "K|OO:encoding,errors", &enc,
                 &errors) < 0)
    return NULL;
  if (enc && !is_str(enc))
    return err_format(vm, vm->t.TypeError,
                      "encode() argument 'encoding' must be str, not %s",
                      strm_arg_type(vm, enc));
  if (errors && !is_str(errors))
    return err_format(vm, vm->t.TypeError,
                      "encode() argument 'errors' must be str, not %s",
                      strm_arg_type(vm, errors));
  return str_encode(vm, self, enc, errors);
}

METHOD(sizeof_) {
  if (parse_args(vm, "str.__sizeof__", args, nargs, kw, "N") < 0) return NULL;
  return int_from_i64(vm, str_sizeof(self));
}

METHOD(getnewargs) {
  if (parse_args(vm, "str.__getnewargs__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *copy = str_new_fresh(vm, str_data(self), str_size(self));
  Object *t = copy ? tuple_pack(vm, 1, copy) : NULL;
  xdecref(vm, copy);
  return t;
}

// ---- maketrans, translate --------------------------------------------------

// One-argument maketrans: a copy of the dict with 1-character str keys
// turned into their code points.
static int maketrans_dict(Vm *vm, Object *x, Object *out) {
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(x, &pos, &k, &v)) {
    Object *key;
    if (is_str(k)) {
      if (str_len(k) != 1) {
        err_set(vm, vm->t.ValueError,
                "string keys in translate table must be of length 1");
        return -1;
      }
      size_t at = 0;
      key = int_from_i64(vm, utf8_next(str_data(k), &at));
    } else if (is_int(k)) {
      key = newref(vm, k);
    } else {
      err_set(vm, vm->t.TypeError,
              "keys in translate table must be strings or integers");
      return -1;
    }
    int r = key ? dict_set(vm, out, key, v) : -1;
    xdecref(vm, key);
    if (r < 0) return -1;
  }
  return 0;
}

// Code points of [x] to those of [y] (same length), those of [z] to None.
static int maketrans_strs(Vm *vm, Object *x, Object *y, Object *z,
                          Object *out) {
  if (str_len(x) != str_len(y)) {
    err_set(vm, vm->t.ValueError,
            "the first two maketrans arguments must have equal length");
    return -1;
  }
  size_t i = 0, j = 0;
  while (i < str_size(x)) {
    Object *k = int_from_i64(vm, utf8_next(str_data(x), &i));
    Object *v = int_from_i64(vm, utf8_next(str_data(y), &j));
    int r = k && v ? dict_set(vm, out, k, v) : -1;
    xdecref(vm, k);
    xdecref(vm, v);
    if (r < 0) return -1;
  }
  for (i = 0; z && i < str_size(z);) {
    Object *k = int_from_i64(vm, utf8_next(str_data(z), &i));
    int r = k ? dict_set(vm, out, k, vm->none) : -1;
    xdecref(vm, k);
    if (r < 0) return -1;
  }
  return 0;
}

static Object *sm_maketrans(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  UNUSED(self);
  Object *x, *y = NULL, *z = NULL;
  if (no_kw(vm, "maketrans", kw) < 0 ||
      parse_args(vm, "maketrans", args, nargs, NULL, "CO|UU:x,y,z", &x, &y,
                 &z) < 0)
    return NULL;
  if (!y && x->type != vm->t.dict) {
    err_set(vm, vm->t.TypeError,
            "if you give only one argument to maketrans "
            "it must be a dict");
    return NULL;
  }
  if (y && !is_str(x)) {
    err_set(vm, vm->t.TypeError,
            "first maketrans argument must be a string "
            "if there is a second argument");
    return NULL;
  }
  Object *out = dict_new(vm);
  if (out &&
      (y ? maketrans_strs(vm, x, y, z, out) : maketrans_dict(vm, x, out)) < 0)
    clear_ref(vm, &out);
  return out;
}

// Appends what table[cp] says for one code point. 0 or -1.
static int translate_one(Vm *vm, Object *table, uint32_t cp, Buf *b) {
  Object *key = int_from_i64(vm, cp);
  if (!key) return -1;
  Object *v = obj_getitem(vm, table, key);
  decref(vm, key);
  if (!v) {
    if (!err_matches(vm, vm->t.LookupError)) return -1;
    err_clear(vm);
    buf_put_utf8(b, cp);
    return 0;
  }
  int r = 0;
  if (is_int(v)) {
    bool ok;
    int64_t c = int_as_i64(vm, v, &ok);
    if (!ok) err_clear(vm);
    if (!ok || c < 0 || c > 0x10FFFF) {
      err_set(vm, vm->t.ValueError,
              "character mapping must be in range(0x110000)");
      r = -1;
    } else {
      buf_put_utf8(b, (unsigned)c);
    }
  } else if (is_str(v)) {
    buf_append(b, str_data(v), str_size(v));
  } else if (v != vm->none) {
    err_set(vm, vm->t.TypeError,
            "character mapping must return integer, None or str");
    r = -1;
  }
  decref(vm, v);
  return r;
}

METHOD(translate) {
  Object *table;
  if (parse_args(vm, "str.translate", args, nargs, kw, "1O:table", &table) < 0)
    return NULL;
  Buf b;
  buf_init(&b);
  const char *s = str_data(self);
  for (size_t i = 0; i < str_size(self);) {
    if (translate_one(vm, table, utf8_next(s, &i), &b) < 0) {
      buf_free(&b);
      return NULL;
    }
  }
  return str_from_buf(vm, &b);
}

static const MethodDef str_methods[] = {
    {"encode", sm_encode, 0, NULL},
    {"replace", sm_replace, 0, NULL},
    {"split", sm_split, 0, NULL},
    {"rsplit", sm_rsplit, 0, NULL},
    {"join", sm_join, 0, NULL},
    {"capitalize", sm_capitalize, 0, NULL},
    {"casefold", sm_casefold, 0, NULL},
    {"title", sm_title, 0, NULL},
    {"center", sm_center, 0, NULL},
    {"count", sm_count, 0, NULL},
    {"expandtabs", sm_expandtabs, 0, NULL},
    {"find", sm_find, 0, NULL},
    {"partition", sm_partition, 0, NULL},
    {"index", sm_index, 0, NULL},
    {"ljust", sm_ljust, 0, NULL},
    {"lower", sm_lower, 0, NULL},
    {"lstrip", sm_lstrip, 0, NULL},
    {"rfind", sm_rfind, 0, NULL},
    {"rindex", sm_rindex, 0, NULL},
    {"rjust", sm_rjust, 0, NULL},
    {"rstrip", sm_rstrip, 0, NULL},
    {"rpartition", sm_rpartition, 0, NULL},
    {"splitlines", sm_splitlines, 0, NULL},
    {"strip", sm_strip, 0, NULL},
    {"swapcase", sm_swapcase, 0, NULL},
    {"translate", sm_translate, 0, NULL},
    {"upper", sm_upper, 0, NULL},
    {"startswith", sm_startswith, 0, NULL},
    {"endswith", sm_endswith, 0, NULL},
    {"removeprefix", sm_removeprefix, 0, NULL},
    {"removesuffix", sm_removesuffix, 0, NULL},
    {"isascii", sm_isascii, 0, NULL},
    {"islower", sm_islower, 0, NULL},
    {"isupper", sm_isupper, 0, NULL},
    {"istitle", sm_istitle, 0, NULL},
    {"isspace", sm_isspace, 0, NULL},
    {"isdecimal", sm_isdecimal, 0, NULL},
    {"isdigit", sm_isdigit, 0, NULL},
    {"isnumeric", sm_isnumeric, 0, NULL},
    {"isalpha", sm_isalpha, 0, NULL},
    {"isalnum", sm_isalnum, 0, NULL},
    {"isidentifier", sm_isidentifier, 0, NULL},
    {"isprintable", sm_isprintable, 0, NULL},
    {"zfill", sm_zfill, 0, NULL},
    {"format", str_format_method, 0, NULL},
    {"format_map", str_format_map_method, 0, NULL},
    {"__format__", str_format_dunder, 0, NULL},
    {"maketrans", sm_maketrans, MD_STATIC, NULL},
    {"__sizeof__", sm_sizeof_, 0, NULL},
    {"__getnewargs__", sm_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL}};

void str_type_init_methods(Vm *vm, TypeObject *t) {
  t->tp_new = str_tp_new;
  type_add_methods(vm, t, str_methods);
}
