// args.c — parse_args: C-function argument parsing with CPython's messages
// (see args.h for the spec language).
#include "args.h"

#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <limits.h>
#include <stdarg.h>

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
  int n, npos, nrequired; // npos: how many may be given by position
  Param p[MAX_PARAMS];
} Spec;

static int parse_spec(const char *spec, va_list ap, Spec *s) {
  memset(s, 0, sizeof *s);
  s->style = *spec++;
  bool optional = false, kwonly = false;
  const char *names = strchr(spec, ':');
  for (; *spec && *spec != ':'; spec++) {
    if (*spec == '|') optional = true;
    else if (*spec == '$') kwonly = true;
    else if (s->n < MAX_PARAMS) {
      Param *p = &s->p[s->n++];
      p->code = *spec;
      p->optional = optional;
      p->kwonly = kwonly;
      p->out = va_arg(ap, void *);
      if (!kwonly) s->npos++;
      if (!optional) s->nrequired++;
    }
  }
  for (int i = 0; i < s->n && names; i++) {
    names++;
    const char *end = strchr(names, ',');
    size_t len = end ? (size_t)(end - names) : strlen(names);
    s->p[i].name = names;
    s->p[i].name_len = len;
    names = end;
  }
  return 0;
}

static const char *plural(ssize n) { return n == 1 ? "" : "s"; }

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
  case 'C':
    if (s->nrequired == s->npos)
      err_format(vm, vm->t.TypeError, "%s expected %d argument%s, got %zd",
                 fname, s->npos, plural(s->npos), n);
    else if (n < s->nrequired)
      err_format(vm, vm->t.TypeError,
                 "%s expected at least %d argument%s, got %zd", fname,
                 s->nrequired, plural(s->nrequired), n);
    else
      err_format(vm, vm->t.TypeError,
                 "%s expected at most %d argument%s, got %zd", fname, s->npos,
                 plural(s->npos), n);
    break;
  default:
    err_format(vm, vm->t.TypeError, "%s() takes at most %d argument%s (%zd given)",
               fname, s->npos, plural(s->npos), n);
  }
  return -1;
}

static int convert(Vm *vm, const char *fname, Param *p, int pos, Object *v) {
  switch (p->code) {
  case 'O':
    *(Object **)p->out = v;
    return 0;
  case 'U':
    if (!is_str(v)) {
      err_format(vm, vm->t.TypeError, "%s() argument %d must be str, not %s",
                 fname, pos, v->type->tp_name);
      return -1;
    }
    *(Object **)p->out = v;
    return 0;
  case 'n': {
    Object *i = number_index(vm, v);
    if (!i) return -1;
    bool ok;
    *(ssize *)p->out = int_as_ssize(vm, i, false, &ok);
    decref(vm, i);
    return ok ? 0 : -1;
  }
  case 'i': {
    Object *i = number_index(vm, v);
    if (!i) return -1;
    bool ok;
    int64_t x = int_as_i64(vm, i, &ok);
    decref(vm, i);
    if (ok && (x < INT_MIN || x > INT_MAX)) ok = false;
    if (!ok) {
      err_clear(vm);
      err_set(vm, vm->t.OverflowError,
              "Python int too large to convert to C int");
      return -1;
    }
    *(int *)p->out = (int)x;
    return 0;
  }
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

static int find_param(const Spec *s, Object *name) {
  for (int i = 0; i < s->n; i++)
    if (s->p[i].name_len == str_size(name) &&
        memcmp(s->p[i].name, str_data(name), str_size(name)) == 0)
      return i;
  return -1;
}

int no_keywords(Vm *vm, const char *fname, Object *kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return 0;
  err_format(vm, vm->t.TypeError, "%s() takes no keyword arguments", fname);
  return -1;
}

static int parse_keywords(Vm *vm, const char *fname, Spec *s,
                          Object *const *args, size_t nargs, Object *kwnames,
                          Object **given) {
  ssize nkw = tuple_size(kwnames);
  for (ssize k = 0; k < nkw; k++) {
    Object *name = tuple_get(kwnames, k);
    int i = find_param(s, name);
    if (i < 0) {
      err_format(vm, vm->t.TypeError,
                 "'%U' is an invalid keyword argument for %s()", name, fname);
      return -1;
    }
    if (given[i]) {
      err_format(vm, vm->t.TypeError,
                 "argument for %s() given by name ('%U') and position (%d)",
                 fname, name, i + 1);
      return -1;
    }
    given[i] = args[nargs + (size_t)k];
  }
  return 0;
}

int parse_args(Vm *vm, const char *fname, Object *const *args, size_t nargs,
               Object *kwnames, const char *spec, ...) {
  Spec s;
  va_list ap;
  va_start(ap, spec);
  parse_spec(spec, ap, &s);
  va_end(ap);
  bool has_kw = kwnames && tuple_size(kwnames) > 0;
  if (has_kw && s.style != 'K') return no_keywords(vm, fname, kwnames);
  if (nargs > (size_t)s.npos ||
      (s.style != 'K' && nargs < (size_t)s.nrequired))
    return arity_error(vm, fname, &s, nargs);
  Object *given[MAX_PARAMS] = {0};
  for (size_t i = 0; i < nargs; i++) given[i] = args[i];
  if (has_kw && parse_keywords(vm, fname, &s, args, nargs, kwnames, given) < 0)
    return -1;
  for (int i = 0; i < s.n; i++) {
    if (!given[i]) {
      if (s.p[i].optional) continue;
      if (s.p[i].kwonly)
        err_format(vm, vm->t.TypeError,
                   "%s() missing required keyword-only argument '%.*s'", fname,
                   (int)s.p[i].name_len, s.p[i].name);
      else
        err_format(vm, vm->t.TypeError,
                   "%s() missing required argument '%.*s' (pos %d)", fname,
                   (int)s.p[i].name_len, s.p[i].name, i + 1);
      return -1;
    }
    if (convert(vm, fname, &s.p[i], i + 1, given[i]) < 0) return -1;
  }
  return 0;
}
