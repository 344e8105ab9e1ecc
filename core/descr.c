// descr.c — how C functions and attributes appear in Python: builtin
// functions and methods, method/classmethod/getset/member/wrapper
// descriptors, method-wrapper, property, staticmethod, classmethod and
// mappingproxy (type.__dict__). Messages follow CPython's descrobject.c.
#include "abstract.h"
#include "args.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

typedef struct SlotDef SlotDef;
Object *slot_wrapper_call(Vm *vm, const SlotDef *d, TypeObject *t,
                          Object *self, Object *const *args, size_t nargs,
                          Object *kwnames);
const char *slotdef_name(const SlotDef *d);

// ---- builtin_function_or_method ------------------------------------------------------

Object *builtin_new(Vm *vm, const MethodDef *def, Object *self, Object *module) {
  BuiltinObject *b =
      (BuiltinObject *)obj_alloc(vm, vm->t.builtin, sizeof(BuiltinObject));
  if (!b) return NULL;
  b->def = def;
  b->self = xnewref(vm, self);
  b->module = xnewref(vm, module);
  gc_track(vm, AS_OBJ(b));
  return AS_OBJ(b);
}

int builtins_add_functions(Vm *vm, Object *dict, const MethodDef *defs,
                           Object *self, Object *module) {
  // A module's functions keep its name (m_module): len.__module__.
  if (!module && self && self->type == vm->t.module)
    module = dict_get_cstr(vm, module_dict(self), "__name__");
  for (; defs->name; defs++) {
    Object *f = builtin_new(vm, defs, self, module);
    if (!f || dict_set_cstr(vm, dict, defs->name, f) < 0) {
      xdecref(vm, f);
      return -1;
    }
    decref(vm, f);
  }
  return 0;
}

static Object *builtin_call(Vm *vm, Object *o, Object *const *args,
                            size_t nargs, Object *kwnames) {
  BuiltinObject *b = (BuiltinObject *)o;
  if (vm_enter_c(vm, " while calling a Python object") < 0) return NULL;
  Object *r = b->def->func(vm, b->self, args, nargs, kwnames);
  vm_leave_c(vm);
  return r;
}

Object *builtin_call_bytecode(Vm *vm, Object *o, Object *const *args,
                              size_t nargs, Object *kwnames, bool quick) {
  BuiltinObject *b = (BuiltinObject *)o;
  if (!quick || !(b->def->flags & MD_SPECIALIZED))
    return builtin_call(vm, o, args, nargs, kwnames);
  if (vm_enter_stack(vm) < 0) return NULL; // the C stack still needs a bound
  Object *r = b->def->func(vm, b->self, args, nargs, kwnames);
  vm_leave_stack(vm);
  return r;
}

static bool builtin_is_method(BuiltinObject *b) {
  return b->self && b->self->type->layout != LAYOUT_MODULE;
}

static Object *builtin_repr(Vm *vm, Object *o) {
  BuiltinObject *b = (BuiltinObject *)o;
  if (!builtin_is_method(b))
    return str_from_format(vm, "<built-in function %s>", b->def->name);
  if (obj_is_type(b->self))
    return str_from_format(vm, "<built-in method %s of type object at %p>",
                           b->def->name, (void *)b->self);
  return str_from_format(vm, "<built-in method %s of %s object at %p>",
                         b->def->name, b->self->type->tp_name, (void *)b->self);
}

static int builtin_traverse(Object *o, VisitFn visit, void *arg) {
  BuiltinObject *b = (BuiltinObject *)o;
  if (b->self) {
    int r = visit(b->self, arg);
    if (r) return r;
  }
  return b->module ? visit(b->module, arg) : 0;
}

static void builtin_dealloc(Vm *vm, Object *o) {
  BuiltinObject *b = (BuiltinObject *)o;
  clear_ref(vm, &b->self);
  clear_ref(vm, &b->module);
  obj_free_memory(vm, o);
}

static Object *builtin_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || a->type != b->type) return vm_notimpl(vm);
  BuiltinObject *x = (BuiltinObject *)a, *y = (BuiltinObject *)b;
  bool eq = x->def == y->def && x->self == y->self;
  return vm_bool(vm, op == CMP_EQ ? eq : !eq);
}

static int64_t builtin_hash(Vm *vm, Object *o) {
  UNUSED(vm);
  BuiltinObject *b = (BuiltinObject *)o;
  return (int64_t)(((uintptr_t)b->def >> 4) ^ (uintptr_t)b->self);
}

static Object *builtin_get_name(Vm *vm, Object *o) {
  return str_from_cstr(vm, ((BuiltinObject *)o)->def->name);
}
static Object *builtin_get_qualname(Vm *vm, Object *o) {
  BuiltinObject *b = (BuiltinObject *)o;
  if (!builtin_is_method(b)) return str_from_cstr(vm, b->def->name);
  TypeObject *t = obj_is_type(b->self) ? (TypeObject *)b->self : b->self->type;
  return str_from_format(vm, "%s.%s", t->tp_name, b->def->name);
}
static Object *builtin_get_self(Vm *vm, Object *o) {
  Object *s = ((BuiltinObject *)o)->self;
  return newref(vm, s ? s : vm->none);
}
static Object *builtin_get_module(Vm *vm, Object *o) {
  Object *m = ((BuiltinObject *)o)->module;
  return newref(vm, m ? m : vm->none);
}
static Object *builtin_get_doc(Vm *vm, Object *o) {
  const char *d = ((BuiltinObject *)o)->def->doc;
  return d ? str_from_cstr(vm, d) : vm_none(vm);
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, NULL},
    {"__doc__", builtin_get_doc, NULL},
    {NULL, NULL, NULL}};

// ---- method_descriptor / classmethod_descriptor ---------------------------------------

static DescrObject *descr_alloc(Vm *vm, TypeObject *dtype, TypeObject *owner,
                                const char *name) {
  DescrObject *d = (DescrObject *)obj_alloc(vm, dtype, sizeof(DescrObject));
  if (!d) return NULL;
  d->owner = (TypeObject *)newref(vm, AS_OBJ(owner));
  d->name = str_intern_cstr(vm, name);
  gc_track(vm, AS_OBJ(d));
  return d;
}

Object *descr_new_method(Vm *vm, TypeObject *owner, const MethodDef *def) {
  if (def->flags & MD_STATIC) {
    Object *f = builtin_new(vm, def, NULL, NULL);
    Object *sm = f ? staticmethod_new(vm, f) : NULL;
    xdecref(vm, f);
    return sm;
  }
  TypeObject *dt = def->flags & MD_CLASS ? vm->t.classmethod_descr
                                         : vm->t.method_descr;
  DescrObject *d = descr_alloc(vm, dt, owner, def->name);
  if (d) d->method = def;
  return AS_OBJ(d);
}

static int descr_check(Vm *vm, DescrObject *d, Object *obj) {
  if (obj_is_instance_of(obj, d->owner)) return 0;
  err_format(vm, vm->t.TypeError,
             "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
             d->name, d->owner->tp_name, obj->type->tp_name);
  return -1;
}

static Object *method_descr_get(Vm *vm, Object *o, Object *obj, Object *type) {
  DescrObject *d = (DescrObject *)o;
  UNUSED(type);
  if (!obj) return newref(vm, o);
  if (descr_check(vm, d, obj) < 0) return NULL;
  return builtin_new(vm, d->method, obj, NULL);
}

static Object *method_descr_call(Vm *vm, Object *o, Object *const *args,
                                 size_t nargs, Object *kwnames) {
  DescrObject *d = (DescrObject *)o;
  if (nargs < 1)
    return err_format(vm, vm->t.TypeError,
                      "unbound method %s.%U() needs an argument",
                      d->owner->tp_name, d->name);
  if (descr_check(vm, d, args[0]) < 0) return NULL;
  if (vm_enter_c(vm, " while calling a Python object") < 0) return NULL;
  Object *r = d->method->func(vm, args[0], args + 1, nargs - 1, kwnames);
  vm_leave_c(vm);
  return r;
}

static Object *classmethod_descr_get(Vm *vm, Object *o, Object *obj,
                                     Object *type) {
  DescrObject *d = (DescrObject *)o;
  if (!type) type = AS_OBJ(obj->type);
  return builtin_new(vm, d->method, type, NULL);
}

static Object *method_descr_repr(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  return str_from_format(vm, "<method '%U' of '%s' objects>", d->name,
                         d->owner->tp_name);
}

static int descr_traverse(Object *o, VisitFn visit, void *arg) {
  return visit(AS_OBJ(((DescrObject *)o)->owner), arg);
}

static void descr_dealloc(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  clear_ref(vm, (Object **)&d->owner);
  clear_ref(vm, &d->name);
  obj_free_memory(vm, o);
}

static Object *descr_get_name(Vm *vm, Object *o) {
  return newref(vm, ((DescrObject *)o)->name);
}
static Object *descr_get_objclass(Vm *vm, Object *o) {
  return newref(vm, AS_OBJ(((DescrObject *)o)->owner));
}
static Object *descr_get_qualname(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  return str_from_format(vm, "%s.%U", d->owner->tp_name, d->name);
}

static const GetSetDef descr_getsets[] = {
    {"__name__", descr_get_name, NULL},
    {"__qualname__", descr_get_qualname, NULL},
    {"__objclass__", descr_get_objclass, NULL},
    {NULL, NULL, NULL}};

// ---- getset_descriptor / member_descriptor --------------------------------------------------

Object *descr_new_getset(Vm *vm, TypeObject *owner, const GetSetDef *def) {
  DescrObject *d = descr_alloc(vm, vm->t.getset_descr, owner, def->name);
  if (d) d->getset = def;
  return AS_OBJ(d);
}

static Object *getset_get(Vm *vm, Object *o, Object *obj, Object *type) {
  DescrObject *d = (DescrObject *)o;
  UNUSED(type);
  if (!obj) return newref(vm, o);
  if (descr_check(vm, d, obj) < 0) return NULL;
  return d->getset->get(vm, obj);
}

static int getset_set(Vm *vm, Object *o, Object *obj, Object *value) {
  DescrObject *d = (DescrObject *)o;
  if (descr_check(vm, d, obj) < 0) return -1;
  if (!d->getset->set) {
    err_format(vm, vm->t.AttributeError,
               "attribute '%U' of '%s' objects is not writable", d->name,
               d->owner->tp_name);
    return -1;
  }
  return d->getset->set(vm, obj, value);
}

static Object *getset_repr(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  return str_from_format(vm, "<attribute '%U' of '%s' objects>", d->name,
                         d->owner->tp_name);
}

// __slots__ members: the value lives at [offset] bytes into the instance.
typedef struct MemberDescr {
  DescrObject base;
  ssize offset;
} MemberDescr;

Object *descr_new_member(Vm *vm, TypeObject *owner, Object *name, ssize offset) {
  MemberDescr *m = (MemberDescr *)obj_alloc(vm, vm->t.member_descr,
                                            sizeof(MemberDescr));
  if (!m) return NULL;
  m->base.owner = (TypeObject *)newref(vm, AS_OBJ(owner));
  m->base.name = newref(vm, name);
  m->offset = offset;
  gc_track(vm, AS_OBJ(m));
  return AS_OBJ(m);
}

static Object **member_slot(Object *o, Object *obj) {
  return (Object **)((char *)obj + ((MemberDescr *)o)->offset);
}

Object *descr_member_value(Object *descr, Object *obj) {
  return *member_slot(descr, obj);
}

ssize descr_member_offset(Object *descr) {
  return ((MemberDescr *)descr)->offset;
}

static Object *member_get(Vm *vm, Object *o, Object *obj, Object *type) {
  UNUSED(type);
  if (!obj) return newref(vm, o);
  if (descr_check(vm, (DescrObject *)o, obj) < 0) return NULL;
  Object *v = *member_slot(o, obj);
  if (!v) {
    DescrObject *d = (DescrObject *)o;
    return err_format(vm, vm->t.AttributeError, "'%s' object has no attribute '%U'",
                      obj->type->tp_name, d->name);
  }
  return newref(vm, v);
}

static int member_set(Vm *vm, Object *o, Object *obj, Object *value) {
  DescrObject *d = (DescrObject *)o;
  if (descr_check(vm, d, obj) < 0) return -1;
  Object **slot = member_slot(o, obj);
  if (!value && !*slot) { // CPython names just the slot here
    err_set_object(vm, vm->t.AttributeError, d->name);
    return -1;
  }
  if (TRACE_ABOUT(vm, obj)) {
    uint32_t n = trace_string(vm, str_data(d->name), str_size(d->name));
    if (value)
      trace_emit(vm, EV_ATTR_SET, 0, 0, trace_obj(vm, obj), n, trace_obj(vm, value));
    else
      trace_emit(vm, EV_ATTR_DEL, 0, 0, trace_obj(vm, obj), n, 0);
  }
  set_ref(vm, slot, xnewref(vm, value));
  return 0;
}

static Object *member_repr(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  return str_from_format(vm, "<member '%U' of '%s' objects>", d->name,
                         d->owner->tp_name);
}

// ---- wrapper_descriptor and method-wrapper ----------------------------------------------

Object *descr_new_wrapper(Vm *vm, TypeObject *owner, const SlotDef *def) {
  DescrObject *d = descr_alloc(vm, vm->t.wrapper_descr, owner, slotdef_name(def));
  if (d) d->slot = def;
  return AS_OBJ(d);
}

static Object *wrapper_descr_get(Vm *vm, Object *o, Object *obj, Object *type) {
  UNUSED(type);
  if (!obj) return newref(vm, o);
  DescrObject *d = (DescrObject *)o;
  if (descr_check(vm, d, obj) < 0) return NULL;
  MethodWrapperObject *w = (MethodWrapperObject *)obj_alloc(
      vm, vm->t.method_wrapper, sizeof(MethodWrapperObject));
  if (!w) return NULL;
  w->descr = (DescrObject *)newref(vm, o);
  w->self = newref(vm, obj);
  gc_track(vm, AS_OBJ(w));
  return AS_OBJ(w);
}

static Object *wrapper_descr_call(Vm *vm, Object *o, Object *const *args,
                                  size_t nargs, Object *kwnames) {
  DescrObject *d = (DescrObject *)o;
  if (nargs < 1)
    return err_format(vm, vm->t.TypeError,
                      "descriptor '%U' of '%s' object needs an argument",
                      d->name, d->owner->tp_name);
  if (!obj_is_instance_of(args[0], d->owner))
    return err_format(vm, vm->t.TypeError,
                      "descriptor '%U' requires a '%s' object but received a "
                      "'%s'",
                      d->name, d->owner->tp_name, args[0]->type->tp_name);
  if (vm_enter_c(vm, " while calling a Python object") < 0) return NULL;
  Object *r = slot_wrapper_call(vm, d->slot, d->owner, args[0], args + 1,
                                nargs - 1, kwnames);
  vm_leave_c(vm);
  return r;
}

static Object *wrapper_descr_repr(Vm *vm, Object *o) {
  DescrObject *d = (DescrObject *)o;
  return str_from_format(vm, "<slot wrapper '%U' of '%s' objects>", d->name,
                         d->owner->tp_name);
}

static Object *method_wrapper_call(Vm *vm, Object *o, Object *const *args,
                                   size_t nargs, Object *kwnames) {
  MethodWrapperObject *w = (MethodWrapperObject *)o;
  if (vm_enter_c(vm, " while calling a Python object") < 0) return NULL;
  Object *r = slot_wrapper_call(vm, w->descr->slot, w->descr->owner, w->self,
                                args, nargs, kwnames);
  vm_leave_c(vm);
  return r;
}

static Object *method_wrapper_repr(Vm *vm, Object *o) {
  MethodWrapperObject *w = (MethodWrapperObject *)o;
  return str_from_format(vm, "<method-wrapper '%U' of %s object at %p>",
                         w->descr->name, w->self->type->tp_name, (void *)w->self);
}

static int method_wrapper_traverse(Object *o, VisitFn visit, void *arg) {
  MethodWrapperObject *w = (MethodWrapperObject *)o;
  int r = visit(AS_OBJ(w->descr), arg);
  return r ? r : visit(w->self, arg);
}

static void method_wrapper_dealloc(Vm *vm, Object *o) {
  MethodWrapperObject *w = (MethodWrapperObject *)o;
  clear_ref(vm, (Object **)&w->descr);
  clear_ref(vm, &w->self);
  obj_free_memory(vm, o);
}

static Object *method_wrapper_get_self(Vm *vm, Object *o) {
  return newref(vm, ((MethodWrapperObject *)o)->self);
}
static Object *method_wrapper_get_name(Vm *vm, Object *o) {
  return newref(vm, ((MethodWrapperObject *)o)->descr->name);
}

static const GetSetDef method_wrapper_getsets[] = {
    {"__self__", method_wrapper_get_self, NULL},
    {"__name__", method_wrapper_get_name, NULL},
    {NULL, NULL, NULL}};

// T.__new__ for built-in types: a builtin bound to the type; the first
// argument is the (sub)type to create (tp_new_wrapper).
static Object *tp_new_wrapper(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kwnames) {
  TypeObject *type = (TypeObject *)self;
  if (nargs < 1)
    return err_format(vm, vm->t.TypeError, "%s.__new__(): not enough arguments",
                      type->tp_name);
  Object *sub = args[0];
  if (!obj_is_type(sub))
    return err_format(vm, vm->t.TypeError, "%s.__new__(X): X is not a type object (%s)",
                      type->tp_name, sub->type->tp_name);
  if (!type_is_subtype((TypeObject *)sub, type))
    return err_format(vm, vm->t.TypeError,
                      "%s.__new__(%s): %s is not a subtype of %s", type->tp_name,
                      ((TypeObject *)sub)->tp_name, ((TypeObject *)sub)->tp_name,
                      type->tp_name);
  // object.__new__(dict) would skip dict's own construction: refused.
  TypeObject *base = (TypeObject *)sub;
  while (base && typeslots_new_is_dunder(base)) base = base->base;
  if (base && base->tp_new != type->tp_new)
    return err_format(vm, vm->t.TypeError,
                      "%s.__new__(%s) is not safe, use %s.__new__()",
                      type->tp_name, ((TypeObject *)sub)->tp_name,
                      base->tp_name);
  return type->tp_new(vm, (TypeObject *)sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, 0, NULL};

// T.__dict__['__new__']: a builtin bound to the type, stored as is (not a
// staticmethod), as CPython's add_tp_new_wrapper does.
Object *builtin_new_type_new(Vm *vm, TypeObject *owner) {
  return builtin_new(vm, &tp_new_def, AS_OBJ(owner), NULL);
}

// ---- property --------------------------------------------------------------------------

static PropertyObject *P(Object *o) { return (PropertyObject *)o; }

static Object *property_name(Vm *vm, PropertyObject *p) {
  if (p->name) return newref(vm, p->name);
  if (p->fget) {
    Object *n = obj_lookup_attr(vm, p->fget, vm->str.name);
    if (n) return n;
  }
  return NULL;
}

static Object *property_descr_get(Vm *vm, Object *o, Object *obj, Object *type) {
  UNUSED(type);
  if (!obj || obj == vm->none) return newref(vm, o);
  PropertyObject *p = P(o);
  if (!p->fget) {
    Object *n = property_name(vm, p);
    if (n)
      err_format(vm, vm->t.AttributeError, "property %R of '%s' object has no getter",
                 n, obj->type->tp_name);
    else
      err_format(vm, vm->t.AttributeError, "unreadable attribute");
    xdecref(vm, n);
    return NULL;
  }
  return obj_call1(vm, p->fget, obj);
}

static int property_descr_set(Vm *vm, Object *o, Object *obj, Object *value) {
  PropertyObject *p = P(o);
  Object *f = value ? p->fset : p->fdel;
  if (!f) {
    Object *n = property_name(vm, p);
    const char *what = value ? "setter" : "deleter";
    if (n)
      err_format(vm, vm->t.AttributeError, "property %R of '%s' object has no %s",
                 n, obj->type->tp_name, what);
    else
      err_format(vm, vm->t.AttributeError, "can't %s attribute",
                 value ? "set" : "delete");
    xdecref(vm, n);
    return -1;
  }
  Object *r = value ? obj_call2(vm, f, obj, value) : obj_call1(vm, f, obj);
  if (!r) return -1;
  decref(vm, r);
  return 0;
}

Object *property_new(Vm *vm, Object *fget, Object *fset, Object *fdel,
                     Object *doc) {
  PropertyObject *p = (PropertyObject *)obj_alloc(vm, vm->t.property,
                                                  sizeof(PropertyObject));
  if (!p) return NULL;
  if (fget == vm->none) fget = NULL;
  if (fset == vm->none) fset = NULL;
  if (fdel == vm->none) fdel = NULL;
  p->fget = xnewref(vm, fget);
  p->fset = xnewref(vm, fset);
  p->fdel = xnewref(vm, fdel);
  p->doc = xnewref(vm, doc && doc != vm->none ? doc : NULL);
  if (!p->doc && fget) {
    Object *d = obj_lookup_attr(vm, fget, vm->str.doc);
    if (d && d != vm->none) p->doc = d;
    else xdecref(vm, d);
    err_clear(vm);
  }
  gc_track(vm, AS_OBJ(p));
  return AS_OBJ(p);
}

static Object *property_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                               size_t nargs, Object *kwnames) {
  UNUSED(type);
  Object *fget = NULL, *fset = NULL, *fdel = NULL, *doc = NULL;
  if (parse_args(vm, "property", args, nargs, kwnames, "K|OOOO:fget,fset,fdel,doc",
                 &fget, &fset, &fdel, &doc) < 0)
    return NULL;
  return property_new(vm, fget, fset, fdel, doc);
}

static Object *property_copy(Vm *vm, Object *o, Object *fget, Object *fset,
                             Object *fdel) {
  PropertyObject *p = P(o);
  Object *r = property_new(vm, fget ? fget : p->fget, fset ? fset : p->fset,
                           fdel ? fdel : p->fdel, p->doc);
  if (r && p->name) P(r)->name = newref(vm, p->name);
  return r;
}

static Object *property_getter(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  Object *f;
  if (parse_args(vm, "property.getter", args, nargs, kw, "1O:func", &f) < 0)
    return NULL;
  return property_copy(vm, self, f, NULL, NULL);
}

static Object *property_setter(Vm *vm, Object *self, Object *const *args,
                               size_t nargs, Object *kw) {
  Object *f;
  if (parse_args(vm, "property.setter", args, nargs, kw, "1O:func", &f) < 0)
    return NULL;
  return property_copy(vm, self, NULL, f, NULL);
}

static Object *property_deleter(Vm *vm, Object *self, Object *const *args,
                                size_t nargs, Object *kw) {
  Object *f;
  if (parse_args(vm, "property.deleter", args, nargs, kw, "1O:func", &f) < 0)
    return NULL;
  return property_copy(vm, self, NULL, NULL, f);
}

static Object *property_set_name(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  if (no_keywords(vm, "property.__set_name__", kw) < 0) return NULL;
  if (nargs != 2)
    return err_format(vm, vm->t.TypeError,
                      "__set_name__() takes 2 positional arguments but %zd "
                      "were given",
                      (ssize)nargs);
  Object *name = args[1];
  set_ref(vm, &P(self)->name, newref(vm, name));
  return vm_none(vm);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL}};

#define PROPERTY_GET(field)                                                    \
  static Object *property_get_##field(Vm *vm, Object *o) {                     \
    Object *v = P(o)->field;                                                   \
    return newref(vm, v ? v : vm->none);                                       \
  }
PROPERTY_GET(fget)
PROPERTY_GET(fset)
PROPERTY_GET(fdel)
PROPERTY_GET(doc)
#undef PROPERTY_GET

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL}};

static int property_traverse(Object *o, VisitFn visit, void *arg) {
  PropertyObject *p = P(o);
  Object *fields[] = {p->fget, p->fset, p->fdel, p->doc};
  for (size_t i = 0; i < COUNT_OF(fields); i++)
    if (fields[i]) {
      int r = visit(fields[i], arg);
      if (r) return r;
    }
  return 0;
}

static void property_clear(Vm *vm, Object *o) {
  PropertyObject *p = P(o);
  clear_ref(vm, &p->fget);
  clear_ref(vm, &p->fset);
  clear_ref(vm, &p->fdel);
  clear_ref(vm, &p->doc);
}

static void property_dealloc(Vm *vm, Object *o) {
  property_clear(vm, o);
  clear_ref(vm, &P(o)->name);
  obj_free_memory(vm, o);
}

// ---- staticmethod and classmethod ----------------------------------------------------------

static Object *wrap_new(Vm *vm, TypeObject *t, Object *callable) {
  WrapObject *w = (WrapObject *)obj_alloc(vm, t, sizeof(WrapObject));
  if (!w) return NULL;
  w->callable = newref(vm, callable);
  gc_track(vm, AS_OBJ(w));
  return AS_OBJ(w);
}

Object *staticmethod_new(Vm *vm, Object *callable) {
  return wrap_new(vm, vm->t.staticmethod, callable);
}
Object *classmethod_new(Vm *vm, Object *callable) {
  return wrap_new(vm, vm->t.classmethod, callable);
}

static Object *wrap_tp_new(Vm *vm, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames) {
  Object *f;
  const char *name = type == vm->t.staticmethod ? "staticmethod" : "classmethod";
  if (parse_args(vm, name, args, nargs, kwnames, "CO:callable", &f) < 0)
    return NULL;
  return wrap_new(vm, type, f);
}

static Object *staticmethod_get(Vm *vm, Object *o, Object *obj, Object *type) {
  UNUSED(obj);
  UNUSED(type);
  return newref(vm, ((WrapObject *)o)->callable);
}

static Object *staticmethod_call(Vm *vm, Object *o, Object *const *args,
                                 size_t nargs, Object *kwnames) {
  return obj_call(vm, ((WrapObject *)o)->callable, args, nargs, kwnames);
}

static Object *classmethod_get(Vm *vm, Object *o, Object *obj, Object *type) {
  if (!type) type = AS_OBJ(obj->type);
  Object *f = ((WrapObject *)o)->callable;
  if (f->type->descr_get && f->type != vm->t.function &&
      f->type != vm->t.builtin)
    return f->type->descr_get(vm, f, type, NULL);
  return method_new(vm, f, type);
}

static Object *wrap_get_func(Vm *vm, Object *o) {
  return newref(vm, ((WrapObject *)o)->callable);
}

static const GetSetDef wrap_getsets[] = {{"__func__", wrap_get_func, NULL},
                                         {NULL, NULL, NULL}};

static Object *wrap_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "<%s(%R)>", o->type->tp_name,
                         ((WrapObject *)o)->callable);
}

// Attributes of the wrapped function show through (staticmethod.__name__).
static Object *wrap_getattro(Vm *vm, Object *o, Object *name) {
  Object *r = generic_getattr(vm, o, name);
  if (r || !err_matches(vm, vm->t.AttributeError)) return r;
  err_clear(vm);
  return obj_getattr(vm, ((WrapObject *)o)->callable, name);
}

static int wrap_traverse(Object *o, VisitFn visit, void *arg) {
  WrapObject *w = (WrapObject *)o;
  int r = visit(w->callable, arg);
  return r ? r : (w->dict ? visit(w->dict, arg) : 0);
}

static void wrap_clear(Vm *vm, Object *o) {
  clear_ref(vm, &((WrapObject *)o)->callable);
  clear_ref(vm, &((WrapObject *)o)->dict);
}

static void wrap_dealloc(Vm *vm, Object *o) {
  wrap_clear(vm, o);
  obj_free_memory(vm, o);
}

// ---- mappingproxy ---------------------------------------------------------------------------

typedef struct MappingProxy {
  Object ob;
  Object *mapping;
} MappingProxy;

Object *mappingproxy_new(Vm *vm, Object *mapping) {
  MappingProxy *m = (MappingProxy *)obj_alloc(vm, vm->t.mappingproxy,
                                              sizeof(MappingProxy));
  if (!m) return NULL;
  m->mapping = newref(vm, mapping);
  gc_track(vm, AS_OBJ(m));
  return AS_OBJ(m);
}

static Object *mp_mapping(Object *o) { return ((MappingProxy *)o)->mapping; }

static Object *mp_getitem(Vm *vm, Object *o, Object *key) {
  return obj_getitem(vm, mp_mapping(o), key);
}
static ssize mp_len(Vm *vm, Object *o) { return obj_len(vm, mp_mapping(o)); }
static int mp_contains(Vm *vm, Object *o, Object *k) {
  return seq_contains(vm, mp_mapping(o), k);
}
static Object *mp_iter(Vm *vm, Object *o) { return obj_get_iter(vm, mp_mapping(o)); }
static Object *mp_repr(Vm *vm, Object *o) {
  return str_from_format(vm, "mappingproxy(%R)", mp_mapping(o));
}
static Object *mp_str(Vm *vm, Object *o) { return obj_str(vm, mp_mapping(o)); }

#define MP_FORWARD(name)                                                       \
  static Object *mp_##name(Vm *vm, Object *self, Object *const *args,          \
                           size_t nargs, Object *kw) {                         \
    Object *n = str_intern_cstr(vm, #name);                                    \
    Object *r = n ? call_method(vm, mp_mapping(self), n, args, nargs) : NULL;  \
    xdecref(vm, n);                                                            \
    UNUSED(kw);                                                                \
    return r;                                                                  \
  }
MP_FORWARD(keys)
MP_FORWARD(values)
MP_FORWARD(items)
MP_FORWARD(get)
MP_FORWARD(copy)
#undef MP_FORWARD

static const MethodDef mp_methods[] = {{"keys", mp_keys, 0, NULL},
                                       {"values", mp_values, 0, NULL},
                                       {"items", mp_items, 0, NULL},
                                       {"get", mp_get, 0, NULL},
                                       {"copy", mp_copy, 0, NULL},
                                       {NULL, NULL, 0, NULL}};

static int mp_traverse(Object *o, VisitFn visit, void *arg) {
  return visit(mp_mapping(o), arg);
}
static void mp_dealloc(Vm *vm, Object *o) {
  clear_ref(vm, &((MappingProxy *)o)->mapping);
  obj_free_memory(vm, o);
}

// ---- Type set-up -----------------------------------------------------------------------------

static void gc_descr(TypeObject *t) {
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->traverse = descr_traverse;
  t->dealloc = descr_dealloc;
}

void descr_types_init(Vm *vm) {
  // py_basicsize: CPython's tp_basicsize (sys.getsizeof adds the GC head).
  TypeObject *t = vm->t.builtin;
  t->py_basicsize = 56;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->call = builtin_call;
  t->repr = builtin_repr;
  t->traverse = builtin_traverse;
  t->dealloc = builtin_dealloc;
  t->richcompare = builtin_richcompare;
  t->hash = builtin_hash;
  type_add_getsets(vm, t, builtin_getsets);

  t = vm->t.method_descr;
  t->py_basicsize = 56;
  gc_descr(t);
  t->descr_get = method_descr_get;
  t->call = method_descr_call;
  t->repr = method_descr_repr;
  type_add_getsets(vm, t, descr_getsets);

  t = vm->t.classmethod_descr;
  t->py_basicsize = 56;
  gc_descr(t);
  t->descr_get = classmethod_descr_get;
  t->repr = method_descr_repr;
  type_add_getsets(vm, t, descr_getsets);

  t = vm->t.getset_descr;
  t->py_basicsize = 48;
  gc_descr(t);
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  type_add_getsets(vm, t, descr_getsets);

  t = vm->t.member_descr;
  t->py_basicsize = 48;
  gc_descr(t);
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  type_add_getsets(vm, t, descr_getsets);

  t = vm->t.wrapper_descr;
  t->py_basicsize = 56;
  gc_descr(t);
  t->descr_get = wrapper_descr_get;
  t->call = wrapper_descr_call;
  t->repr = wrapper_descr_repr;
  type_add_getsets(vm, t, descr_getsets);

  t = vm->t.method_wrapper;
  t->py_basicsize = 32;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->call = method_wrapper_call;
  t->repr = method_wrapper_repr;
  t->traverse = method_wrapper_traverse;
  t->dealloc = method_wrapper_dealloc;
  type_add_getsets(vm, t, method_wrapper_getsets);

  t = vm->t.property;
  t->py_basicsize = 64;
  t->flags |= TPF_HAVE_GC;
  t->tp_new = property_tp_new;
  t->descr_get = property_descr_get;
  t->descr_set = property_descr_set;
  t->traverse = property_traverse;
  t->clear = property_clear;
  t->dealloc = property_dealloc;
  type_add_methods(vm, t, property_methods);
  type_add_getsets(vm, t, property_getsets);

  TypeObject *wraps[] = {vm->t.staticmethod, vm->t.classmethod};
  for (int i = 0; i < 2; i++) {
    t = wraps[i];
    t->py_basicsize = 32;
    t->flags |= TPF_HAVE_GC;
    t->tp_new = wrap_tp_new;
    t->descr_get = i == 0 ? staticmethod_get : classmethod_get;
    t->repr = wrap_repr;
    t->getattro = wrap_getattro;
    t->traverse = wrap_traverse;
    t->clear = wrap_clear;
    t->dealloc = wrap_dealloc;
    type_add_getsets(vm, t, wrap_getsets);
  }
  vm->t.staticmethod->call = staticmethod_call;

  t = vm->t.mappingproxy;
  t->py_basicsize = 24;
  t->flags |= TPF_HAVE_GC;
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->getitem = mp_getitem;
  t->len = mp_len;
  t->contains = mp_contains;
  t->iter = mp_iter;
  t->repr = mp_repr;
  t->str = mp_str;
  t->traverse = mp_traverse;
  t->dealloc = mp_dealloc;
  type_add_methods(vm, t, mp_methods);
}
