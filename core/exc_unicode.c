// exc_unicode.c — UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError as CPython 3.11 builds them (Objects/exceptions.c):
// the argument tuples their __init__ parses ("UUnnU", "UOnnU", "UnnU"), the
// encoding/object/start/end/reason attributes, their messages, and the
// helpers the codecs raise them with. See exc.h for the field layout.
#include "exc.h"

#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <stdio.h>
#include <string.h>

enum { UF_ENCODING, UF_OBJECT, UF_START, UF_END, UF_REASON };

// ---- __init__ -------------------------------------------------------------------

// One PyArg_ParseTuple item: 'U' str, 'O' anything, 'n' an index.
static int check_item(Vm *vm, char code, Object *v, int pos) {
  if (code == 'U' && !is_str(v)) {
    err_format(vm, vm->t.TypeError, "argument %d must be str, not %s", pos,
               v == vm->none ? "None" : v->type->tp_name);
    return -1;
  }
  if (code != 'n') return 0;
  Object *i = number_index(vm, v);
  xdecref(vm, i);
  return i ? 0 : -1;
}

// Parses [args] by [spec] into the fields named by [slots] (the index items
// stored as exact ints).
static int parse_into(Vm *vm, Object *self, Object *const *args, size_t nargs,
                      const char *spec, const int *slots) {
  size_t want = strlen(spec);
  if (nargs != want) {
    err_format(vm, vm->t.TypeError,
               "function takes exactly %zd arguments (%zd given)",
               (ssize)want, (ssize)nargs);
    return -1;
  }
  for (size_t i = 0; i < want; i++)
    if (check_item(vm, spec[i], args[i], (int)i + 1) < 0) return -1;
  for (size_t i = 0; i < want; i++) {
    Object *v = spec[i] == 'n' ? number_index(vm, args[i]) : newref(vm, args[i]);
    if (!v) return -1;
    exc_set_field(vm, self, slots[i], v);
    decref(vm, v);
  }
  return 0;
}

static int base_init(Vm *vm, Object *self, Object *const *args, size_t nargs,
                     Object *kw) {
  if (vm->t.BaseException->tp_init(vm, self, args, nargs, kw) < 0) return -1;
  for (int f = UF_ENCODING; f <= UF_REASON; f++)
    exc_set_field(vm, self, f, NULL);
  return 0;
}

static const int encode_slots[] = {UF_ENCODING, UF_OBJECT, UF_START, UF_END,
                                   UF_REASON};

static int encode_init(Vm *vm, Object *self, Object *const *args,
                       size_t nargs, Object *kw) {
  if (base_init(vm, self, args, nargs, kw) < 0) return -1;
  return parse_into(vm, self, args, nargs, "UUnnU", encode_slots);
}

static int decode_init(Vm *vm, Object *self, Object *const *args,
                       size_t nargs, Object *kw) {
  if (base_init(vm, self, args, nargs, kw) < 0 ||
      parse_into(vm, self, args, nargs, "UOnnU", encode_slots) < 0)
    return -1;
  Object *obj = exc_get_field(self, UF_OBJECT);
  if (is_bytes(obj)) return 0;
  err_format(vm, vm->t.TypeError, "a bytes-like object is required, not '%s'",
             obj->type->tp_name);
  for (int f = UF_ENCODING; f <= UF_REASON; f++)
    exc_set_field(vm, self, f, NULL);
  return -1;
}

static int translate_init(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kw) {
  static const int slots[] = {UF_OBJECT, UF_START, UF_END, UF_REASON};
  if (base_init(vm, self, args, nargs, kw) < 0) return -1;
  return parse_into(vm, self, args, nargs, "UnnU", slots);
}

// ---- __str__ ----------------------------------------------------------------------

static ssize field_ssize(Object *self, int f) {
  Object *v = exc_get_field(self, f);
  return v && is_int(v) && int_is_small(v) ? (ssize)int_small_value(v) : 0;
}

// The code point at index [i] of str [s] (i < its length).
static uint32_t char_at(Object *s, ssize i) {
  const unsigned char *p = (const unsigned char *)str_data(s);
  for (; i > 0; i--) {
    p++;
    while ((*p & 0xC0) == 0x80)
      p++;
  }
  uint32_t c = *p;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
  while (extra--)
    c = c << 6 | (*++p & 0x3F);
  return c;
}

// "'\xe9'"-style text for one character, as CPython's %02x/%04x/%08x.
static void char_escape(char *buf, size_t n, uint32_t c) {
  snprintf(buf, n, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
           (unsigned)c);
}

// The message of an encode (what = "encode", with [codec] named) or a
// translate error (codec NULL) over the str object.
static Object *char_error_str(Vm *vm, Object *self, Object *codec,
                              const char *what) {
  Object *obj = exc_get_field(self, UF_OBJECT);
  if (!obj) return str_from_cstr(vm, "");
  Object *reason = obj_str(vm, exc_get_field(self, UF_REASON)
                                   ? exc_get_field(self, UF_REASON)
                                   : vm->none);
  Object *enc = reason && codec ? obj_str(vm, codec) : NULL;
  Object *r = NULL;
  ssize start = field_ssize(self, UF_START), end = field_ssize(self, UF_END);
  char head[64] = "";
  if (enc) snprintf(head, sizeof head, "'%s' codec ", str_data(enc));
  if (reason && (enc || !codec)) {
    if (is_str(obj) && start < str_len(obj) && end == start + 1) {
      if (start < 0) {
        err_set(vm, vm->t.IndexError, "string index out of range");
        xdecref(vm, reason);
        xdecref(vm, enc);
        return NULL;
      }
      char esc[16];
      char_escape(esc, sizeof esc, char_at(obj, start));
      r = str_from_format(vm, "%scan't %s character '%s' in position %zd: %U",
                          head, what, esc, start, reason);
    } else {
      r = str_from_format(vm, "%scan't %s characters in position %zd-%zd: %U",
                          head, what, start, end - 1, reason);
    }
  }
  xdecref(vm, reason);
  xdecref(vm, enc);
  return r;
}

static Object *encode_str(Vm *vm, Object *self) {
  Object *enc = exc_get_field(self, UF_ENCODING);
  return char_error_str(vm, self, enc ? enc : vm->none, "encode");
}

static Object *translate_str(Vm *vm, Object *self) {
  return char_error_str(vm, self, NULL, "translate");
}

static Object *decode_str(Vm *vm, Object *self) {
  Object *obj = exc_get_field(self, UF_OBJECT);
  if (!obj) return str_from_cstr(vm, "");
  Object *reason_o = exc_get_field(self, UF_REASON);
  Object *enc_o = exc_get_field(self, UF_ENCODING);
  Object *reason = obj_str(vm, reason_o ? reason_o : vm->none);
  Object *enc = reason ? obj_str(vm, enc_o ? enc_o : vm->none) : NULL;
  Object *r = NULL;
  ssize start = field_ssize(self, UF_START), end = field_ssize(self, UF_END);
  const BytesObject *b = (const BytesObject *)obj;
  if (enc && is_bytes(obj) && start >= 0 && start < b->size &&
      end == start + 1)
    r = str_from_format(vm, "'%U' codec can't decode byte 0x%02x in position "
                        "%zd: %U", enc, (unsigned char)b->data[start], start,
                        reason);
  else if (enc)
    r = str_from_format(vm, "'%U' codec can't decode bytes in position %zd-%zd:"
                        " %U", enc, start, end - 1, reason);
  xdecref(vm, reason);
  xdecref(vm, enc);
  return r;
}

// ---- Attributes -------------------------------------------------------------------

#define OBJECT_FIELD(name, f)                                                  \
  static Object *get_##name(Vm *vm, Object *o) {                               \
    Object *v = exc_get_field(o, f);                                           \
    return newref(vm, v ? v : vm->none);                                       \
  }                                                                            \
  static int set_##name(Vm *vm, Object *o, Object *v) {                        \
    exc_set_field(vm, o, f, v);                                                \
    return 0;                                                                  \
  }
OBJECT_FIELD(encoding, UF_ENCODING)
OBJECT_FIELD(object, UF_OBJECT)
OBJECT_FIELD(reason, UF_REASON)
#undef OBJECT_FIELD

static int set_index(Vm *vm, Object *o, Object *v, int f) {
  if (!v) {
    err_set(vm, vm->t.TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (!is_int(v)) { // PyMember_SetOne stores -1 before it fails
    Object *m1 = int_from_i64(vm, -1);
    exc_set_field(vm, o, f, m1);
    xdecref(vm, m1);
    err_set(vm, vm->t.TypeError, "an integer is required");
    return -1;
  }
  Object *i = number_index(vm, v);
  exc_set_field(vm, o, f, i);
  xdecref(vm, i);
  return i ? 0 : -1;
}

static Object *get_start(Vm *vm, Object *o) {
  return int_from_i64(vm, field_ssize(o, UF_START));
}
static Object *get_end(Vm *vm, Object *o) {
  return int_from_i64(vm, field_ssize(o, UF_END));
}
static int set_start(Vm *vm, Object *o, Object *v) {
  return set_index(vm, o, v, UF_START);
}
static int set_end(Vm *vm, Object *o, Object *v) {
  return set_index(vm, o, v, UF_END);
}

static const GetSetDef unicode_error_getsets[] = {
    {"encoding", get_encoding, set_encoding},
    {"object", get_object, set_object},
    {"start", get_start, set_start},
    {"end", get_end, set_end},
    {"reason", get_reason, set_reason},
    {NULL, NULL, NULL}};

// ---- Raising them from the codecs -------------------------------------------------

static int raise_with(Vm *vm, TypeObject *type, Object *args) {
  Object *e = args ? exc_new(vm, type, args) : NULL;
  xdecref(vm, args);
  if (e) {
    err_raise(vm, e);
    decref(vm, e);
  }
  return -1;
}

static Object *pack5(Vm *vm, const char *encoding, Object *obj, ssize start,
                     ssize end, const char *reason) {
  Object *enc = str_from_cstr(vm, encoding), *why = str_from_cstr(vm, reason);
  Object *s = int_from_i64(vm, start), *e = int_from_i64(vm, end);
  Object *t = enc && obj && why && s && e
                  ? tuple_pack(vm, 5, enc, obj, s, e, why)
                  : NULL;
  xdecref(vm, enc);
  xdecref(vm, why);
  xdecref(vm, s);
  xdecref(vm, e);
  return t;
}

int unicode_decode_error_raise(Vm *vm, const char *encoding, const char *data,
                               size_t len, ssize start, ssize end,
                               const char *reason) {
  Object *b = bytes_new(vm, data, len);
  Object *args = b ? pack5(vm, encoding, b, start, end, reason) : NULL;
  xdecref(vm, b);
  return raise_with(vm, vm->t.UnicodeDecodeError, args);
}

int unicode_encode_error_raise(Vm *vm, const char *encoding, Object *s,
                               ssize start, ssize end, const char *reason) {
  return raise_with(vm, vm->t.UnicodeEncodeError,
                    pack5(vm, encoding, s, start, end, reason));
}

void exc_unicode_init(Vm *vm) {
  struct {
    TypeObject *t;
    InitFn init;
    UnaryFn str;
  } types[] = {{vm->t.UnicodeEncodeError, encode_init, encode_str},
               {vm->t.UnicodeDecodeError, decode_init, decode_str},
               {vm->t.UnicodeTranslateError, translate_init, translate_str}};
  for (size_t i = 0; i < COUNT_OF(types); i++) {
    types[i].t->tp_init = types[i].init;
    types[i].t->str = types[i].str;
    type_add_getsets(vm, types[i].t, unicode_error_getsets);
  }
}
