// args.c — parse_args: C-function argument parsing with the messages of
// CPython 3.11's Python/getargs.c (_PyArg_UnpackKeywords,
// _PyArg_CheckPositional) and Argument Clinic's converters (see args.h).
#include "args.h"

#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

enum { MAX_PARAMS = 12 };

typedef struct Param {
  char code;
  bool optional, kwonly;
  const char *name;
  size_t name_len;
  void *out;
} Param;

typedef struct Spec {
  char style;
  int n;       // parameters
  int maxpos;  // how many may be given by position
  int minpos;  // required positional parameters
  int minkw;   // required keyword-only parameters
  int posonly; // positional-only parameters (before '/')
  const char *names; // the ':' before the names, or NULL
  bool named;        // p[].name filled in (only errors and keywords need it)
  Param p[MAX_PARAMS];
} Spec;

static void add_param(Spec *s, char code, bool optional, bool kwonly,
                      void *out) {
  Param *p = &s->p[s->n++];
  p->code = code;
  p->optional = optional;
  p->kwonly = kwonly;
  p->out = out;
  if (!kwonly) s->maxpos++;
  if (!optional && !kwonly) s->minpos++;
  if (!optional && kwonly) s->minkw++;
}

static void parse_spec(const char *spec, va_list ap, Spec *s) {
  s->n = s->maxpos = s->minpos = s->minkw = s->posonly = 0;
  s->named = false;
  s->style = *spec++;
  bool optional = false, kwonly = false;
  for (; *spec && *spec != ':'; spec++) {
    if (*spec == '|') optional = true;
    else if (*spec == '$') kwonly = true;
    else if (*spec == '/')
      s->posonly = s->n;
    else if (s->n < MAX_PARAMS)
      add_param(s, *spec, optional, kwonly, va_arg(ap, void *));
  }
  s->names = *spec == ':' ? spec : NULL;
}

// Fills in the parameters' names from the spec (on first need).
static void spec_names(Spec *s) {
  if (s->named) return;
  s->named = true;
  const char *names = s->names;
  for (int i = 0; i < s->n; i++) {
    if (names) names++;
    const char *end = names ? strchr(names, ',') : NULL;
    s->p[i].name = names ? names : "";
    s->p[i].name_len = !names ? 0 : end ? (size_t)(end - names) : strlen(names);
    names = end;
  }
}

static const char *plural(ssize n) { return n == 1 ? "" : "s"; }

// "list.pop" -> "pop": the name every message but "takes no keyword
// arguments" uses.
static const char *short_name(const char *fname) {
  const char *dot = strrchr(fname, '.');
  return dot ? dot + 1 : fname;
}

// ---- Positional-only styles -----------------------------------------------

static int arity_error(Vm *vm, const char *fname, const Spec *s,
                       size_t nargs) {
  ssize n = (ssize)nargs;
  switch (s->style) {
  case 'N':
    err_format(vm, vm->t.TypeError, "%s() takes no arguments (%zd given)",
               fname, n);
    break;
  case '1':
    err_format(vm, vm->t.TypeError,
               "%s() takes exactly one argument (%zd given)", fname, n);
    break;
  default: { // 'C': _PyArg_CheckPositional
    bool fixed = s->minpos == s->maxpos, few = n < s->minpos;
    int want = few ? s->minpos : s->maxpos;
    err_format(vm, vm->t.TypeError, "%s expected %s%d argument%s, got %zd",
               short_name(fname),
               fixed ? ""
               : few ? "at least "
                     : "at most ",
               want, plural(want), n);
  }
  }
  return -1;
}

// ---- Keywords: _PyArg_UnpackKeywords ---------------------------------------

static bool param_is(const Param *p, Object *name) {
  return p->name_len == str_size(name) &&
         memcmp(p->name, str_data(name), p->name_len) == 0;
}

// The value passed by keyword for parameter [p], or NULL.
static Object *find_keyword(const Param *p, Object *kwnames,
                            Object *const *kwvalues) {
  for (ssize k = 0; k < tuple_size(kwnames); k++)
    if (param_is(p, tuple_get(kwnames, k))) return kwvalues[k];
  return NULL;
}

static int too_many(Vm *vm, const char *fname, const Spec *s, size_t nargs,
                    ssize nkw) {
  ssize given = (ssize)nargs + nkw;
  if (given > s->n) {
    err_format(vm, vm->t.TypeError,
               "%s() takes at most %d %sargument%s (%zd given)", fname, s->n,
               nargs == 0 ? "keyword " : "", plural(s->n), given);
    return -1;
  }
  if ((ssize)nargs > s->maxpos) {
    if (s->maxpos == 0)
      err_format(vm, vm->t.TypeError, "%s() takes no positional arguments",
                 fname);
    else
      err_format(vm, vm->t.TypeError,
                 "%s() takes %s %d positional argument%s (%zd given)", fname,
                 s->minpos < s->maxpos ? "at most" : "exactly", s->maxpos,
                 plural(s->maxpos), (ssize)nargs);
    return -1;
  }
  int minposonly = s->posonly < s->minpos ? s->posonly : s->minpos;
  if ((ssize)nargs < minposonly) {
    err_format(vm, vm->t.TypeError,
               "%s() takes %s %d positional argument%s (%zd given)", fname,
               minposonly < s->maxpos ? "at least" : "exactly", minposonly,
               plural(minposonly), (ssize)nargs);
    return -1;
  }
  return 0;
}

// Keywords left over after the parameters took theirs: a name that is also
// given by position, else the first that names no parameter.
static int extra_keyword(Vm *vm, const char *fname, const Spec *s, size_t nargs,
                         Object *kwnames, Object *const *kwv) {
  for (int i = s->posonly; i < (int)nargs; i++)
    if (find_keyword(&s->p[i], kwnames, kwv)) {
      err_format(vm, vm->t.TypeError,
                 "argument for %s() given by name ('%.*s') and position (%d)",
                 fname, (int)s->p[i].name_len, s->p[i].name, i + 1);
      return -1;
    }
  for (ssize k = 0; k < tuple_size(kwnames); k++) {
    Object *name = tuple_get(kwnames, k);
    bool known = false;
    for (int i = s->posonly; i < s->n && !known; i++)
      known = param_is(&s->p[i], name);
    if (!known) {
      err_format(vm, vm->t.TypeError,
                 "'%U' is an invalid keyword argument for %s()", name, fname);
      return -1;
    }
  }
  err_format(vm, vm->t.TypeError, "invalid keyword argument for %s()", fname);
  return -1;
}

static int unpack_keywords(Vm *vm, const char *fname, Spec *s,
                           Object *const *args, size_t nargs, Object *kwnames,
                           Object **given) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (size_t i = 0; i < nargs && i < MAX_PARAMS; i++)
    given[i] = args[i];
  if (nkw == 0 && s->minkw == 0 && (ssize)nargs >= s->minpos &&
      (ssize)nargs <= s->maxpos)
    return 0;
  spec_names(s);
  if (too_many(vm, fname, s, nargs, nkw) < 0) return -1;
  int reqlimit = s->minkw ? s->maxpos + s->minkw : s->minpos;
  int first = (int)nargs > s->posonly ? (int)nargs : s->posonly;
  for (int i = first; i < s->n; i++) {
    if (!nkw && i >= reqlimit) break;
    given[i] = nkw ? find_keyword(&s->p[i], kwnames, args + nargs) : NULL;
    if (given[i]) {
      nkw--;
    } else if (i < s->minpos || (s->maxpos <= i && i < reqlimit)) {
      err_format(vm, vm->t.TypeError,
                 "%s() missing required argument '%.*s' (pos %d)", fname,
                 (int)s->p[i].name_len, s->p[i].name, i + 1);
      return -1;
    }
  }
  if (nkw > 0) return extra_keyword(vm, fname, s, nargs, kwnames, args + nargs);
  return 0;
}

// ---- Converters ------------------------------------------------------------

// How Argument Clinic names parameter [i] in a bad-argument message.
static void display_name(Spec *s, int i, char *out, size_t size) {
  spec_names(s);
  if (s->style == '1')
    snprintf(out, size, "argument");
  else if (s->style == 'K' && i >= s->posonly)
    snprintf(out, size, "argument '%.*s'", (int)s->p[i].name_len, s->p[i].name);
  else
    snprintf(out, size, "argument %d", i + 1);
}

// __index__, then a C integer in [lo, hi] ("Python int too large to
// convert to C [ctype]"). 0 or -1.
static int index_in_range(Vm *vm, Object *v, int64_t lo, int64_t hi,
                          const char *ctype, int64_t *out) {
  Object *i = number_index(vm, v);
  if (!i) return -1;
  bool fits =
      int_is_small(i) && int_small_value(i) >= lo && int_small_value(i) <= hi;
  *out = int_is_small(i) ? int_small_value(i) : 0;
  decref(vm, i);
  if (fits) return 0;
  err_format(vm, vm->t.OverflowError, "Python int too large to convert to C %s",
             ctype);
  return -1;
}

static int convert_index(Vm *vm, Param *p, Object *v) {
  int64_t x;
  if (p->code == 'i') {
    if (index_in_range(vm, v, INT_MIN, INT_MAX, "int", &x) < 0) return -1;
    *(int *)p->out = (int)x;
    return 0;
  }
  if (index_in_range(vm, v, INT64_MIN, INT64_MAX, "ssize_t", &x) < 0) return -1;
  *(ssize *)p->out = x > INTPTR_MAX   ? INTPTR_MAX
                     : x < INTPTR_MIN ? INTPTR_MIN
                                      : (ssize)x;
  return 0;
}

static int convert(Vm *vm, const char *fname, Spec *s, int i, Object *v) {
  Param *p = &s->p[i];
  switch (p->code) {
  case 'O':
    *(Object **)p->out = v;
    return 0;
  case 'U':
    if (!is_str(v)) {
      char shown[80];
      display_name(s, i, shown, sizeof shown);
      err_format(vm, vm->t.TypeError, "%s() %s must be str, not %s",
                 short_name(fname), shown,
                 v == vm->none ? "None" : v->type->tp_name);
      return -1;
    }
    *(Object **)p->out = v;
    return 0;
  case 'n':
  case 'i':
    return convert_index(vm, p, v);
  case 'd': {
    Object *f = float_from_object(vm, v);
    if (!f) return -1;
    *(double *)p->out = float_value(f);
    decref(vm, f);
    return 0;
  }
  case 'p': {
    int t = obj_is_true(vm, v);
    if (t < 0) return -1;
    *(int *)p->out = t;
    return 0;
  }
  default:
    err_set(vm, vm->t.SystemError, "bad argument spec");
    return -1;
  }
}

// ---- Entry points ----------------------------------------------------------

int no_keywords(Vm *vm, const char *fname, Object *kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return 0;
  err_format(vm, vm->t.TypeError, "%s() takes no keyword arguments", fname);
  return -1;
}

int parse_args(Vm *vm, const char *fname, Object *const *args, size_t nargs,
               Object *kwnames, const char *spec, ...) {
  Spec s;
  va_list ap;
  va_start(ap, spec);
  parse_spec(spec, ap, &s);
  va_end(ap);
  bool has_kw = kwnames && tuple_size(kwnames) > 0;
  Object *given[MAX_PARAMS] = {0};
  if (s.style != 'K') {
    if (has_kw) return no_keywords(vm, fname, kwnames);
    if (nargs > (size_t)s.maxpos || nargs < (size_t)s.minpos)
      return arity_error(vm, fname, &s, nargs);
    for (size_t i = 0; i < nargs; i++)
      given[i] = args[i];
  } else if (unpack_keywords(vm, fname, &s, args, nargs,
                             has_kw ? kwnames : NULL, given) < 0) {
    return -1;
  }
  for (int i = 0; i < s.n; i++)
    if (given[i] && convert(vm, fname, &s, i, given[i]) < 0) return -1;
  return 0;
}
