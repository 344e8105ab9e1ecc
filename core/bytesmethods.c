// bytesmethods.c — the bytes methods beyond the basics in bytes.c: count,
// find, index (and their r- forms), startswith/endswith, join, split,
// rsplit, partition, strip, replace, upper/lower and the ASCII predicates,
// with CPython 3.11's messages and identity rules (Objects/bytesobject.c,
// Objects/bytes_methods.c, Objects/stringlib/).
#include "strformat.h"

#include "abstract.h"
#include "args.h"
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
  static Object *bm_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kw)

static const char *bdata(const Object *o) {
  return ((const BytesObject *)o)->data;
}
static size_t bsize(const Object *o) {
  return (size_t)((const BytesObject *)o)->size;
}

// Python's bytes whitespace (Py_ISSPACE): no \x1c-\x1f, unlike str.
static bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static Object *new_bytes(Vm *vm, const char *d, size_t n) {
  return bytes_new(vm, d, n);
}

// The bytes itself when exact, else a copy (unchanged results).
static Object *same(Vm *vm, Object *self) {
  if (self->type == vm->t.bytes) return newref(vm, self);
  return new_bytes(vm, bdata(self), bsize(self));
}

static int need_bytes(Vm *vm, Object *o) {
  if (is_bytes(o)) return 0;
  err_format(vm, vm->t.TypeError, "a bytes-like object is required, not '%s'",
             o->type->tp_name);
  return -1;
}

static int no_kw(Vm *vm, const char *name, Object *kw) {
  return strm_no_keywords(vm, "bytes", name, kw);
}

// ---- Search ----------------------------------------------------------------

// ADJUST_INDICES: slice bounds clamped to [0, len].
static void adjust(int64_t *start, int64_t *end, int64_t len) {
  if (*end > len)
    *end = len;
  else if (*end < 0 && (*end += len) < 0)
    *end = 0;
  if (*start < 0 && (*start += len) < 0) *start = 0;
}

typedef struct Needle {
  const char *d;
  size_t n;
  char byte; // storage when the argument is an int
} Needle;

// (sub[, start[, end]]): sub is bytes or an int in range(256).
static int search_args(Vm *vm, const char *name, Object *const *args,
                       size_t nargs, Object *kw, Needle *nd, int64_t *start,
                       int64_t *end) {
  if (strm_search_args(vm, "bytes", name, args, nargs, kw, start, end) < 0)
    return -1;
  Object *sub = args[0];
  if (is_bytes(sub)) {
    nd->d = bdata(sub);
    nd->n = bsize(sub);
    return 0;
  }
  if (!is_index(sub)) {
    err_format(vm, vm->t.TypeError,
               "argument should be integer or bytes-like object, not '%s'",
               sub->type->tp_name);
    return -1;
  }
  nd->d = &nd->byte;
  nd->n = 1;
  return bytes_byte_value(vm, sub, "byte must be in range(0, 256)", &nd->byte);
}

static int64_t find_in(Object *self, const Needle *nd, int64_t start,
                       int64_t end, bool rev) {
  adjust(&start, &end, (int64_t)bsize(self));
  if (end - start < (int64_t)nd->n) return -1;
  const char *h = bdata(self) + start;
  size_t hl = (size_t)(end - start);
  ptrdiff_t at = rev ? unicode_rsearch_bytes(h, hl, nd->d, nd->n)
                     : unicode_search_bytes(h, hl, nd->d, nd->n);
  return at < 0 ? -1 : start + at;
}

static int64_t count_in(Object *self, const Needle *nd, int64_t start,
                        int64_t end) {
  adjust(&start, &end, (int64_t)bsize(self));
  if (end < start) return 0;
  if (nd->n == 0) return end - start + 1;
  int64_t count = 0;
  while (end - start >= (int64_t)nd->n) {
    ptrdiff_t at = unicode_search_bytes(bdata(self) + start,
                                        (size_t)(end - start), nd->d, nd->n);
    if (at < 0) break;
    count++;
    start += at + (int64_t)nd->n;
  }
  return count;
}

enum { FIND, RFIND, INDEX, RINDEX, COUNT };

static Object *search(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      Object *kw, const char *name, int what) {
  Needle nd;
  int64_t start, end;
  if (search_args(vm, name, args, nargs, kw, &nd, &start, &end) < 0)
    return NULL;
  if (what == COUNT) return int_from_i64(vm, count_in(self, &nd, start, end));
  int64_t at = find_in(self, &nd, start, end, what == RFIND || what == RINDEX);
  if (at < 0 && (what == INDEX || what == RINDEX)) {
    err_set(vm, vm->t.ValueError, "subsection not found");
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

static bool tail_match(Object *self, Object *fix, int64_t start, int64_t end,
                       bool at_end) {
  adjust(&start, &end, (int64_t)bsize(self));
  int64_t n = (int64_t)bsize(fix);
  if (end - start < n) return false;
  int64_t at = at_end ? end - n : start;
  return memcmp(bdata(self) + at, bdata(fix), (size_t)n) == 0;
}

static Object *tailmatch(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw, const char *name,
                         bool at_end) {
  int64_t start, end;
  if (strm_search_args(vm, "bytes", name, args, nargs, kw, &start, &end) < 0)
    return NULL;
  Object *fix = args[0];
  bool tuple = is_tuple(fix);
  if (!tuple && !is_bytes(fix))
    return err_format(vm, vm->t.TypeError,
                      "%s first arg must be bytes or a tuple of bytes, not %s",
                      name, fix->type->tp_name);
  ssize n = tuple ? tuple_size(fix) : 1;
  for (ssize i = 0; i < n; i++) {
    Object *f = tuple ? tuple_get(fix, i) : fix;
    if (need_bytes(vm, f) < 0) return NULL;
    if (tail_match(self, f, start, end, at_end)) return vm_bool(vm, true);
  }
  return vm_bool(vm, false);
}

METHOD(startswith) {
  return tailmatch(vm, self, args, nargs, kw, "startswith", false);
}
METHOD(endswith) {
  return tailmatch(vm, self, args, nargs, kw, "endswith", true);
}

// ---- split, rsplit, partition, join ----------------------------------------

static Object *bytes_piece(Vm *vm, Object *self, UnicodeSpan sp) {
  if (sp.start == 0 && sp.len == bsize(self) && self->type == vm->t.bytes)
    return newref(vm, self);
  return new_bytes(vm, bdata(self) + sp.start, sp.len);
}

// Whitespace split, left to right or (rev) right to left.
static int split_ws(const char *s, size_t n, int64_t max, bool rev,
                    UnicodeSpans *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = rev ? n : 0;
  for (; max != 0; max--) {
    if (!rev) {
      while (i < n && is_space(u[i]))
        i++;
      if (i == n) return 0;
      size_t j = i;
      while (i < n && !is_space(u[i]))
        i++;
      if (unicode_spans_push(out, j, i - j) < 0) return -1;
    } else {
      while (i > 0 && is_space(u[i - 1]))
        i--;
      if (i == 0) return 0;
      size_t j = i;
      while (i > 0 && !is_space(u[i - 1]))
        i--;
      if (unicode_spans_push(out, i, j - i) < 0) return -1;
    }
  }
  // maxsplit reached: the rest, without its leading (trailing) whitespace.
  if (!rev) {
    while (i < n && is_space(u[i]))
      i++;
    return i < n ? unicode_spans_push(out, i, n - i) : 0;
  }
  while (i > 0 && is_space(u[i - 1]))
    i--;
  return i > 0 ? unicode_spans_push(out, 0, i) : 0;
}

static int split_sep(const char *s, size_t n, const char *sep, size_t m,
                     int64_t max, bool rev, UnicodeSpans *out) {
  size_t i = 0, j = n;
  for (; max != 0; max--) {
    ptrdiff_t at = rev ? unicode_rsearch_bytes(s, j, sep, m)
                       : unicode_search_bytes(s + i, n - i, sep, m);
    if (at < 0) break;
    size_t pos = (size_t)at;
    if (!rev && unicode_spans_push(out, i, pos) < 0) return -1;
    if (rev && unicode_spans_push(out, pos + m, j - pos - m) < 0) return -1;
    if (rev)
      j = pos;
    else
      i += pos + m;
  }
  return rev ? unicode_spans_push(out, 0, j)
             : unicode_spans_push(out, i, n - i);
}

static void reverse_spans(UnicodeSpans *sp) {
  for (size_t a = 0, b = sp->len; a + 1 < b; a++, b--) {
    UnicodeSpan t = sp->items[a];
    sp->items[a] = sp->items[b - 1];
    sp->items[b - 1] = t;
  }
}

static Object *split(Vm *vm, Object *self, Object *const *args, size_t nargs,
                     Object *kw, const char *name, bool rev) {
  Object *sep = NULL;
  ssize max = -1;
  if (parse_args(vm, name, args, nargs, kw, "K|On:sep,maxsplit", &sep, &max) <
      0)
    return NULL;
  if (sep == vm->none) sep = NULL;
  if (sep && need_bytes(vm, sep) < 0) return NULL;
  if (sep && bsize(sep) == 0) {
    err_set(vm, vm->t.ValueError, "empty separator");
    return NULL;
  }
  UnicodeSpans spans;
  unicode_spans_init(&spans);
  int rc = sep ? split_sep(bdata(self), bsize(self), bdata(sep), bsize(sep),
                           max, rev, &spans)
               : split_ws(bdata(self), bsize(self), max, rev, &spans);
  Object *r = NULL;
  if (rc < 0) {
    err_no_memory(vm);
  } else {
    if (rev) reverse_spans(&spans);
    r = split_result_list(vm, self, &spans, max, bytes_piece);
  }
  unicode_spans_free(&spans);
  return r;
}

METHOD(split) {
  return split(vm, self, args, nargs, kw, "split", false);
}
METHOD(rsplit) {
  return split(vm, self, args, nargs, kw, "rsplit", true);
}

static Object *partition(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw, bool rev) {
  Object *sep;
  if (parse_args(vm, rev ? "bytes.rpartition" : "bytes.partition", args, nargs,
                 kw, "1O:sep", &sep) < 0 ||
      need_bytes(vm, sep) < 0)
    return NULL;
  size_t n = bsize(self), m = bsize(sep);
  if (m == 0) {
    err_set(vm, vm->t.ValueError, "empty separator");
    return NULL;
  }
  ptrdiff_t at = rev ? unicode_rsearch_bytes(bdata(self), n, bdata(sep), m)
                     : unicode_search_bytes(bdata(self), n, bdata(sep), m);
  Object *e = vm->empty_bytes;
  if (at < 0)
    return rev ? tuple_pack(vm, 3, e, e, self) : tuple_pack(vm, 3, self, e, e);
  size_t pos = (size_t)at;
  Object *a = new_bytes(vm, bdata(self), pos);
  Object *b = new_bytes(vm, bdata(self) + pos + m, n - pos - m);
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

static Object *join_items(Vm *vm, Object *sep, Object *const *items, ssize n) {
  if (n == 1 && items[0]->type == vm->t.bytes) return newref(vm, items[0]);
  Buf b;
  buf_init(&b);
  for (ssize i = 0; i < n; i++) {
    if (!is_bytes(items[i])) {
      buf_free(&b);
      return err_format(vm, vm->t.TypeError,
                        "sequence item %zd: expected a bytes-like object, %s "
                        "found",
                        (ssize)i, items[i]->type->tp_name);
    }
    if (i) buf_append(&b, bdata(sep), bsize(sep));
    buf_append(&b, bdata(items[i]), bsize(items[i]));
    if (!alloc_can_grow(&vm->alloc, b.len)) b.failed = 1;
  }
  Object *r =
      b.failed ? err_no_memory(vm) : bytes_new_fresh(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  return r;
}

METHOD(join) {
  Object *it;
  if (parse_args(vm, "bytes.join", args, nargs, kw, "1O:iterable_of_bytes",
                 &it) < 0)
    return NULL;
  Object *seq = strm_join_sequence(vm, it);
  if (!seq) return NULL;
  Object *r = is_list(seq)
                  ? join_items(vm, self, list_items(seq), list_size(seq))
                  : join_items(vm, self, tuple_items(seq), tuple_size(seq));
  decref(vm, seq);
  return r;
}

// ---- strip, replace, upper, lower ------------------------------------------

static Object *strip(Vm *vm, Object *self, Object *const *args, size_t nargs,
                     Object *kw, const char *name, int how) {
  Object *chars = NULL;
  if (no_kw(vm, name, kw) < 0 ||
      parse_args(vm, name, args, nargs, NULL, "C|O:bytes", &chars) < 0)
    return NULL;
  if (chars == vm->none) chars = NULL;
  if (chars && need_bytes(vm, chars) < 0) return NULL;
  const unsigned char *u = (const unsigned char *)bdata(self);
  size_t i = 0, j = bsize(self);
  const char *set = chars ? bdata(chars) : NULL;
  size_t setn = chars ? bsize(chars) : 0;
#define STRIPPED(c) (set ? memchr(set, (c), setn) != NULL : is_space(c))
  if (how & UNICODE_STRIP_LEFT)
    while (i < j && STRIPPED(u[i]))
      i++;
  if (how & UNICODE_STRIP_RIGHT)
    while (j > i && STRIPPED(u[j - 1]))
      j--;
#undef STRIPPED
  if (i == 0 && j == bsize(self)) return same(vm, self);
  return new_bytes(vm, bdata(self) + i, j - i);
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

static int replace_into(Vm *vm, Object *self, Object *old, Object *new_,
                        ssize count, Buf *b) {
  const char *s = bdata(self), *o = bdata(old);
  size_t n = bsize(self), m = bsize(old), i = 0;
  for (ssize done = 0; count < 0 || done < count; done++) {
    ptrdiff_t at =
        m ? unicode_search_bytes(s + i, n - i, o, m) : (i <= n ? 0 : -1);
    if (at < 0 || (m == 0 && i > n)) break;
    buf_append(b, s + i, (size_t)at);
    buf_append(b, bdata(new_), bsize(new_));
    i += (size_t)at + m;
    if (m == 0) { // an empty pattern matches before every byte and at the end
      if (i < n) buf_putc(b, s[i]);
      i++;
    }
    if (!alloc_can_grow(&vm->alloc, b->len)) b->failed = 1;
    if (b->failed) break;
  }
  if (i < n) buf_append(b, s + i, n - i);
  if (!b->failed) return 0;
  err_no_memory(vm);
  return -1;
}

METHOD(replace) {
  Object *old, *new_, *count_obj = NULL;
  ssize count = -1;
  // old and new are checked before count is converted, as CPython does.
  if (no_kw(vm, "replace", kw) < 0 ||
      parse_args(vm, "replace", args, nargs, NULL, "COO|O:old,new,count", &old,
                 &new_, &count_obj) < 0 ||
      need_bytes(vm, old) < 0 || need_bytes(vm, new_) < 0 ||
      (count_obj &&
       parse_args(vm, "replace", &count_obj, 1, NULL, "C|n:count", &count) < 0))
    return NULL;
  bool none = count == 0 ||
              (bsize(old) && unicode_search_bytes(bdata(self), bsize(self),
                                                  bdata(old), bsize(old)) < 0);
  if (none) return same(vm, self);
  Buf b;
  buf_init(&b);
  Object *r = replace_into(vm, self, old, new_, count, &b) < 0
                  ? NULL
                  : bytes_new_fresh(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  return r;
}

static Object *change_case(Vm *vm, Object *self, Object *const *args,
                           size_t nargs, Object *kw, const char *name,
                           bool upper) {
  if (parse_args(vm, name, args, nargs, kw, "N") < 0) return NULL;
  size_t n = bsize(self);
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    char c = bdata(self)[i];
    if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
    buf_putc(&b, c);
  }
  Object *r =
      b.failed ? err_no_memory(vm) : bytes_new_fresh(vm, buf_cstr(&b), b.len);
  buf_free(&b);
  return r;
}

METHOD(upper) {
  return change_case(vm, self, args, nargs, kw, "bytes.upper", true);
}
METHOD(lower) {
  return change_case(vm, self, args, nargs, kw, "bytes.lower", false);
}

// ---- Predicates (ASCII only; empty is False except for isascii) ------------

enum { P_ALPHA, P_DIGIT, P_ALNUM, P_SPACE, P_LOWER, P_UPPER, P_ASCII };

static bool byte_class(unsigned char c, int what) {
  bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
  bool digit = c >= '0' && c <= '9';
  switch (what) {
  case P_ALPHA:
    return lower || upper;
  case P_DIGIT:
    return digit;
  case P_ALNUM:
    return lower || upper || digit;
  case P_SPACE:
    return is_space(c);
  default:
    return c < 128;
  }
}

static Object *predicate(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw, const char *name, int what) {
  if (parse_args(vm, name, args, nargs, kw, "N") < 0) return NULL;
  const unsigned char *u = (const unsigned char *)bdata(self);
  size_t n = bsize(self);
  if (what == P_LOWER || what == P_UPPER) { // some cased, none of the other
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
      bool lo = u[i] >= 'a' && u[i] <= 'z', up = u[i] >= 'A' && u[i] <= 'Z';
      if (what == P_LOWER ? up : lo) return vm_bool(vm, false);
      cased = cased || lo || up;
    }
    return vm_bool(vm, cased);
  }
  for (size_t i = 0; i < n; i++)
    if (!byte_class(u[i], what)) return vm_bool(vm, false);
  return vm_bool(vm, n > 0 || what == P_ASCII);
}

#define PRED(name, what)                                                       \
  METHOD(name) {                                                               \
    return predicate(vm, self, args, nargs, kw, "bytes." #name, what);         \
  }
PRED(isalpha, P_ALPHA)
PRED(isdigit, P_DIGIT)
PRED(isalnum, P_ALNUM)
PRED(isspace, P_SPACE)
PRED(islower, P_LOWER)
PRED(isupper, P_UPPER)
PRED(isascii, P_ASCII)
#undef PRED

static const MethodDef bytes_more_methods[] = {
    {"count", bm_count, 0, NULL},
    {"endswith", bm_endswith, 0, NULL},
    {"find", bm_find, 0, NULL},
    {"index", bm_index, 0, NULL},
    {"isalnum", bm_isalnum, 0, NULL},
    {"isalpha", bm_isalpha, 0, NULL},
    {"isascii", bm_isascii, 0, NULL},
    {"isdigit", bm_isdigit, 0, NULL},
    {"islower", bm_islower, 0, NULL},
    {"isspace", bm_isspace, 0, NULL},
    {"isupper", bm_isupper, 0, NULL},
    {"join", bm_join, 0, NULL},
    {"lower", bm_lower, 0, NULL},
    {"lstrip", bm_lstrip, 0, NULL},
    {"partition", bm_partition, 0, NULL},
    {"replace", bm_replace, 0, NULL},
    {"rfind", bm_rfind, 0, NULL},
    {"rindex", bm_rindex, 0, NULL},
    {"rpartition", bm_rpartition, 0, NULL},
    {"rsplit", bm_rsplit, 0, NULL},
    {"rstrip", bm_rstrip, 0, NULL},
    {"split", bm_split, 0, NULL},
    {"startswith", bm_startswith, 0, NULL},
    {"strip", bm_strip, 0, NULL},
    {"upper", bm_upper, 0, NULL},
    {NULL, NULL, 0, NULL}};

void bytes_type_init_methods(Vm *vm, TypeObject *t) {
  type_add_methods(vm, t, bytes_more_methods);
}
