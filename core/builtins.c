// builtins.c — the builtins module: the functions learners use (print, len,
// sorted, min/max, sum, isinstance, getattr, iter/next, ...), with CPython
// 3.11's argument handling and messages, and the built-in names in
// CPython's order (the order "Did you mean" suggestions scan them in).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "bigint.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "strformat.h"
#include "tbprint.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "unicode.h"
#include "vm.h"
#include "iter.h"

#define BUILTIN(name)                                                          \
  static Object *builtin_##name(Vm *vm, Object *self, Object *const *args,     \
                                size_t nargs, Object *kwnames)

Object *build_class(Vm *vm, Object *self, Object *const *args, size_t nargs,
                    Object *kwnames); // build_class.c

// ---- Output -----------------------------------------------------------------------------

// Where print() writes: stdout, stderr, or an object's write() method.
typedef struct PrintTarget {
  int stream; // VM_STDOUT / VM_STDERR, or 0 for [file]
  Object *file;
} PrintTarget;

static int emit(Vm *vm, PrintTarget *t, Object *s, const char *dflt) {
  if (t->stream) {
    if (s) vm_write(vm, t->stream, str_data(s), str_size(s));
    else vm_write(vm, t->stream, dflt, strlen(dflt));
    return 0;
  }
  Object *text = s ? newref(vm, s) : str_from_cstr(vm, dflt);
  Object *r = text ? call_method1(vm, t->file, vm->str.write, text) : NULL;
  xdecref(vm, text);
  if (!r) return -1;
  decref(vm, r);
  return 0;
}

static Object *sys_attr(Vm *vm, const char *name) {
  return vm->sys_module ? dict_get_cstr(vm, module_dict(vm->sys_module), name)
                        : NULL;
}

BUILTIN(print) {
  UNUSED(self);
  Object *sep = NULL, *end = NULL, *file = NULL;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object *name = tuple_get(kwnames, k), *v = args[nargs + (size_t)k];
    if (str_eq_cstr(name, "sep")) sep = v;
    else if (str_eq_cstr(name, "end")) end = v;
    else if (str_eq_cstr(name, "file")) file = v;
    else if (!str_eq_cstr(name, "flush"))
      return err_format(vm, vm->t.TypeError,
                        "'%U' is an invalid keyword argument for print()", name);
  }
  if (sep == vm->none) sep = NULL;
  if (end == vm->none) end = NULL;
  if (file == vm->none) file = NULL;
  if (sep && !is_str(sep))
    return err_format(vm, vm->t.TypeError, "sep must be None or a string, not %s",
                      sep->type->tp_name);
  if (end && !is_str(end))
    return err_format(vm, vm->t.TypeError, "end must be None or a string, not %s",
                      end->type->tp_name);
  if (!file) {
    file = sys_attr(vm, "stdout");
    if (!file || file == vm->none) return vm_none(vm); // print does nothing
  }
  PrintTarget t = {sys_stream_of(file), file};
  for (size_t i = 0; i < nargs; i++) {
    if (i > 0 && emit(vm, &t, sep, " ") < 0) return NULL;
    Object *s = obj_str(vm, args[i]);
    if (!s) return NULL;
    int r = emit(vm, &t, s, "");
    decref(vm, s);
    if (r < 0) return NULL;
  }
  return emit(vm, &t, end, "\n") < 0 ? NULL : vm_none(vm);
}

BUILTIN(input) {
  UNUSED(self);
  Object *prompt = NULL;
  if (parse_args(vm, "input", args, nargs, kwnames, "C|O:prompt", &prompt) < 0)
    return NULL;
  if (prompt) {
    Object *s = obj_str(vm, prompt);
    if (!s) return NULL;
    vm_write(vm, VM_STDOUT, str_data(s), str_size(s));
    decref(vm, s);
  }
  err_set(vm, vm->t.EOFError, "EOF when reading a line");
  return NULL;
}

// ---- Introspection and attributes ---------------------------------------------------------

BUILTIN(len) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "len", args, nargs, kwnames, "1O:obj", &o) < 0) return NULL;
  ssize n = obj_len(vm, o);
  return n < 0 ? NULL : int_from_i64(vm, n);
}

BUILTIN(id) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "id", args, nargs, kwnames, "1O:obj", &o) < 0) return NULL;
  return int_from_i64(vm, (int64_t)(intptr_t)o);
}

BUILTIN(hash) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "hash", args, nargs, kwnames, "1O:obj", &o) < 0) return NULL;
  int64_t h = obj_hash(vm, o);
  return h == -1 && vm->exc ? NULL : int_from_i64(vm, h);
}

BUILTIN(repr) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "repr", args, nargs, kwnames, "1O:obj", &o) < 0) return NULL;
  return obj_repr(vm, o);
}

BUILTIN(ascii) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "ascii", args, nargs, kwnames, "1O:obj", &o) < 0) return NULL;
  return obj_ascii(vm, o);
}

BUILTIN(format) {
  UNUSED(self);
  Object *v, *spec = NULL;
  if (parse_args(vm, "format", args, nargs, kwnames, "CO|U:value,format_spec", &v,
                 &spec) < 0)
    return NULL;
  return obj_format(vm, v, spec ? spec : vm->empty_str);
}

BUILTIN(callable) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "callable", args, nargs, kwnames, "1O:obj", &o) < 0)
    return NULL;
  return vm_bool(vm, obj_is_callable(o));
}

static int attr_name(Vm *vm, Object *name) {
  if (is_str(name)) return 0;
  err_format(vm, vm->t.TypeError, "attribute name must be string, not '%s'",
             name->type->tp_name);
  return -1;
}

BUILTIN(getattr) {
  UNUSED(self);
  Object *o, *name, *dflt = NULL;
  if (parse_args(vm, "getattr", args, nargs, kwnames,
                 "COO|O:object,name,default", &o, &name, &dflt) < 0 ||
      attr_name(vm, name) < 0)
    return NULL;
  if (!dflt) return obj_getattr(vm, o, name);
  Object *r = obj_lookup_attr(vm, o, name);
  if (r || vm->exc) return r;
  return newref(vm, dflt);
}

BUILTIN(setattr) {
  UNUSED(self);
  Object *o, *name, *v;
  if (parse_args(vm, "setattr", args, nargs, kwnames, "COOO:obj,name,value", &o,
                 &name, &v) < 0 ||
      attr_name(vm, name) < 0)
    return NULL;
  return obj_setattr(vm, o, name, v) < 0 ? NULL : vm_none(vm);
}

BUILTIN(delattr) {
  UNUSED(self);
  Object *o, *name;
  if (parse_args(vm, "delattr", args, nargs, kwnames, "COO:obj,name", &o,
                 &name) < 0 ||
      attr_name(vm, name) < 0)
    return NULL;
  return obj_delattr(vm, o, name) < 0 ? NULL : vm_none(vm);
}

BUILTIN(hasattr) {
  UNUSED(self);
  Object *o, *name;
  if (parse_args(vm, "hasattr", args, nargs, kwnames, "COO:obj,name", &o,
                 &name) < 0 ||
      attr_name(vm, name) < 0)
    return NULL;
  int r = obj_hasattr(vm, o, name);
  return r < 0 ? NULL : vm_bool(vm, r);
}

BUILTIN(isinstance) {
  UNUSED(self);
  Object *o, *cls;
  if (parse_args(vm, "isinstance", args, nargs, kwnames, "COO:obj,class_or_tuple",
                 &o, &cls) < 0)
    return NULL;
  int r = obj_isinstance_full(vm, o, cls);
  return r < 0 ? NULL : vm_bool(vm, r);
}

BUILTIN(issubclass) {
  UNUSED(self);
  Object *o, *cls;
  if (parse_args(vm, "issubclass", args, nargs, kwnames, "COO:cls,class_or_tuple",
                 &o, &cls) < 0)
    return NULL;
  int r = obj_issubclass_full(vm, o, cls);
  return r < 0 ? NULL : vm_bool(vm, r);
}

BUILTIN(dir) {
  UNUSED(self);
  Object *o = NULL;
  if (parse_args(vm, "dir", args, nargs, kwnames, "C|O:object", &o) < 0)
    return NULL;
  if (!o) {
    Frame *f = vm->frame;
    Object *d = f && f->locals ? f->locals : f ? f->globals : NULL;
    Object *l = d ? dict_keys_list(vm, d) : list_new(vm, 0);
    if (l && list_sort(vm, l, NULL, false) < 0) clear_ref(vm, &l);
    return l;
  }
  return object_dir(vm, o);
}

BUILTIN(vars) {
  UNUSED(self);
  Object *o = NULL;
  if (parse_args(vm, "vars", args, nargs, kwnames, "C|O:object", &o) < 0)
    return NULL;
  if (!o) {
    Frame *f = vm->frame;
    return newref(vm, f && f->locals ? f->locals : f ? f->globals : vm->none);
  }
  Object *d = obj_lookup_attr(vm, o, vm->str.dict);
  if (!d && !vm->exc)
    err_set(vm, vm->t.TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

BUILTIN(globals) {
  UNUSED(self);
  if (parse_args(vm, "globals", args, nargs, kwnames, "N") < 0) return NULL;
  return newref(vm, vm->frame ? vm->frame->globals : vm->none);
}

BUILTIN(locals) {
  UNUSED(self);
  if (parse_args(vm, "locals", args, nargs, kwnames, "N") < 0) return NULL;
  Frame *f = vm->frame;
  if (!f) return dict_new(vm);
  if (f->locals) return newref(vm, f->locals);
  FrameObject *fo = frame_materialize(vm, f);
  return fo ? obj_getattr_cstr(vm, AS_OBJ(fo), "f_locals") : NULL;
}

// ---- Iteration --------------------------------------------------------------------------------

BUILTIN(iter) {
  UNUSED(self);
  Object *o, *sentinel = NULL;
  if (parse_args(vm, "iter", args, nargs, kwnames, "CO|O:object,sentinel", &o,
                 &sentinel) < 0)
    return NULL;
  if (!sentinel) return obj_get_iter(vm, o);
  if (!obj_is_callable(o))
    return err_format(vm, vm->t.TypeError, "iter(v, w): v must be callable");
  return calliter_new(vm, o, sentinel);
}

BUILTIN(next) {
  UNUSED(self);
  Object *it, *dflt = NULL;
  if (parse_args(vm, "next", args, nargs, kwnames, "CO|O:iterator,default", &it,
                 &dflt) < 0)
    return NULL;
  if (!it->type->iternext)
    return err_format(vm, vm->t.TypeError, "'%s' object is not an iterator",
                      it->type->tp_name);
  Object *r = it->type->iternext(vm, it);
  if (r) return r;
  if (vm->exc && !err_matches(vm, vm->t.StopIteration)) return NULL;
  if (dflt) {
    err_clear(vm);
    return newref(vm, dflt);
  }
  if (!vm->exc) err_set_object(vm, vm->t.StopIteration, NULL);
  return NULL;
}

static Object *all_any(Vm *vm, Object *iterable, bool want) {
  Object *it = obj_get_iter(vm, iterable);
  if (!it) return NULL;
  Object *item;
  while ((item = iter_next(vm, it)) != NULL) {
    int t = obj_is_true(vm, item);
    decref(vm, item);
    if (t < 0) break;
    if ((t != 0) == want) {
      decref(vm, it);
      return vm_bool(vm, want);
    }
  }
  decref(vm, it);
  return vm->exc ? NULL : vm_bool(vm, !want);
}

BUILTIN(all) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "all", args, nargs, kwnames, "1O:iterable", &o) < 0) return NULL;
  return all_any(vm, o, false);
}

BUILTIN(any) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "any", args, nargs, kwnames, "1O:iterable", &o) < 0) return NULL;
  return all_any(vm, o, true);
}

BUILTIN(sorted) {
  UNUSED(self);
  if (nargs != 1)
    return err_format(vm, vm->t.TypeError, "sorted expected 1 argument, got %zd",
                      (ssize)nargs);
  // The list first, then list.sort's own argument parsing (as CPython).
  Object *l = list_from_iterable(vm, args[0]);
  if (!l) return NULL;
  Object *key = NULL;
  int reverse = 0;
  if (parse_args(vm, "sort", args + 1, 0, kwnames, "K|$Oi:key,reverse", &key,
                 &reverse) < 0 ||
      list_sort(vm, l, key == vm->none ? NULL : key, reverse) < 0) {
    decref(vm, l);
    return NULL;
  }
  return l;
}

// min() and max(): one iterable or several arguments, key=, default=.
static Object *min_max(Vm *vm, Object *const *args, size_t nargs,
                       Object *kwnames, int op, const char *name) {
  Object *key = NULL, *dflt = NULL;
  if (nargs == 0)
    return err_format(vm, vm->t.TypeError, "%s expected at least 1 argument, got 0",
                      name);
  if (parse_args(vm, name, args + nargs, 0, kwnames, "K|$OO:key,default", &key,
                 &dflt) < 0)
    return NULL;
  if (key == vm->none) key = NULL;
  if (nargs > 1 && dflt)
    return err_format(vm, vm->t.TypeError,
                      "Cannot specify a default for %s() with multiple positional "
                      "arguments",
                      name);
  Object *seq = nargs == 1 ? args[0] : NULL;
  Object *it = seq ? obj_get_iter(vm, seq) : tuple_from_array(vm, args, (ssize)nargs);
  if (!it) return NULL;
  if (!seq) {
    Object *t = it;
    it = obj_get_iter(vm, t);
    decref(vm, t);
    if (!it) return NULL;
  }
  Object *best = NULL, *best_key = NULL, *item;
  while ((item = iter_next(vm, it)) != NULL) {
    Object *k = key ? obj_call1(vm, key, item) : newref(vm, item);
    if (!k) {
      decref(vm, item);
      goto fail;
    }
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int c = obj_richcompare_bool(vm, k, best_key, op);
    if (c < 0) {
      decref(vm, item);
      decref(vm, k);
      goto fail;
    }
    if (c) {
      set_ref(vm, &best, item);
      set_ref(vm, &best_key, k);
    } else {
      decref(vm, item);
      decref(vm, k);
    }
  }
  if (vm->exc) goto fail;
  decref(vm, it);
  xdecref(vm, best_key);
  if (best) return best;
  if (dflt) return newref(vm, dflt);
  return err_format(vm, vm->t.ValueError, "%s() arg is an empty sequence", name);
fail:
  decref(vm, it);
  xdecref(vm, best);
  xdecref(vm, best_key);
  return NULL;
}

BUILTIN(min) {
  UNUSED(self);
  return min_max(vm, args, nargs, kwnames, CMP_LT, "min");
}

BUILTIN(max) {
  UNUSED(self);
  return min_max(vm, args, nargs, kwnames, CMP_GT, "max");
}

BUILTIN(sum) {
  UNUSED(self);
  Object *iterable, *start = NULL;
  if (parse_args(vm, "sum", args, nargs, kwnames, "KO/|O:iterable,start",
                 &iterable, &start) < 0)
    return NULL;
  if (start && is_str(start))
    return err_format(vm, vm->t.TypeError,
                      "sum() can't sum strings [use ''.join(seq) instead]");
  if (start && is_bytes(start))
    return err_format(vm, vm->t.TypeError,
                      "sum() can't sum bytes [use b''.join(seq) instead]");
  Object *it = obj_get_iter(vm, iterable);
  if (!it) return NULL;
  Object *total = start ? newref(vm, start) : int_from_i64(vm, 0), *item;
  while (total && (item = iter_next(vm, it)) != NULL) {
    Object *r = number_binop(vm, total, item, NB_ADD);
    decref(vm, item);
    set_ref(vm, &total, r);
  }
  decref(vm, it);
  if (vm->exc) clear_ref(vm, &total);
  return total;
}

// ---- Numbers ------------------------------------------------------------------------------------

BUILTIN(abs) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "abs", args, nargs, kwnames, "1O:x", &o) < 0) return NULL;
  return number_absolute(vm, o);
}

BUILTIN(divmod) {
  UNUSED(self);
  Object *a, *b;
  if (parse_args(vm, "divmod", args, nargs, kwnames, "COO:x,y", &a, &b) < 0)
    return NULL;
  return number_binop(vm, a, b, NB_DIVMOD);
}

BUILTIN(pow) {
  UNUSED(self);
  Object *base, *exp, *mod = NULL;
  if (parse_args(vm, "pow", args, nargs, kwnames, "KOO|O:base,exp,mod", &base, &exp,
                 &mod) < 0)
    return NULL;
  if (!mod || mod == vm->none) return number_binop(vm, base, exp, NB_POW);
  return number_power3(vm, base, exp, mod);
}

BUILTIN(round) {
  UNUSED(self);
  Object *number, *nd = NULL;
  if (parse_args(vm, "round", args, nargs, kwnames, "KO|O:number,ndigits", &number,
                 &nd) < 0)
    return NULL;
  Object *m = lookup_special(vm, number, vm->str.round);
  if (!m) {
    if (!vm->exc)
      err_format(vm, vm->t.TypeError, "type %s doesn't define __round__ method",
                 number->type->tp_name);
    return NULL;
  }
  Object *r = nd && nd != vm->none ? obj_call1(vm, m, nd) : obj_call0(vm, m);
  decref(vm, m);
  return r;
}

static Object *to_base(Vm *vm, Object *const *args, size_t nargs,
                       Object *kwnames, const char *name, int base) {
  Object *o;
  if (parse_args(vm, name, args, nargs, kwnames, "1O:number", &o) < 0) return NULL;
  Object *i = number_index(vm, o);
  if (!i) return NULL;
  Object *r = int_to_base(vm, i, base, BIG_STR_PREFIX);
  decref(vm, i);
  return r;
}

BUILTIN(bin) {
  UNUSED(self);
  return to_base(vm, args, nargs, kwnames, "bin", 2);
}
BUILTIN(oct) {
  UNUSED(self);
  return to_base(vm, args, nargs, kwnames, "oct", 8);
}
BUILTIN(hex) {
  UNUSED(self);
  return to_base(vm, args, nargs, kwnames, "hex", 16);
}

BUILTIN(chr) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "chr", args, nargs, kwnames, "1O:i", &o) < 0) return NULL;
  Object *i = number_index(vm, o);
  if (!i) return NULL;
  bool ok;
  int64_t v = int_as_i64(vm, i, &ok);
  decref(vm, i);
  if (!ok) {
    err_clear(vm);
    err_set(vm, vm->t.OverflowError, "Python int too large to convert to C int");
    return NULL;
  }
  if (v < 0 || v > 0x10FFFF)
    return err_format(vm, vm->t.ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(vm, (uint32_t)v);
}

BUILTIN(ord) {
  UNUSED(self);
  Object *o;
  if (parse_args(vm, "ord", args, nargs, kwnames, "1O:c", &o) < 0) return NULL;
  if (is_str(o)) {
    if (str_len(o) != 1)
      return err_format(vm, vm->t.TypeError,
                        "ord() expected a character, but string of length %zd found",
                        (ssize)str_len(o));
    size_t i = 0;
    return int_from_i64(vm, utf8_next(str_data(o), &i));
  }
  if (is_bytes(o)) {
    BytesObject *b = (BytesObject *)o;
    if (b->size != 1)
      return err_format(vm, vm->t.TypeError,
                        "ord() expected a character, but string of length %zd found",
                        (ssize)b->size);
    return int_from_i64(vm, (unsigned char)b->data[0]);
  }
  return err_format(vm, vm->t.TypeError,
                    "ord() expected string of length 1, but %s found",
                    o->type->tp_name);
}

// ---- __import__ ---------------------------------------------------------------------------------

BUILTIN(import) {
  UNUSED(self);
  Object *name, *g = NULL, *l = NULL, *fromlist = NULL, *level = NULL;
  if (parse_args(vm, "__import__", args, nargs, kwnames,
                 "KU|OOOO:name,globals,locals,fromlist,level", &name, &g, &l,
                 &fromlist, &level) < 0)
    return NULL;
  return import_module(vm, name);
}

static const MethodDef builtin_functions[] = {
    {"__build_class__", build_class, 0, NULL},
    {"__import__", builtin_import, MD_SPECIALIZED, NULL},
    {"abs", builtin_abs, 0, NULL},
    {"all", builtin_all, 0, NULL},
    {"any", builtin_any, 0, NULL},
    {"ascii", builtin_ascii, 0, NULL},
    {"bin", builtin_bin, 0, NULL},
    {"callable", builtin_callable, 0, NULL},
    {"chr", builtin_chr, 0, NULL},
    {"delattr", builtin_delattr, MD_SPECIALIZED, NULL},
    {"dir", builtin_dir, 0, NULL},
    {"divmod", builtin_divmod, MD_SPECIALIZED, NULL},
    {"format", builtin_format, MD_SPECIALIZED, NULL},
    {"getattr", builtin_getattr, MD_SPECIALIZED, NULL},
    {"globals", builtin_globals, 0, NULL},
    {"hasattr", builtin_hasattr, MD_SPECIALIZED, NULL},
    {"hash", builtin_hash, 0, NULL},
    {"hex", builtin_hex, 0, NULL},
    {"id", builtin_id, 0, NULL},
    {"input", builtin_input, MD_SPECIALIZED, NULL},
    {"isinstance", builtin_isinstance, MD_SPECIALIZED, NULL},
    {"issubclass", builtin_issubclass, MD_SPECIALIZED, NULL},
    {"iter", builtin_iter, MD_SPECIALIZED, NULL},
    {"len", builtin_len, MD_SPECIALIZED, NULL},
    {"locals", builtin_locals, 0, NULL},
    {"max", builtin_max, 0, NULL},
    {"min", builtin_min, 0, NULL},
    {"next", builtin_next, MD_SPECIALIZED, NULL},
    {"oct", builtin_oct, 0, NULL},
    {"ord", builtin_ord, 0, NULL},
    {"pow", builtin_pow, MD_SPECIALIZED, NULL},
    {"print", builtin_print, MD_SPECIALIZED, NULL},
    {"repr", builtin_repr, 0, NULL},
    {"round", builtin_round, MD_SPECIALIZED, NULL},
    {"setattr", builtin_setattr, MD_SPECIALIZED, NULL},
    {"sorted", builtin_sorted, MD_SPECIALIZED, NULL},
    {"sum", builtin_sum, MD_SPECIALIZED, NULL},
    {"vars", builtin_vars, 0, NULL},
    {NULL, NULL, 0, NULL}};

static int add(Vm *vm, Object *d, const char *name, Object *v) {
  return dict_set_cstr(vm, d, name, v);
}

int site_builtins_init(Vm *vm, Object *builtins); // sitebuiltins.c

int builtins_module_init(Vm *vm) {
  Object *m = module_new(vm, "builtins");
  if (!m) return -1;
  vm->builtins_module = m;
  Object *d = module_dict(m);
  vm->builtins = d;
  if (add(vm, d, "__package__", vm->empty_str) < 0 ||
      add(vm, d, "__loader__", vm->none) < 0 || add(vm, d, "__spec__", vm->none) < 0)
    return -1;
  if (builtins_add_functions(vm, d, builtin_functions, m, NULL) < 0) return -1;
  struct { const char *name; Object *value; } consts[] = {
      {"None", vm->none}, {"Ellipsis", vm->ellipsis},
      {"NotImplemented", vm->notimpl}, {"False", vm->false_}, {"True", vm->true_}};
  for (size_t i = 0; i < COUNT_OF(consts); i++)
    if (add(vm, d, consts[i].name, consts[i].value) < 0) return -1;
  TypeObject *types[] = {
      vm->t.bool_, vm->t.bytes, vm->t.classmethod, vm->t.complex, vm->t.dict,
      vm->t.enumerate, vm->t.filter, vm->t.float_, vm->t.frozenset,
      vm->t.property, vm->t.int_, vm->t.list, vm->t.map, vm->t.object,
      vm->t.range, vm->t.reversed, vm->t.set, vm->t.slice, vm->t.staticmethod,
      vm->t.str, vm->t.super, vm->t.tuple, vm->t.type, vm->t.zip};
  for (size_t i = 0; i < COUNT_OF(types); i++)
    if (add(vm, d, types[i]->tp_name, AS_OBJ(types[i])) < 0) return -1;
  if (add(vm, d, "__debug__", vm->true_) < 0) return -1;
#define ADD_EXC(name, base)                                                    \
  if (add(vm, d, #name, AS_OBJ(vm->t.name)) < 0) return -1;
  EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
  if (site_builtins_init(vm, d) < 0) return -1;
  // Aliases kept since Python 3.3.
  if (add(vm, d, "EnvironmentError", AS_OBJ(vm->t.OSError)) < 0 ||
      add(vm, d, "IOError", AS_OBJ(vm->t.OSError)) < 0)
    return -1;
  return 0;
}
