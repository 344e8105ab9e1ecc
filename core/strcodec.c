// strcodec.c — str <-> bytes for the three codecs teaching code uses
// (utf-8, ascii, latin-1) with the strict, ignore, replace,
// backslashreplace and (encoding) xmlcharrefreplace error handlers; encoding
// names are normalized and aliased as Lib/encodings does. Also str(),
// whose decoding form shares this code. Messages: CPython 3.11's
// Objects/exceptions.c (UnicodeEncodeError/UnicodeDecodeError __str__).
#include "strformat.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "exc.h"
#include "str.h"
#include "unicode.h"
#include "vm.h"

#include <stdio.h>

// ---- Names -----------------------------------------------------------------

// Lib/encodings/aliases.py for the three codecs; [module] marks the codec
// modules' own names, which only match the name as normalized.
static const struct {
  const char *name;
  CodecId id;
  bool module;
} codec_names[] = {
    {"utf_8", CODEC_UTF8, true},
    {"ascii", CODEC_ASCII, true},
    {"latin_1", CODEC_LATIN1, true},
    {"u8", CODEC_UTF8, false},
    {"utf", CODEC_UTF8, false},
    {"utf8", CODEC_UTF8, false},
    {"utf8_ucs2", CODEC_UTF8, false},
    {"utf8_ucs4", CODEC_UTF8, false},
    {"cp65001", CODEC_UTF8, false},
    {"646", CODEC_ASCII, false},
    {"ansi_x3.4_1968", CODEC_ASCII, false},
    {"ansi_x3_4_1968", CODEC_ASCII, false},
    {"ansi_x3.4_1986", CODEC_ASCII, false},
    {"cp367", CODEC_ASCII, false},
    {"csascii", CODEC_ASCII, false},
    {"ibm367", CODEC_ASCII, false},
    {"iso646_us", CODEC_ASCII, false},
    {"iso_646.irv_1991", CODEC_ASCII, false},
    {"iso_ir_6", CODEC_ASCII, false},
    {"us", CODEC_ASCII, false},
    {"us_ascii", CODEC_ASCII, false},
    {"8859", CODEC_LATIN1, false},
    {"cp819", CODEC_LATIN1, false},
    {"csisolatin1", CODEC_LATIN1, false},
    {"ibm819", CODEC_LATIN1, false},
    {"iso8859", CODEC_LATIN1, false},
    {"iso8859_1", CODEC_LATIN1, false},
    {"iso_8859_1", CODEC_LATIN1, false},
    {"iso_8859_1_1987", CODEC_LATIN1, false},
    {"iso_ir_100", CODEC_LATIN1, false},
    {"l1", CODEC_LATIN1, false},
    {"latin", CODEC_LATIN1, false},
    {"latin1", CODEC_LATIN1, false},
};

static const char *const codec_display[] = {"utf-8", "ascii", "latin-1"};

// encodings.normalize_encoding after lower-casing: runs of punctuation
// become one '_' between words; non-ASCII letters are dropped. False when
// the result does not fit [out] (then no alias can match).
static bool normalize(const char *s, size_t n, char *out, size_t cap) {
  size_t len = 0;
  bool punct = false;
  for (size_t i = 0; i < n;) {
    uint32_t cp = utf8_next(s, &i);
    if (!(ucd_isalnum(cp) || cp == '.')) {
      punct = true;
      continue;
    }
    if (punct && len) out[len++] = '_';
    if (cp < 128) out[len++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    punct = false;
    if (len + 2 >= cap) return false;
  }
  out[len] = '\0';
  return true;
}

// Looks [name] up among the aliases and, with [modules], the codec
// module names too.
static int find_codec(const char *name, bool modules) {
  for (size_t i = 0; i < COUNT_OF(codec_names); i++)
    if ((modules || !codec_names[i].module) &&
        strcmp(codec_names[i].name, name) == 0)
      return (int)codec_names[i].id;
  return -1;
}

// encodings.search_function: the alias of the normalized name, else the
// alias with dots as underscores, else the module of that name.
int codec_lookup(Vm *vm, Object *encoding) {
  char norm[64];
  int id = -1;
  if (normalize(str_data(encoding), str_size(encoding), norm, sizeof norm)) {
    id = find_codec(norm, true);
    if (id < 0 && strchr(norm, '.')) {
      for (char *p = norm; *p; p++)
        if (*p == '.') *p = '_';
      id = find_codec(norm, false);
    }
  }
  if (id < 0)
    err_format(vm, vm->t.LookupError, "unknown encoding: %U", encoding);
  return id;
}

// CPython's own C paths serve these names; the others go through the codec
// registry, which re-raises an error handler's failure as "<op> with 'NAME'
// codec failed (T: message)" chained to the original (wrap_codec_error).
static bool fast_path_name(Object *encoding) {
  static const char *const fast[] = {"utf_8",  "utf8",       "latin_1",
                                     "latin1", "iso_8859_1", "iso8859_1",
                                     "ascii",  "us_ascii"};
  char norm[64];
  if (!normalize(str_data(encoding), str_size(encoding), norm, sizeof norm))
    return false;
  for (size_t i = 0; i < COUNT_OF(fast); i++)
    if (strcmp(norm, fast[i]) == 0) return true;
  return false;
}

static void wrap_codec_error(Vm *vm, const char *op, Object *encoding) {
  if (!encoding || fast_path_name(encoding) ||
      err_matches(vm, vm->t.UnicodeError) ||
      !(err_matches(vm, vm->t.LookupError) || err_matches(vm, vm->t.TypeError)))
    return;
  Object *cause = err_fetch(vm);
  Object *msg = obj_str(vm, cause);
  if (msg) {
    err_format(vm, cause->type, "%s with '%U' codec failed (%s: %U)", op,
               encoding, cause->type->tp_name, msg);
    decref(vm, msg);
    if (vm->exc) exc_set_cause(vm, vm->exc, cause);
  }
  decref(vm, cause);
}

static ErrorsId errors_id(Object *errors) {
  if (!errors) return ERRORS_STRICT;
  static const char *const names[] = {"strict", "ignore", "replace",
                                      "backslashreplace"};
  for (int i = 0; i < 4; i++)
    if (str_eq_cstr(errors, names[i])) return (ErrorsId)i;
  return ERRORS_UNKNOWN;
}

// An error handler that is not one of ours: CPython only looks it up when
// an error has to be handled.
static int unknown_handler(Vm *vm, Object *errors, bool decoding) {
  if (decoding && str_eq_cstr(errors, "xmlcharrefreplace"))
    err_set(vm, vm->t.TypeError,
            "don't know how to handle UnicodeDecodeError in error callback");
  else
    err_format(vm, vm->t.LookupError, "unknown error handler name %R", errors);
  return -1;
}

// ---- Encoding --------------------------------------------------------------

// Whether codec [id] has no bytes for [cp].
static bool unencodable(CodecId id, uint32_t cp) {
  if (id == CODEC_UTF8) return cp >= 0xD800 && cp <= 0xDFFF;
  return cp >= (id == CODEC_ASCII ? 128u : 256u);
}

static void put_encoded(CodecId id, uint32_t cp, Buf *out) {
  if (id == CODEC_UTF8)
    buf_put_utf8(out, cp);
  else
    buf_putc(out, (char)cp);
}

static int encode_error(Vm *vm, CodecId id, Object *s, int64_t start,
                        int64_t end) {
  const char *reason = id == CODEC_UTF8    ? "surrogates not allowed"
                       : id == CODEC_ASCII ? "ordinal not in range(128)"
                                           : "ordinal not in range(256)";
  return unicode_encode_error_raise(vm, codec_display[id], s, (ssize)start,
                                    (ssize)end, reason);
}

// Replacement for one unencodable code point.
static int encode_replace(Vm *vm, ErrorsId how, Object *errors, uint32_t cp,
                          Buf *out) {
  switch (how) {
  case ERRORS_IGNORE:
    return 0;
  case ERRORS_REPLACE:
    return buf_putc(out, '?');
  case ERRORS_BACKSLASHREPLACE:
    return buf_printf(out,
                      cp < 0x100     ? "\\x%02x"
                      : cp < 0x10000 ? "\\u%04x"
                                     : "\\U%08x",
                      (unsigned)cp);
  default:
    if (str_eq_cstr(errors, "xmlcharrefreplace"))
      return buf_printf(out, "&#%u;", (unsigned)cp);
    return unknown_handler(vm, errors, false);
  }
}

static int encode_into(Vm *vm, Object *s, CodecId id, Object *errors,
                       Buf *out) {
  ErrorsId how = errors_id(errors);
  const char *d = str_data(s);
  size_t n = str_size(s);
  int64_t index = 0;
  for (size_t i = 0; i < n; index++) {
    size_t at = i;
    uint32_t cp = utf8_next(d, &i);
    if (!unencodable(id, cp)) {
      if (id == CODEC_UTF8)
        buf_append(out, d + at, i - at);
      else
        put_encoded(id, cp, out);
      continue;
    }
    if (how == ERRORS_STRICT) {
      int64_t end = index + 1;
      for (size_t j = i; j < n && unencodable(id, utf8_next(d, &j));)
        end++;
      return encode_error(vm, id, s, index, end);
    }
    if (encode_replace(vm, how, errors, cp, out) < 0 && err_occurred(vm))
      return -1;
  }
  return 0;
}

Object *str_encode(Vm *vm, Object *s, Object *encoding, Object *errors) {
  int id = encoding ? codec_lookup(vm, encoding) : CODEC_UTF8;
  if (id < 0) return NULL;
  bool plain = id == CODEC_UTF8
                   ? utf8_find_surrogate(str_data(s), str_size(s)) < 0
                   : str_is_ascii(s); // the same bytes in every codec
  if (plain) return bytes_new(vm, str_data(s), str_size(s));
  Buf out;
  buf_init(&out);
  if (encode_into(vm, s, (CodecId)id, errors, &out) < 0) {
    buf_free(&out);
    wrap_codec_error(vm, "encoding", encoding);
    return NULL;
  }
  Object *r =
      out.failed ? err_no_memory(vm) : bytes_new(vm, buf_cstr(&out), out.len);
  buf_free(&out);
  return r;
}

// ---- Decoding --------------------------------------------------------------

static int decode_error(Vm *vm, CodecId id, const char *data, size_t n,
                        size_t start, size_t end, const char *reason) {
  return unicode_decode_error_raise(vm, codec_display[id], data, n,
                                    (ssize)start, (ssize)end, reason);
}

// Handles the undecodable bytes [start, end).
static int decode_bad(Vm *vm, CodecId id, Object *errors, const char *data,
                      size_t n, size_t start, size_t end, const char *reason,
                      Buf *out) {
  switch (errors_id(errors)) {
  case ERRORS_STRICT:
    return decode_error(vm, id, data, n, start, end, reason);
  case ERRORS_IGNORE:
    return 0;
  case ERRORS_REPLACE:
    buf_put_utf8(out, 0xFFFD);
    return 0;
  case ERRORS_BACKSLASHREPLACE:
    for (size_t i = start; i < end; i++)
      buf_printf(out, "\\x%02x", (unsigned)(unsigned char)data[i]);
    return 0;
  default:
    return unknown_handler(vm, errors, true);
  }
}

static int decode_utf8(Vm *vm, const char *data, size_t n, Object *errors,
                       Buf *out) {
  size_t pos = 0;
  Utf8Error e;
  while (utf8_check(data + pos, n - pos, 0, &e) < 0) {
    buf_append(out, data + pos, e.start);
    if (decode_bad(vm, CODEC_UTF8, errors, data, n, pos + e.start, pos + e.end,
                   e.reason, out) < 0)
      return -1;
    pos += e.end;
  }
  buf_append(out, data + pos, n - pos);
  return 0;
}

static int decode_bytes(Vm *vm, CodecId id, const char *data, size_t n,
                        Object *errors, Buf *out) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)data[i];
    if (c < 128 || id == CODEC_LATIN1) {
      buf_put_utf8(out, c);
    } else if (decode_bad(vm, id, errors, data, n, i, i + 1,
                          "ordinal not in range(128)", out) < 0) {
      return -1;
    }
  }
  return 0;
}

Object *bytes_decode(Vm *vm, const char *data, size_t size, Object *encoding,
                     Object *errors) {
  if (size == 0) return str_new(vm, "", 0); // CPython looks nothing up
  int id = encoding ? codec_lookup(vm, encoding) : CODEC_UTF8;
  if (id < 0) return NULL;
  if (utf8_is_ascii(data, size)) return str_new(vm, data, size);
  Buf out;
  buf_init(&out);
  int r = id == CODEC_UTF8
              ? decode_utf8(vm, data, size, errors, &out)
              : decode_bytes(vm, (CodecId)id, data, size, errors, &out);
  if (r < 0) {
    buf_free(&out);
    wrap_codec_error(vm, "decoding", encoding);
    return NULL;
  }
  return str_from_buf(vm, &out);
}

// ---- str() -----------------------------------------------------------------

static int str_argument(Vm *vm, Object *v, const char *name) {
  if (!v || is_str(v)) return 0;
  err_format(vm, vm->t.TypeError, "str() argument '%s' must be str, not %s",
             name, strm_arg_type(vm, v));
  return -1;
}

static Object *str_decoded(Vm *vm, Object *x, Object *enc, Object *errors) {
  if (is_bytes(x)) {
    BytesObject *b = (BytesObject *)x;
    return bytes_decode(vm, b->data, (size_t)b->size, enc, errors);
  }
  if (is_str(x))
    return err_format(vm, vm->t.TypeError, "decoding str is not supported");
  return err_format(vm, vm->t.TypeError,
                    "decoding to str: need a bytes-like object, %s found",
                    x->type->tp_name);
}

Object *str_tp_new(Vm *vm, TypeObject *type, Object *const *args, size_t nargs,
                   Object *kwnames) {
  Object *x = NULL, *enc = NULL, *errors = NULL;
  if (parse_args(vm, "str", args, nargs, kwnames,
                 "K|OOO:object,encoding,errors", &x, &enc, &errors) < 0 ||
      str_argument(vm, enc, "encoding") < 0 ||
      str_argument(vm, errors, "errors") < 0)
    return NULL;
  Object *s = !x                ? str_new(vm, "", 0)
              : !enc && !errors ? obj_str(vm, x)
                                : str_decoded(vm, x, enc, errors);
  if (!s || type == vm->t.str) return s;
  Object *r = str_new_subtype(vm, type, str_data(s), str_size(s));
  decref(vm, s);
  return r;
}
