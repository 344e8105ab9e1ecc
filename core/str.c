// str.c — the str object: creation (with CPython's shared empty and
// one-character strings), interning, hashing (SipHash-1-3 as CPython, keyed
// as PYTHONHASHSEED=0), comparison, indexing and slicing by code point, and
// str_from_format. Methods are in strmethods.c; formatting in format.c.
#include "str.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "int.h"
#include "iter.h"
#include "slice.h"
#include "trace.h"
#include "typeobj.h"
#include "unicode.h"
#include "vm.h"

#include <stdarg.h>
#include <stdio.h>

// ---- Creation ---------------------------------------------------------------------

// The size of CPython's compact str object for [length] code points up to
// [maxchar] (what sys.getsizeof reports).
static size_t cpython_str_bytes(size_t length, uint32_t maxchar) {
  if (maxchar < 128) return 48 + length + 1;
  size_t width = maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
  return 72 + (length + 1) * width;
}

// Bytes to allocate for an exact str: its own need, but at least CPython's
// object size plus the allocator's 16-byte header, so that strs fall in the
// same 16-byte size classes as CPython's (ids reused, and in-place growth
// staying put, at the same lengths).
static size_t str_alloc_size(size_t size, size_t length, uint32_t maxchar) {
  size_t need = sizeof(StrObject) + size + 1;
  size_t like = cpython_str_bytes(length, maxchar) + 16;
  return need > like ? need : like;
}

// A str of [size] UTF-8 bytes ([length] code points up to [maxchar]), to be
// filled by the caller, who then calls str_finish.
static Object *str_alloc(Vm *vm, TypeObject *type, size_t size, size_t length,
                         uint32_t maxchar) {
  if (size > SIZE_MAX / 8) return err_no_memory(vm);
  size_t bytes = type == vm->t.str ? str_alloc_size(size, length, maxchar)
                                   : sizeof(StrObject) + size + 1;
  StrObject *s =
      (StrObject *)obj_alloc_var(vm, type, bytes, sizeof(StrObject));
  if (!s) return NULL;
  s->size = size;
  s->hash = -1;
  s->length = (ssize)length;
  s->maxchar = maxchar;
  return AS_OBJ(s);
}

static void str_finish(Vm *vm, Object *o) {
  StrObject *s = (StrObject *)o;
  s->data[s->size] = '\0';
  if (vm->trace.on) trace_value_of(vm, o);
}

static Object *str_new_uncached(Vm *vm, TypeObject *type, const char *data,
                                size_t size) {
  size_t length;
  uint32_t maxchar;
  utf8_stats(data, size, &length, &maxchar);
  Object *o = str_alloc(vm, type, size, length, maxchar);
  if (!o) return NULL;
  memcpy(((StrObject *)o)->data, data, size);
  str_finish(vm, o);
  return o;
}

// A cached one-character str for code points < 256, else NULL.
static Object *latin1_char(Vm *vm, const char *data, size_t size) {
  unsigned char c0 = (unsigned char)data[0];
  uint32_t cp;
  if (size == 1 && c0 < 0x80) cp = c0;
  else if (size == 2 && (c0 == 0xC2 || c0 == 0xC3))
    cp = ((c0 & 0x1Fu) << 6) | ((unsigned char)data[1] & 0x3Fu);
  else return NULL;
  Object **slot = &vm->latin1[cp];
  if (!*slot) {
    *slot = str_new_uncached(vm, vm->t.str, data, size);
    if (!*slot) return NULL;
    (*slot)->oflags |= OF_IMMORTAL;
    trace_flags_changed(vm, *slot);
  }
  return newref(vm, *slot);
}

Object *str_new(Vm *vm, const char *data, size_t size) {
  if (size == 0 && vm->empty_str) return newref(vm, vm->empty_str);
  if (size <= 2 && size > 0) {
    Object *c = latin1_char(vm, data, size);
    if (c || err_occurred(vm)) return c;
  }
  return str_new_uncached(vm, vm->t.str, data, size);
}

Object *str_new_fresh(Vm *vm, const char *data, size_t size) {
  if (size == 0) return str_new(vm, data, size);
  return str_new_uncached(vm, vm->t.str, data, size);
}

Object *str_new_subtype(Vm *vm, TypeObject *type, const char *data,
                        size_t size) {
  if (type == vm->t.str) return str_new(vm, data, size);
  return str_new_uncached(vm, type, data, size);
}

Object *str_from_cstr(Vm *vm, const char *s) { return str_new(vm, s, strlen(s)); }

Object *str_from_codepoint(Vm *vm, uint32_t cp) {
  char buf[4];
  size_t n = utf8_encode(cp, buf);
  return str_new(vm, buf, n);
}

Object *str_from_buf(Vm *vm, Buf *b) {
  Object *r = b->failed ? err_no_memory(vm) : str_new(vm, buf_cstr(b), b->len);
  buf_free(b);
  return r;
}

// ---- Interning ----------------------------------------------------------------------

Object *str_intern(Vm *vm, Object *s) {
  if (s->oflags & OF_INTERNED) return s;
  if (s->type != vm->t.str) return s;
  Object *existing = dict_get_str(vm, vm->interned, s);
  if (existing) {
    incref(vm, existing);
    decref(vm, s);
    return existing;
  }
  if (dict_set(vm, vm->interned, s, s) < 0) {
    err_clear(vm);
    return s;
  }
  s->oflags |= OF_INTERNED;
  trace_flags_changed(vm, s); // OBJECT again, with the interned flag
  return s;
}

// Finds an interned name without making a str first (as CPython's static
// strings need none): no object comes and goes behind the program's back.
Object *str_intern_cstr(Vm *vm, const char *s) {
  Object *found = vm->interned ? dict_get_cstr(vm, vm->interned, s) : NULL;
  if (found) return newref(vm, found);
  if (err_occurred(vm)) return NULL;
  Object *o = str_from_cstr(vm, s);
  return o ? str_intern(vm, o) : NULL;
}

bool str_all_name_chars(const Object *s) {
  const char *p = str_data(s);
  for (size_t i = 0; i < str_size(s); i++) {
    unsigned char c = (unsigned char)p[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

// ---- Hashing and equality ------------------------------------------------------------

// The SipHash key of str and bytes hashes: CPython's with PYTHONHASHSEED=0
// (all zeros), so set orders are reproducible run after run.
const uint8_t str_hash_key[UNICODE_HASH_KEY_SIZE] = {0};

int64_t str_hash(Vm *vm, Object *o) {
  StrObject *s = (StrObject *)o;
  if (s->hash != -1) return s->hash;
  s->hash = str_hash_bytes(vm, s->data, s->size);
  return s->hash;
}

int64_t str_hash_bytes(Vm *vm, const char *data, size_t size) {
  UNUSED(vm);
  return unicode_hash(str_hash_key, data, size);
}

static int64_t str_tp_hash(Vm *vm, Object *o) { return str_hash(vm, o); }

bool str_eq(const Object *a, const Object *b) {
  return a == b || (str_size(a) == str_size(b) &&
                    memcmp(str_data(a), str_data(b), str_size(a)) == 0);
}

bool str_eq_cstr(const Object *a, const char *s) {
  size_t n = strlen(s);
  return str_size(a) == n && memcmp(str_data(a), s, n) == 0;
}

static Object *str_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_str(a) || !is_str(b)) return vm_notimpl(vm);
  if (op == CMP_EQ || op == CMP_NE) return vm_bool(vm, str_eq(a, b) == (op == CMP_EQ));
  // UTF-8 byte order is code point order.
  size_t na = str_size(a), nb = str_size(b);
  int c = memcmp(str_data(a), str_data(b), na < nb ? na : nb);
  if (c == 0) c = na < nb ? -1 : na > nb;
  bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0
                                                                       : c >= 0;
  return vm_bool(vm, r);
}

// ---- Code point access ------------------------------------------------------------------

size_t str_offset_of(const Object *o, ssize i) {
  const StrObject *s = (const StrObject *)o;
  if (s->maxchar < 128) return (size_t)i;
  return utf8_offset(s->data, s->size, (size_t)i);
}

// The one-character str at code point [i] (0 <= i < length).
Object *str_char_at(Vm *vm, Object *o, ssize i) {
  size_t off = str_offset_of(o, i);
  size_t end = off;
  uint32_t cp = utf8_next(str_data(o), &end);
  UNUSED(cp);
  return str_new(vm, str_data(o) + off, end - off);
}

Object *str_substring(Vm *vm, Object *o, ssize start, ssize stop) {
  if (start == 0 && stop == str_len(o) && o->type == vm->t.str)
    return newref(vm, o);
  size_t a = str_offset_of(o, start), b = str_offset_of(o, stop);
  return str_new(vm, str_data(o) + a, b - a);
}

static Object *str_getitem(Vm *vm, Object *self, Object *key) {
  ssize n = str_len(self);
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(vm, key, &start, &stop, &step) < 0) return NULL;
    ssize len = slice_adjust(n, &start, &stop, step);
    if (step == 1) return str_substring(vm, self, start, len ? stop : start);
    Buf b;
    buf_init(&b);
    for (ssize i = 0, j = start; i < len; i++, j += step) {
      size_t off = str_offset_of(self, j), end = off;
      utf8_next(str_data(self), &end);
      buf_append(&b, str_data(self) + off, end - off);
    }
    return str_from_buf(vm, &b);
  }
  if (!is_index(key))
    return err_format(vm, vm->t.TypeError,
                      "string indices must be integers, not '%s'",
                      key->type->tp_name);
  ssize i = seq_index(vm, key, n, "string", "string index out of range");
  return i < 0 ? NULL : str_char_at(vm, self, i);
}

static ssize str_tp_len(Vm *vm, Object *o) {
  UNUSED(vm);
  return str_len(o);
}

static int str_tp_contains(Vm *vm, Object *self, Object *item) {
  if (!is_str(item)) {
    err_format(vm, vm->t.TypeError,
               "'in <string>' requires string as left operand, not %s",
               item->type->tp_name);
    return -1;
  }
  return unicode_contains(str_data(self), str_size(self), str_data(item),
                          str_size(item));
}

// ---- Concatenation ------------------------------------------------------------

// Appends [b]'s text to [o]'s first [na] bytes (room is there): length and
// maxchar follow from the parts, with no rescan.
static uint32_t max_u32(uint32_t a, uint32_t b) { return a > b ? a : b; }

// Copies [b]'s text after the first [na] bytes of [o] (sized for both).
static void put_tail(Vm *vm, Object *o, size_t na, Object *b) {
  memcpy(((StrObject *)o)->data + na, str_data(b), str_size(b));
  str_finish(vm, o);
}

// A new exact str [a] + [b] (PyUnicode_New plus two copies).
static Object *concat_new(Vm *vm, Object *a, Object *b) {
  size_t na = str_size(a);
  if (str_size(b) > SIZE_MAX / 2 - na) return err_no_memory(vm);
  Object *o = str_alloc(vm, vm->t.str, na + str_size(b),
                        (size_t)(str_len(a) + str_len(b)),
                        max_u32(((StrObject *)a)->maxchar,
                                ((StrObject *)b)->maxchar));
  if (!o) return NULL;
  memcpy(((StrObject *)o)->data, str_data(a), na);
  put_tail(vm, o, na, b);
  return o;
}

Object *str_concat(Vm *vm, Object *a, Object *b) {
  if (!is_str(b))
    return err_format(vm, vm->t.TypeError,
                      "can only concatenate str (not \"%s\") to str",
                      b->type->tp_name);
  // PyUnicode_Concat's shortcuts: only the empty singleton is skipped.
  if (b == vm->empty_str && a->type == vm->t.str) return newref(vm, a);
  if (a == vm->empty_str && b->type == vm->t.str) return newref(vm, b);
  return concat_new(vm, a, b);
}

// CPython's storage kind: 1, 2 or 4 bytes per code point.
static int str_kind(const Object *s) {
  uint32_t m = ((const StrObject *)s)->maxchar;
  return m < 256 ? 1 : m < 65536 ? 2 : 4;
}

// unicode_modifiable: nobody else can see [s] change.
static bool str_modifiable(Vm *vm, const Object *s) {
  return s->refcnt == 1 && ((const StrObject *)s)->hash == -1 &&
         !(s->oflags & (OF_INTERNED | OF_IMMORTAL)) && s->type == vm->t.str;
}

int str_append(Vm *vm, Object **slot, Object *right, Object **drop) {
  Object *left = *slot;
  *drop = NULL;
  if (left == vm->empty_str) {
    *slot = newref(vm, right);
    *drop = left;
    return 0;
  }
  if (right == vm->empty_str) return 0;
  size_t na = str_size(left);
  bool ascii_into = ((StrObject *)left)->maxchar < 128 &&
                    ((StrObject *)right)->maxchar >= 128;
  if (str_modifiable(vm, left) && right->type == vm->t.str &&
      str_kind(right) <= str_kind(left) && !ascii_into) {
    StrObject *l = (StrObject *)left, *r = (StrObject *)right;
    size_t n = na + r->size, length = (size_t)(l->length + r->length);
    uint32_t maxchar = max_u32(l->maxchar, r->maxchar);
    Object *o = r->size <= SIZE_MAX / 8 - na
                    ? obj_resize(vm, left, str_alloc_size(n, length, maxchar))
                    : err_no_memory(vm);
    if (o) {
      *slot = o;
      ((StrObject *)o)->size = n;
      ((StrObject *)o)->length = (ssize)length;
      ((StrObject *)o)->maxchar = maxchar;
      put_tail(vm, o, na, right);
      return 0;
    }
  } else {
    Object *o = concat_new(vm, left, right);
    if (o) {
      *slot = o;
      *drop = left;
      return 0;
    }
  }
  *slot = NULL; // Py_CLEAR(*p_left): the variable is unbound after an error
  *drop = left;
  return -1;
}

static Object *str_repeat(Vm *vm, Object *a, ssize n) {
  if (n <= 0) return str_new(vm, "", 0);
  if (n == 1 && a->type == vm->t.str) return newref(vm, a);
  size_t size = str_size(a);
  if (size && (size_t)n > SIZE_MAX / size) return err_no_memory(vm);
  if (alloc_over_limit(&vm->alloc, size * (size_t)n))
    return err_no_memory(vm);
  Object *o = str_alloc(vm, vm->t.str, size * (size_t)n,
                        (size_t)str_len(a) * (size_t)n,
                        ((StrObject *)a)->maxchar);
  if (!o) return NULL;
  for (ssize i = 0; i < n; i++)
    memcpy(((StrObject *)o)->data + (size_t)i * size, str_data(a), size);
  str_finish(vm, o);
  return o;
}

Object *str_repr_obj(Vm *vm, Object *s) {
  Buf b;
  buf_init(&b);
  unicode_repr(str_data(s), str_size(s), &b);
  return str_from_buf(vm, &b);
}

static Object *str_tp_repr(Vm *vm, Object *s) { return str_repr_obj(vm, s); }

static Object *str_tp_str(Vm *vm, Object *s) {
  if (s->type == vm->t.str) return newref(vm, s);
  return str_new(vm, str_data(s), str_size(s));
}

static Object *str_iter(Vm *vm, Object *self) {
  return seqiter_new(vm, str_is_ascii(self) ? vm->t.str_iter : vm->t.str_uiter,
                     self);
}

static void str_dealloc(Vm *vm, Object *o) { obj_free_memory(vm, o); }

// sys.getsizeof: CPython's compact layouts by the widest code point.
ssize str_sizeof(const Object *o) {
  const StrObject *s = (const StrObject *)o;
  // A subclass instance is a legacy PyUnicodeObject: its characters are a
  // separate block.
  if (o->type->flags & TPF_HEAPTYPE) {
    int width = s->maxchar < 256 ? 1 : s->maxchar < 65536 ? 2 : 4;
    return 80 + ((ssize)s->length + 1) * width;
  }
  return (ssize)cpython_str_bytes((size_t)s->length, s->maxchar);
}

// ---- str_from_format -------------------------------------------------------------------

static int append_obj(Vm *vm, Buf *b, Object *o, char conv) {
  Object *s = conv == 'R' ? obj_repr(vm, o) : conv == 'S' ? obj_str(vm, o)
                                                          : newref(vm, o);
  if (!s) return -1;
  buf_append(b, str_data(s), str_size(s));
  decref(vm, s);
  return 0;
}

Object *str_vformat(Vm *vm, const char *fmt, va_list ap) {
  Buf b;
  buf_init(&b);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      buf_putc(&b, *p);
      continue;
    }
    const char *spec = p++;
    while (*p && strchr("-0123456789.*lzh", *p)) p++;
    char conv = *p;
    if (conv == 'R' || conv == 'S' || conv == 'U') {
      if (append_obj(vm, &b, va_arg(ap, Object *), conv) < 0) goto fail;
    } else if (conv == 'T') {
      buf_puts(&b, va_arg(ap, Object *)->type->tp_name);
    } else if (conv == 'N') {
      buf_puts(&b, va_arg(ap, TypeObject *)->tp_name);
    } else if (conv == '%') {
      buf_putc(&b, '%');
    } else if (conv) {
      char one[32];
      size_t n = (size_t)(p - spec + 1);
      if (n >= sizeof one) n = sizeof one - 1;
      memcpy(one, spec, n);
      one[n] = '\0';
      va_list copy;
      va_copy(copy, ap);
      buf_vprintf(&b, one, copy);
      va_end(copy);
      // Consume the argument(s) the conversion used.
      if (strstr(one, ".*")) (void)va_arg(ap, int);
      if (conv == 's') (void)va_arg(ap, const char *);
      else if (conv == 'c' || ((conv == 'd' || conv == 'u' || conv == 'x') &&
                               !strchr(one, 'l') && !strchr(one, 'z')))
        (void)va_arg(ap, int);
      else if (conv == 'p') (void)va_arg(ap, void *);
      else if (conv == 'f' || conv == 'g') (void)va_arg(ap, double);
      else if (strstr(one, "ll")) (void)va_arg(ap, long long);
      else if (strchr(one, 'z')) (void)va_arg(ap, size_t);
      else (void)va_arg(ap, long);
    } else {
      break;
    }
  }
  return str_from_buf(vm, &b);
fail:
  buf_free(&b);
  return NULL;
}

Object *str_from_format(Vm *vm, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Object *r = str_vformat(vm, fmt, ap);
  va_end(ap);
  return r;
}

// ---- bytes (a minimal type: literals, repr, len, indexing, decode) ---------------------

static Object *bytes_new_uncached(Vm *vm, const char *data, size_t size) {
  BytesObject *b = (BytesObject *)obj_alloc(vm, vm->t.bytes,
                                            sizeof(BytesObject) + size + 1);
  if (!b) return NULL;
  b->size = (ssize)size;
  b->hash = -1;
  memcpy(b->data, data, size);
  b->data[size] = '\0';
  return AS_OBJ(b);
}

// One-byte bytes come from a cache of 256 shared objects, made on first use.
// CPython's are static singletons whose refcount starts at 999999999, so
// sys.getrefcount shows the same numbers here.
static Object *one_byte(Vm *vm, unsigned char c) {
  Object **slot = &vm->one_byte[c];
  if (!*slot) {
    char data = (char)c;
    *slot = bytes_new_uncached(vm, &data, 1);
    if (!*slot) return NULL;
    (*slot)->oflags |= OF_IMMORTAL;
    (*slot)->refcnt += 999999998;
    trace_flags_changed(vm, *slot);
  }
  return newref(vm, *slot);
}

Object *bytes_new(Vm *vm, const char *data, size_t size) {
  if (size == 0 && vm->empty_bytes) return newref(vm, vm->empty_bytes);
  if (size == 1) return one_byte(vm, (unsigned char)data[0]);
  return bytes_new_uncached(vm, data, size);
}

void str_type_init_methods(Vm *vm, TypeObject *t);
Object *str_mod_format(Vm *vm, Object *fmt, Object *args);

static Object *str_nb_mod(Vm *vm, Object *a, Object *b) {
  if (!is_str(a)) return vm_notimpl(vm);
  return str_mod_format(vm, a, b);
}

void str_type_init(Vm *vm) {
  TypeObject *t = vm->t.str;
  t->py_basicsize = 48;
  t->dealloc = str_dealloc;
  t->repr = str_tp_repr;
  t->str = str_tp_str;
  t->hash = str_tp_hash;
  t->richcompare = str_richcompare;
  t->len = str_tp_len;
  t->getitem = str_getitem;
  t->contains = str_tp_contains;
  t->sq_concat = str_concat;
  t->sq_repeat = str_repeat;
  t->nb[NB_MOD] = str_nb_mod;
  t->iter = str_iter;
  str_type_init_methods(vm, t);
}
