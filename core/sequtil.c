// sequtil.c — shared sequence helpers (see sequtil.h).
#include "sequtil.h"

#include "abstract.h"
#include "args.h"
#include "errors.h"
#include "int.h"
#include "str.h"
#include "vm.h"

Object *seq_repr(Vm *vm, Object *seq, const char *open, const char *close) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, open);
  for (ssize i = 0; i < seqlike_size(seq); i++) {
    if (i) buf_puts(&b, ", ");
    Object *item = newref(vm, seqlike_item(seq, i));
    Object *r = obj_repr(vm, item);
    decref(vm, item);
    if (!r) {
      buf_free(&b);
      return NULL;
    }
    buf_append(&b, str_data(r), str_size(r));
    decref(vm, r);
    if (vm_check_buf(vm, &b) < 0) {
      buf_free(&b);
      return NULL;
    }
  }
  buf_puts(&b, close);
  Object *s = b.failed ? err_no_memory(vm) : str_new(vm, b.data, b.len);
  buf_free(&b);
  return s;
}

static bool cmp_sizes(ssize a, ssize b, int op) {
  switch (op) {
  case CMP_LT: return a < b;
  case CMP_LE: return a <= b;
  case CMP_EQ: return a == b;
  case CMP_NE: return a != b;
  case CMP_GT: return a > b;
  default: return a >= b;
  }
}

// Compares items at [i] (identity first); 1 equal, 0 not, -1 error.
static int items_equal(Vm *vm, Object *a, Object *b, ssize i) {
  Object *x = seqlike_item(a, i), *y = seqlike_item(b, i);
  if (x == y) return 1;
  incref(vm, x);
  incref(vm, y);
  int k = obj_richcompare_bool(vm, x, y, CMP_EQ);
  decref(vm, x);
  decref(vm, y);
  return k;
}

Object *seq_richcompare(Vm *vm, Object *a, Object *b, int op) {
  if (seqlike_size(a) != seqlike_size(b) && (op == CMP_EQ || op == CMP_NE))
    return vm_bool(vm, op == CMP_NE);
  ssize i;
  for (i = 0; i < seqlike_size(a) && i < seqlike_size(b); i++) {
    int k = items_equal(vm, a, b, i);
    if (k < 0) return NULL;
    if (!k) break;
  }
  ssize na = seqlike_size(a), nb = seqlike_size(b);
  if (i >= na || i >= nb) return vm_bool(vm, cmp_sizes(na, nb, op));
  if (op == CMP_EQ) return vm_bool(vm, false);
  if (op == CMP_NE) return vm_bool(vm, true);
  Object *x = newref(vm, seqlike_item(a, i)), *y = newref(vm, seqlike_item(b, i));
  Object *r = obj_richcompare(vm, x, y, op);
  decref(vm, x);
  decref(vm, y);
  return r;
}

// Compares the item at [i] with [v]; 1, 0 or -1.
static int item_is(Vm *vm, Object *seq, ssize i, Object *v) {
  Object *x = newref(vm, seqlike_item(seq, i));
  int r = obj_richcompare_bool(vm, x, v, CMP_EQ);
  decref(vm, x);
  return r;
}

Object *seq_count(Vm *vm, Object *seq, Object *v) {
  ssize count = 0;
  for (ssize i = 0; i < seqlike_size(seq); i++) {
    int r = item_is(vm, seq, i, v);
    if (r < 0) return NULL;
    count += r;
  }
  return int_from_i64(vm, count);
}

int seq_clamp_arg(Vm *vm, Object *arg, ssize len, ssize *out) {
  if (!arg || arg == vm->none) return 0;
  Object *i = number_index(vm, arg);
  if (!i) {
    err_clear(vm);
    err_set(vm, vm->t.TypeError,
            "slice indices must be integers or have an __index__ method");
    return -1;
  }
  bool ok;
  ssize v = int_as_ssize(vm, i, true, &ok);
  decref(vm, i);
  if (v < 0) {
    v += len;
    if (v < 0) v = 0;
  }
  *out = v;
  return 0;
}

Object *seq_index_method(Vm *vm, Object *seq, Object *const *args,
                         size_t nargs, Object *kwnames) {
  Object *v, *start = NULL, *stop = NULL;
  if (parse_args(vm, is_list(seq) ? "list.index" : "tuple.index", args, nargs,
                 kwnames, "CO|OO:value,start,stop", &v, &start, &stop) < 0)
    return NULL;
  ssize n = seqlike_size(seq), lo = 0, hi = n;
  if (seq_clamp_arg(vm, start, n, &lo) < 0 ||
      seq_clamp_arg(vm, stop, n, &hi) < 0)
    return NULL;
  for (ssize i = lo; i < hi && i < seqlike_size(seq); i++) {
    int r = item_is(vm, seq, i, v);
    if (r < 0) return NULL;
    if (r) return int_from_i64(vm, i);
  }
  if (is_list(seq))
    return err_format(vm, vm->t.ValueError, "%R is not in list", v);
  return err_format(vm, vm->t.ValueError, "tuple.index(x): x not in tuple");
}
