// genericalias.c — types.GenericAlias and types.UnionType (see
// genericalias.h), after CPython 3.11's genericaliasobject.c and
// unionobject.c: `list[int]` made by __class_getitem__ (and `type[int]`),
// reprs that name classes by module and qualname, equality and hashes,
// attributes read through to the origin, calls that make the origin's
// instances, and `|` between classes, None, aliases and unions (flattened,
// duplicates dropped, one member left is the member itself).
#include "genericalias.h"

#include "abstract.h"
#include "args.h"
#include "buf.h"
#include "errors.h"
#include "func.h"
#include "iter.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

#include <string.h>

static AliasObject *A(Object *o) { return (AliasObject *)o; }

static bool is_alias(Vm *vm, const Object *o) {
  return o->type == vm->t.generic_alias;
}

bool is_union(Vm *vm, const Object *o) { return o->type == vm->t.union_type; }

Object *union_args(Object *o) { return A(o)->args; }

// Takes the references to [origin] (may be NULL) and [args].
static Object *alias_make(Vm *vm, TypeObject *t, Object *origin, Object *args) {
  Object *o = obj_alloc(vm, t, sizeof(AliasObject));
  if (!o) {
    xdecref(vm, origin);
    decref(vm, args);
    return NULL;
  }
  if (origin) iter_field_set(vm, o, "__origin__", &A(o)->origin, origin);
  iter_field_set(vm, o, "__args__", &A(o)->args, args);
  gc_track(vm, o);
  return o;
}

Object *generic_alias_new(Vm *vm, Object *origin, Object *args) {
  Object *t = is_tuple(args) ? newref(vm, args) : tuple_pack(vm, 1, args);
  if (!t) return NULL;
  return alias_make(vm, vm->t.generic_alias, newref(vm, origin), t);
}

static int alias_traverse(Object *o, VisitFn visit, void *arg) {
  int r = A(o)->origin ? visit(A(o)->origin, arg) : 0;
  return r ? r : visit(A(o)->args, arg);
}

static void alias_dealloc(Vm *vm, Object *o) {
  if (A(o)->origin) iter_field_drop(vm, o, "__origin__", &A(o)->origin);
  iter_field_drop(vm, o, "__args__", &A(o)->args);
  obj_free_memory(vm, o);
}

// ---- repr ------------------------------------------------------------------

static int put_repr(Vm *vm, Buf *out, Object *p) {
  Object *r = obj_repr(vm, p);
  if (!r) return -1;
  buf_append(out, str_data(r), str_size(r));
  decref(vm, r);
  return 0;
}

static bool has_attr(Vm *vm, Object *o, const char *name) {
  Object *v = obj_getattr_cstr(vm, o, name);
  if (!v) err_clear(vm);
  xdecref(vm, v);
  return v != NULL;
}

// "module.qualname" ("qualname" for builtins), or NULL if [p] does not
// look like a class or function (no error left).
static Object *qualified_name(Vm *vm, Object *p) {
  Object *q = obj_getattr_cstr(vm, p, "__qualname__");
  Object *m = q ? obj_getattr_cstr(vm, p, "__module__") : NULL;
  Object *r = NULL;
  if (m && m != vm->none && is_str(m) && is_str(q))
    r = str_eq_cstr(m, "builtins") ? newref(vm, q)
                                   : str_from_format(vm, "%U.%U", m, q);
  if (!m || !q) err_clear(vm);
  xdecref(vm, q);
  xdecref(vm, m);
  return r;
}

// ga_repr_item / union_repr_item.
static int put_item(Vm *vm, Buf *out, Object *p, bool in_union) {
  if (in_union && p == AS_OBJ(vm->t.none)) {
    buf_puts(out, "None");
    return 0;
  }
  if (!in_union && p == vm->ellipsis) {
    buf_puts(out, "...");
    return 0;
  }
  if (is_alias(vm, p) ||
      (!in_union && has_attr(vm, p, "__origin__") &&
       has_attr(vm, p, "__args__")))
    return put_repr(vm, out, p);
  Object *name = qualified_name(vm, p);
  if (!name) return vm->exc ? -1 : put_repr(vm, out, p);
  buf_append(out, str_data(name), str_size(name));
  decref(vm, name);
  return 0;
}

static Object *buf_to_str(Vm *vm, Buf *b, int status) {
  Object *r = status < 0 ? NULL
              : b->failed ? err_no_memory(vm)
                          : str_new(vm, buf_cstr(b), b->len);
  buf_free(b);
  return r;
}

static Object *alias_repr(Vm *vm, Object *o) {
  Buf b;
  buf_init(&b);
  int r = put_item(vm, &b, A(o)->origin, false);
  buf_putc(&b, '[');
  ssize n = tuple_size(A(o)->args);
  if (n == 0) buf_puts(&b, "()");
  for (ssize i = 0; r == 0 && i < n; i++) {
    if (i) buf_puts(&b, ", ");
    r = put_item(vm, &b, tuple_get(A(o)->args, i), false);
  }
  buf_putc(&b, ']');
  return buf_to_str(vm, &b, r);
}

static Object *union_repr(Vm *vm, Object *o) {
  Buf b;
  buf_init(&b);
  int r = 0;
  for (ssize i = 0; r == 0 && i < tuple_size(A(o)->args); i++) {
    if (i) buf_puts(&b, " | ");
    r = put_item(vm, &b, tuple_get(A(o)->args, i), true);
  }
  return buf_to_str(vm, &b, r);
}

// ---- GenericAlias behaviour -------------------------------------------------

static Object *alias_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_alias(vm, b) || (op != CMP_EQ && op != CMP_NE))
    return vm_notimpl(vm);
  int eq = obj_richcompare_bool(vm, A(a)->origin, A(b)->origin, CMP_EQ);
  if (eq > 0) eq = obj_richcompare_bool(vm, A(a)->args, A(b)->args, CMP_EQ);
  if (eq < 0) return NULL;
  return vm_bool(vm, op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(Vm *vm, Object *o) {
  int64_t h0 = obj_hash(vm, A(o)->origin);
  int64_t h1 = h0 == -1 ? -1 : obj_hash(vm, A(o)->args);
  if (h1 == -1) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

// Names the alias answers itself; every other attribute is the origin's.
static const char *const own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", NULL};

static Object *alias_getattro(Vm *vm, Object *o, Object *name) {
  for (const char *const *p = own_attrs; *p; p++)
    if (is_str(name) && str_eq_cstr(name, *p))
      return generic_getattr(vm, o, name);
  return obj_getattr(vm, A(o)->origin, name);
}

// origin(...), then obj.__orig_class__ = alias where the object allows it.
static Object *alias_call(Vm *vm, Object *o, Object *const *args, size_t nargs,
                          Object *kwnames) {
  Object *r = obj_call(vm, A(o)->origin, args, nargs, kwnames);
  if (!r) return NULL;
  Object *name = str_intern_cstr(vm, "__orig_class__");
  int st = name ? obj_setattr(vm, r, name, o) : -1;
  xdecref(vm, name);
  if (st < 0) {
    if (!err_matches(vm, vm->t.AttributeError) &&
        !err_matches(vm, vm->t.TypeError)) {
      decref(vm, r);
      return NULL;
    }
    err_clear(vm);
  }
  return r;
}

// No type variables are ever left to fill (there is no typing module).
static Object *alias_getitem(Vm *vm, Object *o, Object *key) {
  UNUSED(key);
  return err_format(vm, vm->t.TypeError, "%R is not a generic class", o);
}

static Object *alias_mro_entries(Vm *vm, Object *self, Object *const *args,
                                 size_t nargs, Object *kw) {
  Object *bases;
  if (parse_args(vm, "__mro_entries__", args, nargs, kw, "1O:bases", &bases) <
      0)
    return NULL;
  return tuple_pack(vm, 1, A(self)->origin);
}

static Object *no_check(Vm *vm, const char *fname, Object *const *args,
                        size_t nargs, Object *kw) {
  Object *x;
  if (parse_args(vm, fname, args, nargs, kw, "1O:x", &x) < 0) return NULL;
  return err_format(vm, vm->t.TypeError,
                    "%s() argument 2 cannot be a parameterized generic",
                    strcmp(fname, "__instancecheck__") == 0 ? "isinstance"
                                                            : "issubclass");
}

static Object *alias_instancecheck(Vm *vm, Object *self, Object *const *args,
                                   size_t nargs, Object *kw) {
  UNUSED(self);
  return no_check(vm, "__instancecheck__", args, nargs, kw);
}

static Object *alias_subclasscheck(Vm *vm, Object *self, Object *const *args,
                                   size_t nargs, Object *kw) {
  UNUSED(self);
  return no_check(vm, "__subclasscheck__", args, nargs, kw);
}

static const MethodDef alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 0, NULL},
    {"__instancecheck__", alias_instancecheck, 0, NULL},
    {"__subclasscheck__", alias_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL}};

static Object *get_origin(Vm *vm, Object *o) {
  return newref(vm, A(o)->origin);
}
static Object *get_args(Vm *vm, Object *o) { return newref(vm, A(o)->args); }
static Object *get_parameters(Vm *vm, Object *o) {
  UNUSED(o);
  return newref(vm, vm->empty_tuple);
}
static Object *get_unpacked(Vm *vm, Object *o) {
  UNUSED(o);
  return vm_bool(vm, false);
}

static const GetSetDef alias_getsets[] = {
    {"__origin__", get_origin, NULL},
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {"__unpacked__", get_unpacked, NULL},
    {NULL, NULL, NULL}};

// ---- Unions -------------------------------------------------------------------

static bool unionable(Vm *vm, Object *o) {
  return o == vm->none || obj_is_type(o) || is_alias(vm, o) || is_union(vm, o);
}

// Appends [o] (None as NoneType, a union as its members) to [items] unless
// it is already there (aliases compared with ==, the rest by identity).
static int add_member(Vm *vm, Object **items, ssize *n, Object *o) {
  if (is_union(vm, o)) {
    for (ssize i = 0; i < tuple_size(A(o)->args); i++)
      if (add_member(vm, items, n, tuple_get(A(o)->args, i)) < 0) return -1;
    return 0;
  }
  if (o == vm->none) o = AS_OBJ(vm->t.none);
  for (ssize i = 0; i < *n; i++) {
    if (items[i] == o) return 0;
    if (is_alias(vm, items[i]) && is_alias(vm, o)) {
      int eq = obj_richcompare_bool(vm, items[i], o, CMP_EQ);
      if (eq) return eq < 0 ? -1 : 0;
    }
  }
  items[(*n)++] = o;
  return 0;
}

static ssize member_count(Vm *vm, Object *o) {
  return is_union(vm, o) ? tuple_size(A(o)->args) : 1;
}

// _Py_union_type_or: the nb_or of type, GenericAlias and UnionType.
static Object *union_or(Vm *vm, Object *a, Object *b) {
  if (!unionable(vm, a) || !unionable(vm, b)) return vm_notimpl(vm);
  ssize cap = member_count(vm, a) + member_count(vm, b), n = 0;
  Object **items = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)cap);
  if (!items) return err_no_memory(vm);
  Object *r = NULL;
  if (add_member(vm, items, &n, a) == 0 && add_member(vm, items, &n, b) == 0) {
    if (n == 1) {
      r = newref(vm, items[0]);
    } else {
      Object *t = tuple_from_array(vm, items, n);
      r = t ? alias_make(vm, vm->t.union_type, NULL, t) : NULL;
    }
  }
  alloc_free(&vm->alloc, items, sizeof(Object *) * (size_t)cap);
  return r;
}

static Object *members_set(Vm *vm, Object *o) {
  return set_new(vm, vm->t.frozenset, A(o)->args);
}

static Object *union_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (!is_union(vm, b) || (op != CMP_EQ && op != CMP_NE))
    return vm_notimpl(vm);
  Object *sa = members_set(vm, a);
  Object *sb = sa ? members_set(vm, b) : NULL;
  Object *r = sb ? obj_richcompare(vm, sa, sb, op) : NULL;
  xdecref(vm, sa);
  xdecref(vm, sb);
  return r;
}

static int64_t union_hash(Vm *vm, Object *o) {
  Object *s = members_set(vm, o);
  if (!s) return -1;
  int64_t h = obj_hash(vm, s);
  decref(vm, s);
  return h;
}

static const GetSetDef union_getsets[] = {
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL, NULL, NULL}};

// ---- Set-up -------------------------------------------------------------------

// list.__class_getitem__(int) and the like.
static Object *class_getitem(Vm *vm, Object *cls, Object *const *args,
                             size_t nargs, Object *kw) {
  Object *key;
  if (parse_args(vm, "__class_getitem__", args, nargs, kw, "1O:item", &key) <
      0)
    return NULL;
  return generic_alias_new(vm, cls, key);
}

static const MethodDef class_getitem_methods[] = {
    {"__class_getitem__", class_getitem, MD_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static void init_alias_type(TypeObject *t, ssize basicsize) {
  t->flags &= ~(uint32_t)TPF_BASETYPE;
  t->py_basicsize = basicsize;
  t->alloc_size = sizeof(AliasObject);
  t->dealloc = alias_dealloc;
  t->traverse = alias_traverse;
  t->nb[NB_OR] = union_or;
  t->getitem = alias_getitem;
}

void alias_types_init(Vm *vm) {
  TypeObject *g = vm->t.generic_alias, *u = vm->t.union_type;
  init_alias_type(g, 64);
  g->repr = alias_repr;
  g->richcompare = alias_richcompare;
  g->hash = alias_hash;
  g->getattro = alias_getattro;
  g->call = alias_call;
  type_add_methods(vm, g, alias_methods);
  type_add_getsets(vm, g, alias_getsets);
  init_alias_type(u, 32);
  u->repr = union_repr;
  u->richcompare = union_richcompare;
  u->hash = union_hash;
  type_add_getsets(vm, u, union_getsets);
  vm->t.type->nb[NB_OR] = union_or;
  TypeObject *generic[] = {vm->t.list, vm->t.dict, vm->t.tuple, vm->t.set,
                           vm->t.frozenset, vm->t.enumerate};
  for (size_t i = 0; i < COUNT_OF(generic); i++)
    type_add_methods(vm, generic[i], class_getitem_methods);
}
