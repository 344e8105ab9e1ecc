// number.c — the number protocol (CPython's abstract.c binary_op1 and
// friends): a + b tries a's slot, then b's (b first when b's type is a
// subclass of a's), falls back to sequence concatenation/repetition, and
// raises "unsupported operand type(s)". In-place forms try __iadd__ first.
#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "vm.h"

static const char *const op_symbols[NB_COUNT] = {
#define NB_SYM(name, stem, sym) sym,
    NB_OPS(NB_SYM)
#undef NB_SYM
};

// binary_op1: NotImplemented (a new reference) when neither side handles it.
static Object *binary_op1(Vm *vm, Object *v, Object *w, NbOp op) {
  BinaryFn slotv = v->type->nb[op], slotw = NULL;
  if (w->type != v->type) {
    slotw = w->type->nb[op];
    if (slotw == slotv) slotw = NULL;
  }
  if (slotv) {
    if (slotw && type_is_subtype(w->type, v->type)) {
      Object *x = slotw(vm, v, w);
      if (x != vm->notimpl) return x;
      decref(vm, x);
      slotw = NULL;
    }
    Object *x = slotv(vm, v, w);
    if (x != vm->notimpl) return x;
    decref(vm, x);
  }
  if (slotw) {
    Object *x = slotw(vm, v, w);
    if (x != vm->notimpl) return x;
    decref(vm, x);
  }
  return vm_notimpl(vm);
}

static Object *binop_type_error(Vm *vm, Object *v, Object *w, const char *sym) {
  if (strcmp(sym, "**") == 0 && false) return NULL;
  return err_format(vm, vm->t.TypeError,
                    "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                    v->type->tp_name, w->type->tp_name);
}

static Object *repeat_with(Vm *vm, SsizeArgFn repeat, Object *seq, Object *n) {
  if (!n->type->nb_index)
    return err_format(vm, vm->t.TypeError,
                      "can't multiply sequence by non-int of type '%s'",
                      n->type->tp_name);
  Object *i = number_index(vm, n);
  if (!i) return NULL;
  bool ok;
  ssize count = int_as_ssize(vm, i, false, &ok);
  decref(vm, i);
  if (!ok) {
    err_clear(vm);
    return err_format(vm, vm->t.OverflowError,
                      "cannot fit 'int' into an index-sized integer");
  }
  return repeat(vm, seq, count);
}

Object *number_binop(Vm *vm, Object *v, Object *w, NbOp op) {
  Object *r = binary_op1(vm, v, w, op);
  if (r != vm->notimpl) return r;
  decref(vm, r);
  if (op == NB_ADD && v->type->sq_concat) return v->type->sq_concat(vm, v, w);
  if (op == NB_MUL) {
    if (v->type->sq_repeat) return repeat_with(vm, v->type->sq_repeat, v, w);
    if (w->type->sq_repeat) return repeat_with(vm, w->type->sq_repeat, w, v);
  }
  if (op == NB_POW) {
    return err_format(vm, vm->t.TypeError,
                      "unsupported operand type(s) for ** or pow(): '%s' and "
                      "'%s'",
                      v->type->tp_name, w->type->tp_name);
  }
  return binop_type_error(vm, v, w, op_symbols[op]);
}

Object *number_inplace(Vm *vm, Object *v, Object *w, NbOp op) {
  BinaryFn islot = v->type->nb_inplace[op];
  if (islot) {
    Object *x = islot(vm, v, w);
    if (x != vm->notimpl) return x;
    decref(vm, x);
  }
  Object *r = binary_op1(vm, v, w, op);
  if (r != vm->notimpl) return r;
  decref(vm, r);
  if (op == NB_ADD) {
    if (v->type->sq_inplace_concat) return v->type->sq_inplace_concat(vm, v, w);
    if (v->type->sq_concat) return v->type->sq_concat(vm, v, w);
  }
  if (op == NB_MUL) { // w repeats only if v has no sequence slots at all
    SsizeArgFn rep = v->type->sq_inplace_repeat ? v->type->sq_inplace_repeat
                                                : v->type->sq_repeat;
    if (rep) return repeat_with(vm, rep, v, w);
    if (!type_has_sequence_slots(v->type) && w->type->sq_repeat)
      return repeat_with(vm, w->type->sq_repeat, w, v);
  }
  if (op == NB_POW)
    return err_format(vm, vm->t.TypeError,
                      "unsupported operand type(s) for **=: '%s' and '%s'",
                      v->type->tp_name, w->type->tp_name);
  return err_format(vm, vm->t.TypeError,
                    "unsupported operand type(s) for %s=: '%s' and '%s'",
                    op_symbols[op], v->type->tp_name, w->type->tp_name);
}

Object *number_power3(Vm *vm, Object *a, Object *b, Object *mod) {
  if (mod == vm->none) return number_binop(vm, a, b, NB_POW);
  TernaryFn f = a->type->nb_power3;
  if (f) {
    Object *r = f(vm, a, b, mod);
    if (r != vm->notimpl) return r;
    decref(vm, r);
  }
  if (b->type->nb_power3 && b->type != a->type) {
    Object *r = b->type->nb_power3(vm, a, b, mod);
    if (r != vm->notimpl) return r;
    decref(vm, r);
  }
  if (mod->type->nb_power3 && mod->type != a->type && mod->type != b->type) {
    Object *r = mod->type->nb_power3(vm, a, b, mod);
    if (r != vm->notimpl) return r;
    decref(vm, r);
  }
  // float's slot takes part when any operand is a float: it refuses a
  // modulus once both numbers convert.
  bool any_float = is_float(a) || is_float(b) || is_float(mod);
  if (any_float && (is_int(a) || is_float(a)) && (is_int(b) || is_float(b)))
    return err_format(vm, vm->t.TypeError, "pow() 3rd argument not allowed "
                      "unless all arguments are integers");
  return err_format(vm, vm->t.TypeError,
                    "unsupported operand type(s) for ** or pow(): '%s', '%s', "
                    "'%s'",
                    a->type->tp_name, b->type->tp_name, mod->type->tp_name);
}

static Object *unary(Vm *vm, Object *o, UnaryFn f, const char *sym) {
  if (f) return f(vm, o);
  return err_format(vm, vm->t.TypeError, "bad operand type for %s: '%s'", sym,
                    o->type->tp_name);
}

Object *number_negative(Vm *vm, Object *o) {
  return unary(vm, o, o->type->nb_negative, "unary -");
}
Object *number_positive(Vm *vm, Object *o) {
  return unary(vm, o, o->type->nb_positive, "unary +");
}
Object *number_invert(Vm *vm, Object *o) {
  return unary(vm, o, o->type->nb_invert, "unary ~");
}
Object *number_absolute(Vm *vm, Object *o) {
  return unary(vm, o, o->type->nb_absolute, "abs()");
}

bool obj_is_number(Object *o) {
  TypeObject *t = o->type;
  return t->nb_index || t->nb_int || t->nb_float;
}
