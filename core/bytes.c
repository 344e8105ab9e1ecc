// bytes.c — the bytes type: repr with CPython's quote rule and escapes,
// hashing (as CPython's _Py_HashBytes), comparison, indexing and slicing,
// iteration, + and *, `in`, the bytes() constructor, decode(), hex() and
// fromhex(). The search/split/strip/case methods are in bytesmethods.c.
// Behaviour: CPython 3.11's Objects/bytesobject.c.
#include "strformat.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "gc.h"
#include "iter.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "unicode.h"
#include "vm.h"

static const char *bdata(const Object *o) {
  return ((const BytesObject *)o)->data;
}
static size_t bsize(const Object *o) {
  return (size_t)((const BytesObject *)o)->size;
}

// ---- Creation --------------------------------------------------------------

// A bytes object of [type] with [size] uninitialized bytes (exact bytes of
// size 0 is the shared empty one).
static Object *bytes_alloc(Vm *vm, TypeObject *type, size_t size) {
  if (size == 0 && type == vm->t.bytes) return bytes_new(vm, "", 0);
  if (size > SIZE_MAX / 2 || !alloc_can_grow(&vm->alloc, size))
    return err_no_memory(vm);
  BytesObject *b =
      (BytesObject *)obj_alloc(vm, type, sizeof(BytesObject) + size + 1);
  if (!b) return NULL;
  b->size = (ssize)size;
  b->hash = -1;
  b->data[size] = '\0';
  return AS_OBJ(b);
}

// Announces a bytes object built in place (for the page's value labels);
// instances of subclasses are GC objects and get tracked, as
// PyType_GenericAlloc does.
static Object *bytes_ready(Vm *vm, Object *o) {
  if (o && vm->trace.on) trace_value_of(vm, o);
  if (o && (o->type->flags & TPF_HAVE_GC)) gc_track(vm, o);
  return o;
}

// A new bytes of [type] holding a copy of [data] (never a cached one-byte
// object; exact b'' is still the singleton).
static Object *bytes_of_type(Vm *vm, TypeObject *type, const char *data,
                             size_t size) {
  if (size == 0 && type == vm->t.bytes) return bytes_new(vm, "", 0);
  Object *o = bytes_alloc(vm, type, size);
  if (o) memcpy(((BytesObject *)o)->data, data, size);
  return bytes_ready(vm, o);
}

Object *bytes_new_fresh(Vm *vm, const char *data, size_t size) {
  return bytes_of_type(vm, vm->t.bytes, data, size);
}

// A bytes from [b] (freed): [fresh] as bytes_new_fresh, else bytes_new.
static Object *bytes_from_buf(Vm *vm, Buf *b, bool fresh) {
  Object *r = b->failed ? err_no_memory(vm)
              : fresh   ? bytes_new_fresh(vm, buf_cstr(b), b->len)
                        : bytes_new(vm, buf_cstr(b), b->len);
  buf_free(b);
  return r;
}

// ---- repr, hash, comparison ------------------------------------------------

Object *bytes_repr_data(Vm *vm, const char *data, size_t size) {
  char quote = '\'';
  if (memchr(data, '\'', size) && !memchr(data, '"', size)) quote = '"';
  Buf b;
  buf_init(&b);
  buf_putc(&b, 'b');
  buf_putc(&b, quote);
  for (size_t i = 0; i < size; i++) {
    unsigned char c = (unsigned char)data[i];
    if (c == (unsigned char)quote || c == '\\') {
      buf_putc(&b, '\\');
      buf_putc(&b, (char)c);
    } else if (c == '\t' || c == '\n' || c == '\r') {
      buf_putc(&b, '\\');
      buf_putc(&b, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
    } else if (c < ' ' || c >= 0x7f) {
      buf_printf(&b, "\\x%02x", c);
    } else {
      buf_putc(&b, (char)c);
    }
  }
  buf_putc(&b, quote);
  return str_from_buf(vm, &b);
}

static Object *bytes_repr(Vm *vm, Object *self) {
  return bytes_repr_data(vm, bdata(self), bsize(self));
}

static int64_t bytes_hash(Vm *vm, Object *self) {
  BytesObject *b = (BytesObject *)self;
  UNUSED(vm);
  if (b->hash == -1)
    b->hash = unicode_hash_bytes(str_hash_key, b->data, (size_t)b->size);
  return b->hash;
}

static Object *bytes_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return vm_notimpl(vm);
  size_t na = bsize(a), nb = bsize(b);
  if ((op == CMP_EQ || op == CMP_NE) && na != nb)
    return vm_bool(vm, op == CMP_NE);
  int c = memcmp(bdata(a), bdata(b), na < nb ? na : nb);
  if (c == 0) c = na < nb ? -1 : na > nb;
  bool r = op == CMP_LT   ? c < 0
           : op == CMP_LE ? c <= 0
           : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0
           : op == CMP_GT ? c > 0
                          : c >= 0;
  return vm_bool(vm, r);
}

// ---- Sequence protocol -----------------------------------------------------

static ssize bytes_len(Vm *vm, Object *self) {
  UNUSED(vm);
  return (ssize)bsize(self);
}

static Object *bytes_slice(Vm *vm, Object *self, Object *key) {
  ssize start, stop, step;
  if (slice_unpack(vm, key, &start, &stop, &step) < 0) return NULL;
  ssize n = slice_adjust((ssize)bsize(self), &start, &stop, step);
  if (step == 1 && n == (ssize)bsize(self) && self->type == vm->t.bytes)
    return newref(vm, self);
  if (step == 1) return bytes_new(vm, bdata(self) + start, (size_t)n);
  Buf b;
  buf_init(&b);
  for (ssize i = 0, j = start; i < n; i++, j += step)
    buf_putc(&b, bdata(self)[j]);
  return bytes_from_buf(vm, &b, true); // CPython fills a new object
}

static Object *bytes_getitem(Vm *vm, Object *self, Object *key) {
  if (is_slice(key)) return bytes_slice(vm, self, key);
  ssize i =
      seq_index(vm, key, (ssize)bsize(self), "byte", "index out of range");
  if (i < 0) return NULL;
  return int_from_i64(vm, (unsigned char)bdata(self)[i]);
}

// The bytes of a bytes-like argument, or TypeError "a bytes-like object is
// required, not 'T'".
static int bytes_like(Vm *vm, Object *o, const char **data, size_t *size) {
  if (!is_bytes(o)) {
    err_format(vm, vm->t.TypeError, "a bytes-like object is required, not '%s'",
               o->type->tp_name);
    return -1;
  }
  *data = bdata(o);
  *size = bsize(o);
  return 0;
}

int bytes_byte_value(Vm *vm, Object *o, const char *range_msg, char *out) {
  Object *i = number_index(vm, o);
  if (!i) return -1;
  bool ok;
  ssize v = int_as_ssize(vm, i, true, &ok);
  decref(vm, i);
  if (v < 0 || v >= 256) {
    err_set(vm, vm->t.ValueError, range_msg);
    return -1;
  }
  *out = (char)v;
  return 0;
}

static int bytes_contains(Vm *vm, Object *self, Object *item) {
  if (is_index(item)) {
    char c;
    if (bytes_byte_value(vm, item, "byte must be in range(0, 256)", &c) < 0)
      return -1;
    return memchr(bdata(self), (unsigned char)c, bsize(self)) != NULL;
  }
  const char *d;
  size_t n;
  if (bytes_like(vm, item, &d, &n) < 0) return -1;
  return unicode_search_bytes(bdata(self), bsize(self), d, n) >= 0;
}

static Object *bytes_concat(Vm *vm, Object *a, Object *b) {
  if (!is_bytes(a) || !is_bytes(b))
    return err_format(vm, vm->t.TypeError, "can't concat %s to %s",
                      b->type->tp_name, a->type->tp_name);
  if (bsize(a) == 0 && b->type == vm->t.bytes) return newref(vm, b);
  if (bsize(b) == 0 && a->type == vm->t.bytes) return newref(vm, a);
  Object *r = bytes_alloc(vm, vm->t.bytes, bsize(a) + bsize(b));
  if (!r) return NULL;
  memcpy(((BytesObject *)r)->data, bdata(a), bsize(a));
  memcpy(((BytesObject *)r)->data + bsize(a), bdata(b), bsize(b));
  return bytes_ready(vm, r);
}

static Object *bytes_repeat(Vm *vm, Object *a, ssize n) {
  size_t size = bsize(a);
  if (n <= 0 || size == 0) return bytes_new(vm, "", 0);
  if (n == 1 && a->type == vm->t.bytes) return newref(vm, a);
  if ((int64_t)n > INT64_MAX / (int64_t)size) { // 64-bit CPython's limit
    err_set(vm, vm->t.OverflowError, "repeated bytes are too long");
    return NULL;
  }
  Object *r = bytes_alloc(vm, vm->t.bytes, size * (size_t)n);
  if (!r) return NULL;
  for (ssize i = 0; i < n; i++)
    memcpy(((BytesObject *)r)->data + (size_t)i * size, bdata(a), size);
  return bytes_ready(vm, r);
}

// ---- Iteration -------------------------------------------------------------
// bytes_iterator: IterObject with seq = the bytes (NULL once exhausted) and
// index = the next position, set up here as set.c does for set_iterator.

static Object *bytes_iter(Vm *vm, Object *self) {
  IterObject *it =
      (IterObject *)obj_alloc(vm, vm->t.bytes_iter, sizeof(IterObject));
  if (!it) return NULL;
  iter_field_set(vm, AS_OBJ(it), "seq", &it->seq, newref(vm, self));
  gc_track(vm, AS_OBJ(it));
  return AS_OBJ(it);
}

static Object *bytes_iter_next(Vm *vm, Object *o) {
  IterObject *it = (IterObject *)o;
  if (!it->seq) return NULL;
  if (it->index < (ssize)bsize(it->seq))
    return int_from_i64(vm, (unsigned char)bdata(it->seq)[it->index++]);
  iter_field_drop(vm, o, "seq", &it->seq);
  return NULL;
}

static Object *bytes_iter_self(Vm *vm, Object *o) {
  return newref(vm, o);
}

static int bytes_iter_traverse(Object *o, VisitFn visit, void *arg) {
  IterObject *it = (IterObject *)o;
  return it->seq ? visit(it->seq, arg) : 0;
}

static void bytes_iter_dealloc(Vm *vm, Object *o) {
  iter_field_drop(vm, o, "seq", &((IterObject *)o)->seq);
  obj_free_memory(vm, o);
}

static Object *bytes_iter_length_hint(Vm *vm, Object *self, Object *const *args,
                                      size_t nargs, Object *kw) {
  if (parse_args(vm, "bytes_iterator.__length_hint__", args, nargs, kw, "N") <
      0)
    return NULL;
  IterObject *it = (IterObject *)self;
  ssize n = it->seq ? (ssize)bsize(it->seq) - it->index : 0;
  return int_from_i64(vm, n < 0 ? 0 : n);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void bytes_iter_type_init(Vm *vm) {
  TypeObject *t = vm->t.bytes_iter;
  t->flags = (t->flags | TPF_HAVE_GC) & ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = 32;
  t->alloc_size = sizeof(IterObject);
  t->dealloc = bytes_iter_dealloc;
  t->traverse = bytes_iter_traverse;
  t->iter = bytes_iter_self;
  t->iternext = bytes_iter_next;
  type_add_methods(vm, t, bytes_iter_methods);
}

// ---- bytes() ---------------------------------------------------------------

static Object *bytes_from_iterable(Vm *vm, Object *x) {
  Object *it = obj_get_iter(vm, x);
  if (!it) {
    if (!err_matches(vm, vm->t.TypeError)) return NULL;
    err_clear(vm);
    return err_format(vm, vm->t.TypeError,
                      "cannot convert '%s' object to bytes", x->type->tp_name);
  }
  Buf b;
  buf_init(&b);
  Object *item;
  while ((item = iter_next(vm, it)) != NULL) {
    char c;
    int r = bytes_byte_value(vm, item, "bytes must be in range(0, 256)", &c);
    decref(vm, item);
    if (r < 0) break;
    buf_putc(&b, c);
  }
  decref(vm, it);
  if (err_occurred(vm)) {
    buf_free(&b);
    return NULL;
  }
  // CPython fills a new object for a tuple, and finishes a writer (which
  // uses the one-byte cache) for lists and other iterables.
  return bytes_from_buf(vm, &b, x->type == vm->t.tuple);
}

// bytes(n): n zero bytes.
static Object *bytes_zeros(Vm *vm, Object *x) {
  Object *i = number_index(vm, x);
  if (!i) return NULL;
  bool ok;
  ssize n = int_as_ssize(vm, i, false, &ok);
  decref(vm, i);
  if (!ok) return NULL;
  if (n < 0) {
    err_set(vm, vm->t.ValueError, "negative count");
    return NULL;
  }
  Object *r = bytes_alloc(vm, vm->t.bytes, (size_t)n);
  if (r && n) memset(((BytesObject *)r)->data, 0, (size_t)n);
  return bytes_ready(vm, r);
}

// x.__bytes__() checked to be bytes; *[found] is false (and nothing is
// raised) when the type has no __bytes__.
static Object *bytes_by_dunder(Vm *vm, Object *x, bool *found) {
  Object *name = str_intern_cstr(vm, "__bytes__");
  Object *meth = name ? lookup_special(vm, x, name) : NULL;
  xdecref(vm, name);
  *found = meth != NULL || err_occurred(vm);
  if (!meth) return NULL;
  Object *r = obj_call0(vm, meth);
  decref(vm, meth);
  if (r && !is_bytes(r)) {
    err_format(vm, vm->t.TypeError, "__bytes__ returned non-bytes (type %s)",
               r->type->tp_name);
    clear_ref(vm, &r);
  }
  return r;
}

Object *bytes_of_object(Vm *vm, Object *x) {
  if (x->type == vm->t.bytes) return newref(vm, x);
  bool found;
  Object *r = bytes_by_dunder(vm, x, &found);
  if (found) return r;
  if (is_bytes(x)) return bytes_new(vm, bdata(x), bsize(x));
  if (is_str(x))
    return err_format(vm, vm->t.TypeError, "cannot convert 'str' object to "
                      "bytes");
  return bytes_from_iterable(vm, x);
}

// bytes(x) for one argument: __bytes__, int, bytes, iterable of ints.
static Object *bytes_from_object(Vm *vm, Object *x) {
  bool found;
  Object *r = bytes_by_dunder(vm, x, &found);
  if (found) return r;
  if (is_str(x))
    return err_format(vm, vm->t.TypeError,
                      "string argument without an encoding");
  if (is_index(x)) return bytes_zeros(vm, x);
  if (x->type == vm->t.bytes) return newref(vm, x);
  if (is_bytes(x)) return bytes_new(vm, bdata(x), bsize(x));
  return bytes_from_iterable(vm, x);
}

static int str_param(Vm *vm, Object *v, const char *fname, const char *name) {
  if (!v || is_str(v)) return 0;
  err_format(vm, vm->t.TypeError, "%s() argument '%s' must be str, not %s",
             fname, name, strm_arg_type(vm, v));
  return -1;
}

static Object *bytes_make(Vm *vm, Object *x, Object *enc, Object *errors) {
  if (!x) {
    if (enc || errors)
      return err_format(vm, vm->t.TypeError, "%s without a string argument",
                        enc ? "encoding" : "errors");
    return bytes_new(vm, "", 0);
  }
  if (enc) {
    if (!is_str(x))
      return err_format(vm, vm->t.TypeError,
                        "encoding without a string argument");
    return str_encode(vm, x, enc, errors);
  }
  if (errors)
    return err_format(vm, vm->t.TypeError,
                      is_str(x) ? "string argument without an "
                                  "encoding"
                                : "errors without a string "
                                  "argument");
  return bytes_from_object(vm, x);
}

static Object *bytes_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *x = NULL, *enc = NULL, *errors = NULL;
  if (parse_args(vm, "bytes", args, nargs, kwnames,
                 "K|OOO:source,encoding,errors", &x, &enc, &errors) < 0 ||
      str_param(vm, enc, "bytes", "encoding") < 0 ||
      str_param(vm, errors, "bytes", "errors") < 0)
    return NULL;
  Object *b = bytes_make(vm, x, enc, errors);
  if (!b || type == vm->t.bytes) return b;
  Object *r = bytes_of_type(vm, type, bdata(b), bsize(b));
  decref(vm, b);
  return r;
}

// ---- decode, hex, fromhex, __sizeof__, __getnewargs__ ----------------------

static Object *bytes_decode_m(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kw) {
  Object *enc = NULL, *errors = NULL;
  if (parse_args(vm, "decode", args, nargs, kw, "K|OO:encoding,errors", &enc,
                 &errors) < 0 ||
      str_param(vm, enc, "decode", "encoding") < 0 ||
      str_param(vm, errors, "decode", "errors") < 0)
    return NULL;
  return bytes_decode(vm, bdata(self), bsize(self), enc, errors);
}

// The separator of hex(sep): one ASCII character from a str or bytes.
static int hex_sep(Vm *vm, Object *sep, char *out) {
  ssize n = obj_len(vm, sep);
  if (n < 0) return -1;
  if (n != 1) {
    err_set(vm, vm->t.ValueError, "sep must be length 1.");
    return -1;
  }
  if (!is_str(sep) && !is_bytes(sep)) {
    err_set(vm, vm->t.TypeError, "sep must be str or bytes.");
    return -1;
  }
  unsigned char c =
      (unsigned char)(is_str(sep) ? str_data(sep) : bdata(sep))[0];
  if (c >= 128) {
    err_set(vm, vm->t.ValueError, "sep must be ASCII.");
    return -1;
  }
  *out = (char)c;
  return 0;
}

static Object *bytes_hex(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kw) {
  Object *sep = NULL, *per_obj = NULL;
  int64_t per = 1;
  if (parse_args(vm, "hex", args, nargs, kw, "K|OO:sep,bytes_per_sep", &sep,
                 &per_obj) < 0)
    return NULL;
  char s = 0;
  if (per_obj && strm_c_int(vm, per_obj, &per) < 0) return NULL;
  if (sep && hex_sep(vm, sep, &s) < 0) return NULL;
  size_t n = bsize(self), group = (size_t)(per < 0 ? -per : per);
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    // Groups count from the right for a positive bytes_per_sep.
    size_t from = per > 0 ? n - i : i;
    if (s && i && group && from % group == 0) buf_putc(&b, s);
    buf_printf(&b, "%02x", (unsigned)(unsigned char)bdata(self)[i]);
  }
  return str_from_buf(vm, &b);
}

static int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static Object *bytes_fromhex(Vm *vm, Object *type, Object *const *args,
                             size_t nargs, Object *kw) {
  Object *s;
  if (parse_args(vm, "bytes.fromhex", args, nargs, kw, "1O:string", &s) < 0)
    return NULL;
  if (!is_str(s))
    return err_format(vm, vm->t.TypeError,
                      "fromhex() argument must be str, not %s",
                      strm_arg_type(vm, s));
  const unsigned char *d = (const unsigned char *)str_data(s);
  size_t n = str_size(s);
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < n;) {
    if (d[i] && strchr(" \t\n\v\f\r", d[i])) {
      i++;
      continue;
    }
    int hi = hex_digit(d[i]), lo = i + 1 < n ? hex_digit(d[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      buf_free(&b);
      size_t at = utf8_index_of((const char *)d, hi < 0 ? i : i + 1);
      return err_format(vm, vm->t.ValueError,
                        "non-hexadecimal number found in fromhex() arg at "
                        "position %zd",
                        (ssize)at);
    }
    buf_putc(&b, (char)(hi * 16 + lo));
    i += 2;
  }
  Object *r = bytes_from_buf(vm, &b, false);
  if (!r || type == AS_OBJ(vm->t.bytes)) return r;
  Object *sub = obj_call1(vm, type, r); // a subclass: cls(bytes)
  decref(vm, r);
  return sub;
}

static Object *bytes_sizeof(Vm *vm, Object *self, Object *const *args,
                            size_t nargs, Object *kw) {
  // CPython's bytes inherits object.__sizeof__ (basic size + 1 per byte).
  if (parse_args(vm, "object.__sizeof__", args, nargs, kw, "N") < 0)
    return NULL;
  return int_from_i64(vm, self->type->py_basicsize + (int64_t)bsize(self));
}

static Object *bytes_getnewargs(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  if (parse_args(vm, "bytes.__getnewargs__", args, nargs, kw, "N") < 0)
    return NULL;
  Object *copy = bytes_new(vm, bdata(self), bsize(self));
  Object *t = copy ? tuple_pack(vm, 1, copy) : NULL;
  xdecref(vm, copy);
  return t;
}

static const MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {"decode", bytes_decode_m, 0, NULL},
    {"fromhex", bytes_fromhex, MD_CLASS, NULL},
    {"hex", bytes_hex, 0, NULL},
    {"__sizeof__", bytes_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL}};

static void bytes_dealloc(Vm *vm, Object *o) {
  obj_free_memory(vm, o);
}

void bytes_type_init(Vm *vm) {
  TypeObject *t = vm->t.bytes;
  t->py_basicsize = 33;
  t->py_itemsize = 1;
  t->dealloc = bytes_dealloc;
  t->repr = bytes_repr;
  t->str = bytes_repr;
  t->hash = bytes_hash;
  t->richcompare = bytes_richcompare;
  t->len = bytes_len;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->sq_concat = bytes_concat;
  t->sq_repeat = bytes_repeat;
  t->iter = bytes_iter;
  t->tp_new = bytes_tp_new;
  type_add_methods(vm, t, bytes_methods);
  bytes_type_init_methods(vm, t);
  bytes_iter_type_init(vm);
}
