// formatmarkup.c — str.format and str.format_map: the replacement-field
// parser ({0}, {name}, {0.attr}, {0[key]}, {!r}, nested {:{width}}, {{ }}),
// automatic vs manual numbering, and CPython's messages. Follows the
// structure of CPython 3.11's Objects/stringlib/unicode_format.h; every
// special character is ASCII, so the parser walks UTF-8 bytes.
#include "strformat.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"
#include "vm.h"

// Bytes [start, end) of the str [s].
typedef struct Span {
  Object *s;
  size_t start, end;
} Span;

enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL };

typedef struct AutoNumber {
  int state;
  int64_t next;
} AutoNumber;

// Where field values come from: positional args and keyword args (format),
// or one mapping (format_map, where positional fields are an error).
typedef struct FieldSource {
  Object *const *args;
  ssize nargs;
  Object *kwnames; // tuple or NULL
  Object *const *kwvalues;
  Object *mapping; // format_map's argument, or NULL
} FieldSource;

// One step of the markup iterator: literal text, then maybe a field.
typedef struct Markup {
  Span literal;
  bool field;
  Span name, spec;
  uint32_t conversion; // 0 when absent
  bool expand;         // the spec contains '{': format it first
} Markup;

static const char *span_data(const Span *sp) {
  return str_data(sp->s);
}

static int value_error(Vm *vm, const char *msg) {
  err_set(vm, vm->t.ValueError, msg);
  return -1;
}

// ---- Parsing ----------------------------------------------------------------

// The conversion and spec after '!' or ':' (c); the input is positioned
// just after c.
static int parse_spec(Vm *vm, Span *in, Markup *m, char c) {
  const char *d = span_data(in);
  if (c == '!') {
    if (in->start >= in->end)
      return value_error(
          vm, "end of string while looking for conversion specifier");
    m->conversion = utf8_next(d, &in->start);
    if (in->start < in->end) {
      c = d[in->start++];
      if (c == '}') return 0;
      if (c != ':')
        return value_error(vm, "expected ':' after conversion specifier");
    }
  }
  m->spec.start = in->start;
  int depth = 1;
  while (in->start < in->end) {
    c = d[in->start++];
    if (c == '{') {
      m->expand = true;
      depth++;
    } else if (c == '}' && --depth == 0) {
      m->spec.end = in->start - 1;
      return 0;
    }
  }
  return value_error(vm, "unmatched '{' in format spec");
}

// The field after an unescaped '{': name, then '!' conversion and/or ':'
// spec, up to the matching '}'.
static int parse_field(Vm *vm, Span *in, Markup *m) {
  const char *d = span_data(in);
  char c = 0;
  m->name.start = in->start;
  while (in->start < in->end) {
    c = d[in->start++];
    if (c == '{') return value_error(vm, "unexpected '{' in field name");
    if (c == '[') {
      while (in->start < in->end && d[in->start] != ']')
        in->start++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  m->name.end = in->start - 1;
  if (c == '!' || c == ':') return parse_spec(vm, in, m, c);
  if (c != '}') return value_error(vm, "expected '}' before end of string");
  return 0;
}

// 1: [m] holds the next literal (and maybe field); 0: end; -1: error.
static int markup_next(Vm *vm, Span *in, Markup *m) {
  *m = (Markup){{in->s, 0, 0}, false, {in->s, 0, 0}, {in->s, 0, 0}, 0, false};
  if (in->start >= in->end) return 0;
  const char *d = span_data(in);
  size_t start = in->start;
  char c = 0;
  bool markup = false;
  while (in->start < in->end) {
    c = d[in->start++];
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool at_end = in->start >= in->end;
  size_t len = in->start - start;
  if (markup && c == '}' && (at_end || d[in->start] != '}'))
    return value_error(vm, "Single '}' encountered in format string");
  if (markup && c == '{' && at_end)
    return value_error(vm, "Single '{' encountered in format string");
  if (!at_end) {
    if (d[in->start] == c) { // "{{" or "}}": one brace of literal text
      in->start++;
      markup = false;
    } else {
      len--;
    }
  }
  m->literal.start = start;
  m->literal.end = start + len;
  if (!markup) return 1;
  m->field = true;
  return parse_field(vm, in, m) < 0 ? -1 : 1;
}

// ---- Field names -----------------------------------------------------------

// The decimal value of [sp] (digits of any script), -1 if it is not all
// digits (or empty), -2 with ValueError when it is too large.
static int64_t get_integer(Vm *vm, const Span *sp) {
  if (sp->start >= sp->end) return -1;
  const char *d = span_data(sp);
  int64_t acc = 0; // 64-bit CPython's Py_ssize_t, on every host
  for (size_t i = sp->start; i < sp->end;) {
    int digit = ucd_decimal(utf8_next(d, &i));
    if (digit < 0) return -1;
    if (acc > (INT64_MAX - digit) / 10) {
      value_error(vm, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + digit;
  }
  return acc;
}

static int auto_number(Vm *vm, AutoNumber *an, bool empty, int64_t *index) {
  bool numeric = empty || *index >= 0;
  if (!numeric) return 0;
  if (an->state == AUTO_INIT) an->state = empty ? AUTO_ON : AUTO_MANUAL;
  if (an->state == AUTO_MANUAL && empty)
    return value_error(vm, "cannot switch from manual field specification "
                           "to automatic field numbering");
  if (an->state == AUTO_ON && !empty)
    return value_error(vm, "cannot switch from automatic field numbering "
                           "to manual field specification");
  if (empty) *index = an->next++;
  return 0;
}

static Object *span_str(Vm *vm, const Span *sp) {
  return str_new(vm, span_data(sp) + sp->start, sp->end - sp->start);
}

static Object *keyword_value(Vm *vm, const FieldSource *src, Object *key) {
  if (src->mapping) return obj_getitem(vm, src->mapping, key);
  ssize n = src->kwnames ? tuple_size(src->kwnames) : 0;
  for (ssize i = 0; i < n; i++)
    if (str_eq(tuple_get(src->kwnames, i), key))
      return newref(vm, src->kwvalues[i]);
  err_raise_key_error(vm, key);
  return NULL;
}

// The object the first part of a field name ("0", "", "name") refers to.
static Object *first_object(Vm *vm, const FieldSource *src, const Span *first,
                            int64_t index) {
  if (index < 0) {
    Object *key = span_str(vm, first);
    if (!key) return NULL;
    Object *v = keyword_value(vm, src, key);
    decref(vm, key);
    return v;
  }
  if (src->mapping) {
    value_error(vm, "Format string contains positional fields");
    return NULL;
  }
  if (index >= src->nargs)
    return err_format(vm, vm->t.IndexError,
                      "Replacement index %lld out of range for positional "
                      "args tuple",
                      (long long)index);
  return newref(vm, src->args[index]);
}

// One ".attr" or "[key]" step of [rest]; 1: done a step, 0: end, -1: error.
static int field_step(Vm *vm, Span *rest, Object **obj) {
  if (rest->start >= rest->end) return 0;
  const char *d = span_data(rest);
  char c = d[rest->start++];
  Span name = {rest->s, rest->start, rest->start};
  if (c == '.') {
    while (rest->start < rest->end && d[rest->start] != '.' &&
           d[rest->start] != '[')
      rest->start++;
    name.end = rest->start;
  } else if (c == '[') {
    while (rest->start < rest->end && d[rest->start] != ']')
      rest->start++;
    if (rest->start >= rest->end)
      return value_error(vm, "Missing ']' in format string");
    name.end = rest->start++;
  } else {
    return value_error(vm, "Only '.' or '[' may follow ']' in format field "
                           "specifier");
  }
  int64_t index = c == '[' ? get_integer(vm, &name) : -1;
  if (index == -2) return -1;
  if (name.start == name.end)
    return value_error(vm, "Empty attribute in format string");
  Object *key = index >= 0 ? int_from_i64(vm, index) : span_str(vm, &name);
  if (!key) return -1;
  Object *v =
      c == '.' ? obj_getattr(vm, *obj, key) : obj_getitem(vm, *obj, key);
  decref(vm, key);
  if (!v) return -1;
  set_ref(vm, obj, v);
  return 1;
}

static Object *field_object(Vm *vm, const FieldSource *src, const Span *name,
                            AutoNumber *an) {
  const char *d = span_data(name);
  size_t i = name->start;
  while (i < name->end && d[i] != '.' && d[i] != '[')
    i++;
  Span first = {name->s, name->start, i};
  Span rest = {name->s, i, name->end};
  int64_t index = get_integer(vm, &first);
  if (index == -2) return NULL;
  if (auto_number(vm, an, first.start == first.end, &index) < 0) return NULL;
  Object *obj = first_object(vm, src, &first, index);
  int r;
  while (obj && (r = field_step(vm, &rest, &obj)) != 0) {
    if (r < 0) clear_ref(vm, &obj);
  }
  return obj;
}

// ---- Rendering -------------------------------------------------------------

static Object *convert(Vm *vm, Object *obj, uint32_t conversion) {
  switch (conversion) {
  case 'r':
    return obj_repr(vm, obj);
  case 's':
    return obj_str(vm, obj);
  case 'a':
    return obj_ascii(vm, obj);
  default:
    if (conversion > 32 && conversion < 127)
      return err_format(vm, vm->t.ValueError, "Unknown conversion specifier %c",
                        (int)conversion);
    return err_format(vm, vm->t.ValueError,
                      "Unknown conversion specifier \\x%x",
                      (unsigned)conversion);
  }
}

static Object *build_string(Vm *vm, Span in, const FieldSource *src, int depth,
                            AutoNumber *an);

static int output_field(Vm *vm, StrWriter *w, const Markup *m,
                        const FieldSource *src, int depth, AutoNumber *an) {
  Object *obj = field_object(vm, src, &m->name, an);
  if (!obj) return -1;
  if (m->conversion) {
    set_ref(vm, &obj, convert(vm, obj, m->conversion));
    if (!obj) return -1;
  }
  Object *spec = m->expand ? build_string(vm, m->spec, src, depth - 1, an)
                           : newref(vm, m->spec.s);
  int r = -1;
  if (spec) {
    size_t start = m->expand ? 0 : m->spec.start;
    size_t end = m->expand ? str_size(spec) : m->spec.end;
    r = format_into_writer(vm, w, obj, spec, start, end);
    decref(vm, spec);
  }
  decref(vm, obj);
  return r;
}

static int do_markup(Vm *vm, StrWriter *w, Span in, const FieldSource *src,
                     int depth, AutoNumber *an) {
  Markup m;
  int r;
  while ((r = markup_next(vm, &in, &m)) == 1) {
    bool last = in.start >= in.end;
    if (m.literal.start != m.literal.end) {
      if (!m.field && last) w->overallocate = false;
      if (strwriter_write_sub(vm, w, in.s, m.literal.start, m.literal.end) < 0)
        return -1;
    }
    if (m.field) {
      if (last) w->overallocate = false;
      if (output_field(vm, w, &m, src, depth, an) < 0) return -1;
    }
  }
  return r;
}

// PEP 3101 allows two levels: "{0:{1}}" works, "{0:{1:{2}}}" does not.
static Object *build_string(Vm *vm, Span in, const FieldSource *src, int depth,
                            AutoNumber *an) {
  if (depth <= 0) {
    value_error(vm, "Max string recursion exceeded");
    return NULL;
  }
  StrWriter w;
  strwriter_init(&w);
  if (do_markup(vm, &w, in, src, depth, an) < 0) {
    strwriter_free(vm, &w);
    return NULL;
  }
  return strwriter_finish(vm, &w);
}

static Object *format_from(Vm *vm, Object *self, const FieldSource *src) {
  AutoNumber an = {AUTO_INIT, 0};
  Span in = {self, 0, str_size(self)};
  return build_string(vm, in, src, 2, &an);
}

Object *str_format_method(Vm *vm, Object *self, Object *const *args,
                          size_t nargs, Object *kwnames) {
  FieldSource src = {args, (ssize)nargs, kwnames, args + nargs, NULL};
  return format_from(vm, self, &src);
}

Object *str_format_map_method(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kwnames) {
  Object *mapping;
  if (parse_args(vm, "str.format_map", args, nargs, kwnames, "1O:mapping",
                 &mapping) < 0)
    return NULL;
  FieldSource src = {NULL, 0, NULL, NULL, mapping};
  return format_from(vm, self, &src);
}
