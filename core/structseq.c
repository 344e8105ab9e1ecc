// structseq.c — struct sequences (CPython's Objects/structseq.c) such as
// sys.version_info: a tuple subclass without __dict__ whose items are also
// read-only named fields, shown as "sys.version_info(major=3, ...)". The
// field names live in the type's __match_args__, as in CPython. See
// structseq.h.
#include "structseq.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typeobj.h"
#include "vm.h"

// The getter of one field: a builtin bound to the field's index.
static Object *field_get(Vm *vm, Object *self, Object *const *args,
                         size_t nargs, Object *kwnames) {
  UNUSED(kwnames);
  if (nargs != 1 || !is_tuple(args[0])) return err_type_not(vm, self, "a field");
  ssize i = (ssize)int_small_value(self);
  if (i >= tuple_size(args[0])) return vm_none(vm);
  return newref(vm, tuple_get(args[0], i));
}

static const MethodDef field_def = {"field", field_get, 0, NULL};

static Object *structseq_repr(Vm *vm, Object *self, Object *const *args,
                              size_t nargs, Object *kwnames) {
  UNUSED(args);
  UNUSED(nargs);
  UNUSED(kwnames);
  TypeObject *t = self->type;
  Object *names = dict_get_str(vm, t->dict, str_intern_cstr(vm, "__match_args__"));
  Object *mod = dict_get_str(vm, t->dict, vm->str.module);
  if (!names || !is_tuple(names) || !mod || !is_str(mod))
    return err_type_not(vm, self, "a struct sequence");
  Buf b;
  buf_init(&b);
  buf_printf(&b, "%s.%s(", str_data(mod), t->tp_name);
  for (ssize i = 0; i < tuple_size(names) && i < tuple_size(self); i++) {
    Object *r = obj_repr(vm, tuple_get(self, i));
    if (!r) {
      buf_free(&b);
      return NULL;
    }
    buf_printf(&b, "%s%s=%s", i ? ", " : "", str_data(tuple_get(names, i)),
               str_data(r));
    decref(vm, r);
  }
  buf_putc(&b, ')');
  Object *s = str_new(vm, b.data, b.len);
  buf_free(&b);
  return s;
}

static const MethodDef repr_def = {"__repr__", structseq_repr, 0, NULL};

static int add_field(Vm *vm, Object *ns, const char *name, ssize index) {
  Object *i = int_from_i64(vm, index);
  Object *get = i ? builtin_new(vm, &field_def, i, NULL) : NULL;
  Object *prop = get ? property_new(vm, get, NULL, NULL, NULL) : NULL;
  int r = prop ? dict_set_cstr(vm, ns, name, prop) : -1;
  xdecref(vm, i);
  xdecref(vm, get);
  xdecref(vm, prop);
  return r;
}

static int fill_namespace(Vm *vm, Object *ns, const char *module,
                          const char *const *fields, int n) {
  Object *names = tuple_new(vm, n);
  if (!names) return -1;
  for (int i = 0; i < n; i++) {
    Object *s = str_from_cstr(vm, fields[i]);
    if (!s) {
      decref(vm, names);
      return -1;
    }
    tuple_init_item(vm, names, i, s);
  }
  Object *mod = str_from_cstr(vm, module);
  int r = mod && dict_set_cstr(vm, ns, "__module__", mod) == 0 &&
                  dict_set_cstr(vm, ns, "__slots__", vm->empty_tuple) == 0 &&
                  dict_set_cstr(vm, ns, "__match_args__", names) == 0
              ? 0
              : -1;
  xdecref(vm, mod);
  decref(vm, names);
  for (int i = 0; r == 0 && i < n; i++) r = add_field(vm, ns, fields[i], i);
  return r;
}

static Object *new_type(Vm *vm, const char *module, const char *name,
                        const char *const *fields, int n) {
  Object *ns = dict_new(vm);
  Object *tname = str_from_cstr(vm, name);
  Object *bases = tuple_pack(vm, 1, AS_OBJ(vm->t.tuple));
  Object *t = NULL;
  if (ns && tname && bases && fill_namespace(vm, ns, module, fields, n) == 0)
    t = type_new_class(vm, vm->t.type, tname, bases, ns);
  xdecref(vm, ns);
  xdecref(vm, tname);
  xdecref(vm, bases);
  if (!t) return NULL;
  Object *repr = descr_new_method(vm, (TypeObject *)t, &repr_def);
  if (!repr || obj_setattr(vm, t, vm->str.repr, repr) < 0) {
    xdecref(vm, repr);
    decref(vm, t);
    return NULL;
  }
  decref(vm, repr);
  return t;
}

Object *structseq_new(Vm *vm, const char *module, const char *name,
                      const char *const *fields, int n, Object *values) {
  Object *t = new_type(vm, module, name, fields, n);
  if (!t) return NULL;
  Object *r = obj_call1(vm, t, values);
  decref(vm, t);
  return r;
}
