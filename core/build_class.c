// build_class.c — __build_class__ (what a class statement calls): choose the
// metaclass, prepare the namespace, run the class body with it as locals,
// call the metaclass, and check the __class__ cell; and the `super` type
// (zero-argument form through the __class__ cell and the first argument).
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "func.h"
#include "list.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// Runs a class body (a zero-argument function) with [ns] as its locals.
static Object *run_class_body(Vm *vm, Object *func, Object *ns) {
  FunctionObject *fn = (FunctionObject *)func;
  CodeObject *co = fn->code;
  Frame *f = eval_push_function_frame(vm, func, NULL, 0, NULL, false);
  if (!f) return NULL;
  f->locals = newref(vm, ns);
  if (TRACE_FRAME(vm, f)) {
    trace_emit(vm, EV_NAMESPACE, 0, 0, f->serial, trace_obj(vm, ns), 0);
  }
  UNUSED(co);
  bool yielded;
  return eval_frame(vm, f, &yielded);
}

static TypeObject *winner_metaclass(Vm *vm, TypeObject *meta, Object *bases) {
  TypeObject *winner = meta;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    TypeObject *t = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, t)) continue;
    if (type_is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    err_set(vm, vm->t.TypeError,
            "metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases");
    return NULL;
  }
  return winner;
}

// ns["__orig_bases__"] = the bases as written.
static int set_orig_bases(Vm *vm, Object *ns, Object *orig_bases) {
  Object *key = str_intern_cstr(vm, "__orig_bases__");
  int r = key ? obj_setitem(vm, ns, key, orig_bases) : -1;
  xdecref(vm, key);
  return r;
}

// list(bases[:n]).
static Object *tuple_slice_list(Vm *vm, Object *bases, ssize n) {
  Object *l = list_new_with_capacity(vm, n);
  for (ssize i = 0; l && i < n; i++)
    if (list_append(vm, l, tuple_get(bases, i)) < 0) clear_ref(vm, &l);
  return l;
}

// The bases from [bases] after __mro_entries__ (update_bases): a base that is
// not a class but has one is replaced by the tuple it returns, so
// `class C(list[int])` derives from list. [bases] itself (a new reference)
// when nothing changed.
static Object *update_bases(Vm *vm, Object *bases) {
  Object *name = str_intern_cstr(vm, "__mro_entries__"), *out = NULL;
  for (ssize i = 0; name && i < tuple_size(bases); i++) {
    Object *base = tuple_get(bases, i);
    Object *meth = obj_is_type(base) ? NULL : obj_lookup_attr(vm, base, name);
    if (!meth && err_occurred(vm)) goto fail;
    if (!meth) {
      if (out && list_append(vm, out, base) < 0) goto fail;
      continue;
    }
    Object *entries = obj_call1(vm, meth, bases);
    decref(vm, meth);
    if (entries && !is_tuple(entries)) {
      err_set(vm, vm->t.TypeError, "__mro_entries__ must return a tuple");
      clear_ref(vm, &entries);
    }
    if (!out && entries) out = tuple_slice_list(vm, bases, i);
    int r = entries && out ? list_extend(vm, out, entries) : -1;
    xdecref(vm, entries);
    if (r < 0) goto fail;
  }
  xdecref(vm, name);
  if (!out) return err_occurred(vm) ? NULL : newref(vm, bases);
  Object *t = list_as_tuple(vm, out);
  decref(vm, out);
  return t;
fail:
  xdecref(vm, name);
  xdecref(vm, out);
  return NULL;
}

Object *build_class(Vm *vm, Object *self, Object *const *args, size_t nargs,
                    Object *kwnames) {
  UNUSED(self);
  if (nargs < 2) {
    err_set(vm, vm->t.TypeError, "__build_class__: not enough arguments");
    return NULL;
  }
  Object *func = args[0], *name = args[1];
  if (func->type != vm->t.function) {
    err_set(vm, vm->t.TypeError, "__build_class__: func must be a function");
    return NULL;
  }
  if (!is_str(name)) {
    err_set(vm, vm->t.TypeError, "__build_class__: name is not a string");
    return NULL;
  }
  Object *orig_bases = tuple_from_array(vm, args + 2, (ssize)nargs - 2);
  Object *bases = orig_bases ? update_bases(vm, orig_bases) : NULL;
  if (!bases) {
    xdecref(vm, orig_bases);
    return NULL;
  }
  // The class keywords become a dict only when there are some (mkw).
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object *meta = NULL, *kwargs = nkw ? dict_new(vm) : NULL;
  for (ssize k = 0; kwargs && k < nkw; k++) {
    Object *kn = tuple_get(kwnames, k), *v = args[nargs + (size_t)k];
    if (str_eq_cstr(kn, "metaclass")) meta = v;
    else if (dict_set(vm, kwargs, kn, v) < 0) break;
  }
  Object *cls = NULL, *ns = NULL;
  if ((nkw && !kwargs) || vm->exc) goto done;
  if (kwargs && dict_size(kwargs) == 0) clear_ref(vm, &kwargs);
  bool is_class = !meta || obj_is_type(meta);
  if (!meta) meta = tuple_size(bases) ? AS_OBJ(tuple_get(bases, 0)->type)
                                      : AS_OBJ(vm->t.type);
  if (is_class) {
    TypeObject *w = winner_metaclass(vm, (TypeObject *)meta, bases);
    if (!w) goto done;
    meta = AS_OBJ(w);
  }
  Object *prep = obj_lookup_attr(vm, meta, vm->str.prepare);
  if (prep && !kwargs) { // a vectorcall: no argument tuple
    Object *pargs[2] = {name, bases};
    ns = obj_call(vm, prep, pargs, 2, NULL);
    decref(vm, prep);
  } else if (prep) {
    Object *pt = tuple_pack(vm, 2, name, bases);
    ns = pt ? obj_call_tuple_dict(vm, prep, pt, kwargs) : NULL;
    xdecref(vm, pt);
    decref(vm, prep);
  } else if (!vm->exc) {
    ns = dict_new(vm);
  }
  if (!ns) goto done;
  Object *cell = run_class_body(vm, func, ns);
  if (!cell) goto done;
  if (bases != orig_bases &&
      set_orig_bases(vm, ns, orig_bases) < 0) {
    decref(vm, cell);
    goto done;
  }
  Object *call_args = tuple_pack(vm, 3, name, bases, ns);
  if (call_args) {
    cls = obj_call_tuple_dict(vm, meta, call_args, kwargs);
    decref(vm, call_args);
  }
  if (cls && cell->type == vm->t.cell) {
    Object *v = ((CellObject *)cell)->ref;
    if (v != cls) {
      if (!v)
        err_format(vm, vm->t.RuntimeError,
                   "__class__ not set defining %R as %R. Was __classcell__ "
                   "propagated to type.__new__?",
                   name, cls);
      else
        err_format(vm, vm->t.TypeError,
                   "__class__ set to %R defining %R as %R", v, name, cls);
      clear_ref(vm, &cls);
    }
  }
  decref(vm, cell);
done:
  xdecref(vm, ns);
  xdecref(vm, kwargs);
  decref(vm, bases);
  decref(vm, orig_bases);
  return cls;
}

// ---- super ---------------------------------------------------------------------------

typedef struct SuperObject {
  Object ob;
  TypeObject *type;     // the class super() was called in
  Object *obj;          // the instance (or class)
  TypeObject *obj_type; // type(obj), or obj itself for classmethods
} SuperObject;

static TypeObject *supercheck(Vm *vm, TypeObject *type, Object *obj) {
  if (obj_is_type(obj) && type_is_subtype((TypeObject *)obj, type))
    return (TypeObject *)obj;
  if (type_is_subtype(obj->type, type)) return obj->type;
  err_set(vm, vm->t.TypeError,
          "super(type, obj): obj must be an instance or subtype of type");
  return NULL;
}

// super() with no arguments: the __class__ cell and the first argument of
// the calling frame.
static int super_from_frame(Vm *vm, TypeObject **type, Object **obj) {
  Frame *f = vm->frame;
  if (!f || !f->func) {
    err_set(vm, vm->t.RuntimeError, "super(): no arguments");
    return -1;
  }
  CodeObject *co = f->code;
  if (co->argcount == 0) {
    err_set(vm, vm->t.RuntimeError, "super(): no arguments");
    return -1;
  }
  Object *first = f->localsplus[0];
  if (first && (co->localspluskinds[0] & LK_CELL))
    first = ((CellObject *)first)->ref;
  if (!first) {
    err_set(vm, vm->t.RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  for (int i = 0; i < co->nlocalsplus; i++) {
    if (!(co->localspluskinds[i] & LK_FREE)) continue;
    if (!str_eq_cstr(tuple_get(co->localsplusnames, i), "__class__")) continue;
    Object *cls = ((CellObject *)f->localsplus[i])->ref;
    if (!cls) {
      err_set(vm, vm->t.RuntimeError, "super(): empty __class__ cell");
      return -1;
    }
    if (!obj_is_type(cls)) {
      err_format(vm, vm->t.RuntimeError, "super(): __class__ is not a type (%s)",
                 cls->type->tp_name);
      return -1;
    }
    *type = (TypeObject *)cls;
    *obj = first;
    return 0;
  }
  err_set(vm, vm->t.RuntimeError, "super(): __class__ cell not found");
  return -1;
}

static Object *super_tp_new(Vm *vm, TypeObject *t, Object *const *args,
                            size_t nargs, Object *kwnames) {
  Object *type = NULL, *obj = NULL;
  if (parse_args(vm, "super", args, nargs, kwnames, "C|OO:type,object", &type,
                 &obj) < 0)
    return NULL;
  TypeObject *ty;
  if (!type) {
    if (super_from_frame(vm, &ty, &obj) < 0) return NULL;
  } else {
    if (!obj_is_type(type))
      return err_format(vm, vm->t.TypeError,
                        "super() argument 1 must be a type, not %s",
                        type->type->tp_name);
    ty = (TypeObject *)type;
  }
  if (obj == vm->none) obj = NULL;
  TypeObject *ot = NULL;
  if (obj && !(ot = supercheck(vm, ty, obj))) return NULL;
  SuperObject *s = (SuperObject *)obj_alloc(vm, t, sizeof(SuperObject));
  if (!s) return NULL;
  s->type = (TypeObject *)newref(vm, AS_OBJ(ty));
  s->obj = xnewref(vm, obj);
  s->obj_type = (TypeObject *)xnewref(vm, AS_OBJ(ot));
  gc_track(vm, AS_OBJ(s));
  return AS_OBJ(s);
}

static Object *super_getattro(Vm *vm, Object *o, Object *name) {
  SuperObject *s = (SuperObject *)o;
  if (s->obj_type && !str_eq_cstr(name, "__class__")) {
    Object *mro = s->obj_type->mro;
    ssize n = tuple_size(mro), i = 0;
    while (i < n && tuple_get(mro, i) != AS_OBJ(s->type)) i++;
    for (i++; i < n; i++) {
      TypeObject *t = (TypeObject *)tuple_get(mro, i);
      Object *res = dict_get_str(vm, t->dict, name);
      if (!res) continue;
      DescrGetFn get = res->type->descr_get;
      if (get)
        return get(vm, res, s->obj == AS_OBJ(s->obj_type) ? NULL : s->obj,
                   AS_OBJ(s->obj_type));
      return newref(vm, res);
    }
  }
  return generic_getattr(vm, o, name);
}

static Object *super_repr(Vm *vm, Object *o) {
  SuperObject *s = (SuperObject *)o;
  if (s->obj_type)
    return str_from_format(vm, "<super: <class '%s'>, <%s object>>",
                           s->type->tp_name, s->obj_type->tp_name);
  return str_from_format(vm, "<super: <class '%s'>, NULL>", s->type->tp_name);
}

static int super_traverse(Object *o, VisitFn visit, void *arg) {
  SuperObject *s = (SuperObject *)o;
  int r;
  if (s->obj && (r = visit(s->obj, arg))) return r;
  if ((r = visit(AS_OBJ(s->type), arg))) return r;
  return s->obj_type ? visit(AS_OBJ(s->obj_type), arg) : 0;
}

static void super_dealloc(Vm *vm, Object *o) {
  SuperObject *s = (SuperObject *)o;
  clear_ref(vm, &s->obj);
  clear_ref(vm, (Object **)&s->type);
  clear_ref(vm, (Object **)&s->obj_type);
  obj_free_memory(vm, o);
}

void super_type_init(Vm *vm) {
  TypeObject *t = vm->t.super;
  t->py_basicsize = 40;
  t->alloc_size = sizeof(SuperObject);
  t->flags |= TPF_HAVE_GC;
  t->tp_new = super_tp_new;
  t->getattro = super_getattro;
  t->repr = super_repr;
  t->traverse = super_traverse;
  t->dealloc = super_dealloc;
}
