// eval.c — the interpreter loop. Instructions are CPython 3.11's (opcodes.h)
// and keep references on the value stack exactly where CPython does, so
// sys.getrefcount and the moment of every free match. Calls of Python
// functions (and of bound methods, unpacked first as PRECALL does) push a
// frame without recursing in C; exceptions unwind through the code's
// handler table; limits and tracing are handled off the fast path.
#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "eval_ops.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "slice.h"
#include "specialize.h"
#include "str.h"
#include "trace.h"
#include "tuple.h"
#include "vm.h"

void vm_slow_path(Vm *vm, Frame *f, int lasti); // vm.c

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ssize)(n)])
#define LOAD_FRAME()                                                           \
  do {                                                                         \
    co = f->code;                                                              \
    ip = f->ip;                                                                \
    sp = f->localsplus + f->stacktop;                                          \
    locals = f->localsplus;                                                    \
    consts = tuple_items(co->consts);                                          \
    names = tuple_items(co->names);                                            \
  } while (0)
#define SAVE_FRAME()                                                           \
  do {                                                                         \
    f->ip = ip;                                                                \
    f->stacktop = (int)(sp - f->localsplus);                                   \
  } while (0)

// Fast paths for small ints; NULL means "not handled here".
static Object *fast_binop(Vm *vm, Object *a, Object *b, uint32_t op) {
  if (a->type != vm->t.int_ || b->type != vm->t.int_ || !int_is_small(a) ||
      !int_is_small(b))
    return NULL;
  int64_t x = int_small_value(a), y = int_small_value(b), r;
  switch (op % NB_COUNT) {
  case NB_ADD:
    if (__builtin_add_overflow(x, y, &r)) return NULL;
    return int_from_i64(vm, r);
  case NB_SUB:
    if (__builtin_sub_overflow(x, y, &r)) return NULL;
    return int_from_i64(vm, r);
  case NB_MUL:
    if (__builtin_mul_overflow(x, y, &r)) return NULL;
    return int_from_i64(vm, r);
  default:
    return NULL;
  }
}

static Object *fast_compare(Vm *vm, Object *a, Object *b, int op) {
  if (a->type != vm->t.int_ || b->type != vm->t.int_ || !int_is_small(a) ||
      !int_is_small(b))
    return NULL;
  int64_t x = int_small_value(a), y = int_small_value(b);
  bool r;
  switch (op) {
  case CMP_LT: r = x < y; break;
  case CMP_LE: r = x <= y; break;
  case CMP_EQ: r = x == y; break;
  case CMP_NE: r = x != y; break;
  case CMP_GT: r = x > y; break;
  default: r = x >= y; break;
  }
  return vm_bool(vm, r);
}

// Truth of a popped value for the conditional jumps; -1 on error.
static int truth(Vm *vm, Object *v) {
  if (v == vm->true_) return 1;
  if (v == vm->false_ || v == vm->none) return 0;
  return obj_is_true(vm, v);
}

static Object *unbound_check(Vm *vm, Frame *f, int slot) {
  op_unbound_local(vm, f, slot);
  return NULL;
}

// BINARY_OP_INPLACE_ADD_UNICODE: the two operands on [f]'s stack, the
// left one also in local [slot]; appends the right one to that local
// (in place when only the local holds it) and consumes both stack
// references. 0, or -1 with the local unbound, as CPython.
static int inplace_add_unicode(Vm *vm, Frame *f, Object *lhs, Object *rhs,
                               int slot) {
  Object **local = &f->localsplus[slot];
  uint32_t serial = lhs->serial;
  decref(vm, lhs); // the stack's reference: the local keeps it alive
  Object *drop;
  int r = str_append(vm, local, rhs, &drop);
  if (vm->trace.on && (!*local || (*local)->serial != serial))
    frame_trace_local(vm, f, slot);
  xdecref(vm, drop);
  decref(vm, rhs);
  return r;
}

static Object *eval_frame_ex(Vm *vm, Frame *entry, bool *yielded,
                             bool throwing);

// Python code run from C (a call from a builtin, a class body, __del__)
// leaves the REFCOUNT reason of the C caller as it found it.
static Object *eval_frame_from_c(Vm *vm, Frame *f, bool *yielded,
                                 bool throwing) {
  uint16_t reason = vm->trace.reason;
  Object *r = eval_frame_ex(vm, f, yielded, throwing);
  vm->trace.reason = reason;
  return r;
}

Object *eval_frame(Vm *vm, Frame *f, bool *yielded) {
  return eval_frame_from_c(vm, f, yielded, false);
}

Object *eval_frame_throw(Vm *vm, Frame *f, bool *yielded) {
  return eval_frame_from_c(vm, f, yielded, true);
}

static Object *eval_frame_ex(Vm *vm, Frame *entry, bool *yielded,
                             bool throwing) {
  Frame *f = entry;
  CodeObject *co;
  uint32_t *ip;
  Object **sp, **locals, **consts, **names;
  Object *kwnames = NULL;
  *yielded = false;
  entry->is_entry = true;
  vm->frame = f;
  if (vm_enter_stack(vm) < 0) {
    LOAD_FRAME();
    goto exit_unwind;
  }
  LOAD_FRAME();
  if (throwing) goto error;

  for (;;) {
    uint32_t instr = *ip++;
    int lasti = (int)(ip - 1 - co->instrs);
    f->lasti = lasti;
    if (UNLIKELY(vm->steps++ >= vm->next_check)) {
      SAVE_FRAME();
      vm_slow_path(vm, f, lasti);
      if (vm->exc) goto error;
    }
    uint32_t arg = instr_arg(instr);
    switch (instr_op(instr)) {
    case OP_NOP:
      break;

    case OP_POP_TOP: {
      Object *v = POP();
      xdecref(vm, v);
      break;
    }

    case OP_PUSH_NULL:
      PUSH(NULL);
      break;

    case OP_COPY: {
      Object *v = PEEK(arg);
      PUSH(newref(vm, v));
      break;
    }

    case OP_SWAP: {
      Object *t = TOP();
      TOP() = PEEK(arg);
      PEEK(arg) = t;
      break;
    }

    case OP_UNARY_POSITIVE:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_INVERT: {
      Object *v = TOP();
      Object *r = instr_op(instr) == OP_UNARY_POSITIVE ? number_positive(vm, v)
                  : instr_op(instr) == OP_UNARY_NEGATIVE ? number_negative(vm, v)
                                                         : number_invert(vm, v);
      decref(vm, v);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_UNARY_NOT: {
      Object *v = TOP();
      int t = truth(vm, v);
      decref(vm, v);
      if (t < 0) {
        TOP() = NULL;
        goto error;
      }
      TOP() = vm_bool(vm, !t);
      break;
    }

    case OP_BINARY_OP: {
      if (UNLIKELY(co->spec != NULL) &&
          spec_binop_inplace(vm, co, lasti, SECOND(), TOP(), locals)) {
        Object *rhs = POP(), *lhs = POP();
        if (inplace_add_unicode(vm, f, lhs, rhs, (int)instr_arg(*ip)) < 0)
          goto error;
        ip++; // the STORE_FAST is done
        if (UNLIKELY(vm->trace.on)) {
          SAVE_FRAME();
          vm_slow_path(vm, f, lasti + 1);
          if (vm->exc) goto error;
        }
        break;
      }
      Object *rhs = POP(), *lhs = TOP();
      Object *r = fast_binop(vm, lhs, rhs, arg);
      if (!r) {
        r = arg >= NB_COUNT ? number_inplace(vm, lhs, rhs, (NbOp)(arg - NB_COUNT))
                            : number_binop(vm, lhs, rhs, (NbOp)arg);
      }
      decref(vm, lhs);
      decref(vm, rhs);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_COMPARE_OP: {
      Object *rhs = POP(), *lhs = TOP();
      Object *r = fast_compare(vm, lhs, rhs, (int)arg);
      if (!r) r = obj_richcompare(vm, lhs, rhs, (int)arg);
      decref(vm, lhs);
      decref(vm, rhs);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_IS_OP: {
      Object *rhs = POP(), *lhs = TOP();
      bool r = (lhs == rhs) ^ (arg != 0);
      decref(vm, lhs);
      decref(vm, rhs);
      TOP() = vm_bool(vm, r);
      break;
    }

    case OP_CONTAINS_OP: {
      Object *container = POP(), *item = TOP();
      int r = seq_contains(vm, container, item);
      decref(vm, container);
      decref(vm, item);
      if (r < 0) {
        TOP() = NULL;
        goto error;
      }
      TOP() = vm_bool(vm, (r != 0) ^ (arg != 0));
      break;
    }

    case OP_BINARY_SUBSCR: {
      Object *sub = POP(), *container = TOP();
      Object *r = obj_getitem(vm, container, sub);
      decref(vm, container);
      decref(vm, sub);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_STORE_SUBSCR: {
      Object *sub = TOP(), *container = SECOND(), *v = PEEK(3);
      sp -= 3;
      int r = obj_setitem(vm, container, sub, v);
      decref(vm, v);
      decref(vm, container);
      decref(vm, sub);
      if (r < 0) goto error;
      break;
    }

    case OP_DELETE_SUBSCR: {
      Object *sub = POP(), *container = POP();
      int r = obj_delitem(vm, container, sub);
      decref(vm, container);
      decref(vm, sub);
      if (r < 0) goto error;
      break;
    }

    case OP_BUILD_SLICE: {
      Object *step = arg == 3 ? POP() : NULL;
      Object *stop = POP(), *start = TOP();
      Object *s = slice_new(vm, start, stop, step ? step : vm->none);
      decref(vm, start);
      decref(vm, stop);
      xdecref(vm, step);
      TOP() = s;
      if (!s) goto error;
      break;
    }

    case OP_GET_ITER: {
      Object *iterable = TOP();
      Object *it = obj_get_iter(vm, iterable);
      decref(vm, iterable);
      TOP() = it;
      if (!it) goto error;
      break;
    }

    case OP_FOR_ITER: {
      Object *it = TOP();
      Object *next = iter_next(vm, it);
      if (next) {
        PUSH(next);
        break;
      }
      if (vm->exc) goto error;
      sp--;
      decref(vm, it);
      ip = co->instrs + arg;
      break;
    }

    case OP_GET_YIELD_FROM_ITER: {
      Object *iterable = TOP();
      Object *it = op_get_yield_from_iter(vm, iterable);
      decref(vm, iterable);
      TOP() = it;
      if (!it) goto error;
      break;
    }

    case OP_SEND: {
      Object *v = POP(), *iter = TOP(), *out = NULL;
      SAVE_FRAME();
      int r = op_send(vm, iter, v, &out);
      decref(vm, v);
      if (r < 0) goto error;
      if (r == 1) {
        sp--;
        decref(vm, iter);
        PUSH(out);
        ip = co->instrs + arg;
        break;
      }
      PUSH(out);
      break;
    }

    case OP_YIELD_VALUE: {
      Object *v = POP();
      SAVE_FRAME();
      *yielded = true;
      vm->frame = f->previous;
      vm_leave_stack(vm);
      return v;
    }

    case OP_RETURN_VALUE: {
      Object *retval = POP();
      SAVE_FRAME();
      if (TRACE_FRAME(vm, f))
        trace_emit(vm, EV_RETURN, 0, 0, f->serial, trace_obj(vm, retval), 0);
      if (f == entry) {
        vm->frame = f->previous;
        trace_frame_exit(vm, f);
        vm_leave_stack(vm);
        if (f->owner == FRAME_OWNED_BY_VM) {
          frame_clear(vm, f);
          eval_pop_frame(vm, f);
        }
        return retval;
      }
      // Unlinked before it is cleared (CPython's GH-99729): a __del__ run
      // by the clearing must not see the dying frame as its caller.
      Frame *prev = f->previous;
      vm->frame = prev;
      trace_frame_exit(vm, f);
      frame_clear(vm, f);
      eval_pop_frame(vm, f);
      f = prev;
      LOAD_FRAME();
      PUSH(retval);
      break;
    }

    case OP_LOAD_CONST:
      PUSH(newref(vm, consts[arg]));
      break;

    case OP_LOAD_FAST: {
      Object *v = locals[arg];
      if (!v) {
        unbound_check(vm, f, (int)arg);
        goto error;
      }
      PUSH(newref(vm, v));
      break;
    }

    case OP_STORE_FAST: {
      Object *v = POP(), *old = locals[arg];
      locals[arg] = v;
      frame_trace_local(vm, f, (int)arg);
      xdecref(vm, old);
      break;
    }

    case OP_DELETE_FAST: {
      Object *old = locals[arg];
      if (!old) {
        unbound_check(vm, f, (int)arg);
        goto error;
      }
      locals[arg] = NULL;
      frame_trace_local(vm, f, (int)arg);
      decref(vm, old);
      break;
    }

    case OP_LOAD_NAME: {
      Object *v = op_load_name(vm, f, names[arg]);
      if (!v) goto error;
      PUSH(v);
      break;
    }

    case OP_STORE_NAME: {
      Object *v = POP();
      int r = op_store_name(vm, f, names[arg], v);
      decref(vm, v);
      if (r < 0) goto error;
      break;
    }

    case OP_DELETE_NAME:
      if (op_delete_name(vm, f, names[arg]) < 0) goto error;
      break;

    case OP_LOAD_GLOBAL: {
      Object *v = op_load_global(vm, f, names[arg >> 1]);
      if (!v) goto error;
      if (arg & 1) PUSH(NULL);
      PUSH(v);
      break;
    }

    case OP_STORE_GLOBAL: {
      Object *v = POP();
      int r = op_store_global(vm, f, names[arg], v);
      decref(vm, v);
      if (r < 0) goto error;
      break;
    }

    case OP_DELETE_GLOBAL:
      if (op_delete_global(vm, f, names[arg]) < 0) goto error;
      break;

    case OP_LOAD_DEREF: {
      Object *v = ((CellObject *)locals[arg])->ref;
      if (!v) {
        op_unbound_deref(vm, f, (int)arg);
        goto error;
      }
      PUSH(newref(vm, v));
      break;
    }

    case OP_LOAD_CLASSDEREF: {
      Object *v = op_load_classderef(vm, f, (int)arg);
      if (!v) goto error;
      PUSH(v);
      break;
    }

    case OP_STORE_DEREF: {
      Object *v = POP();
      cell_set(vm, locals[arg], v);
      decref(vm, v);
      break;
    }

    case OP_DELETE_DEREF: {
      CellObject *cell = (CellObject *)locals[arg];
      if (!cell->ref) {
        op_unbound_deref(vm, f, (int)arg);
        goto error;
      }
      cell_set(vm, AS_OBJ(cell), NULL);
      break;
    }

    case OP_LOAD_CLOSURE:
      PUSH(newref(vm, locals[arg]));
      break;

    case OP_LOAD_ATTR: {
      Object *owner = TOP();
      Object *r = obj_getattr(vm, owner, names[arg]);
      decref(vm, owner);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_STORE_ATTR: {
      Object *owner = TOP(), *v = SECOND();
      sp -= 2;
      int r = obj_setattr(vm, owner, names[arg], v);
      decref(vm, v);
      decref(vm, owner);
      if (r < 0) goto error;
      break;
    }

    case OP_DELETE_ATTR: {
      Object *owner = POP();
      int r = obj_setattr(vm, owner, names[arg], NULL);
      decref(vm, owner);
      if (r < 0) goto error;
      break;
    }

    case OP_LOAD_METHOD: {
      Object *obj = TOP(), *meth, *self;
      if (op_load_method(vm, obj, names[arg], &meth, &self) < 0) {
        decref(vm, obj);
        TOP() = NULL;
        goto error;
      }
      if (self) {
        TOP() = meth;
        PUSH(self); // the reference obj held moves here
      } else {
        decref(vm, obj);
        TOP() = NULL;
        PUSH(meth);
      }
      break;
    }

    case OP_BUILD_TUPLE: {
      Object *t = tuple_new(vm, arg);
      if (!t) goto error;
      sp -= arg;
      for (uint32_t i = 0; i < arg; i++) tuple_init_item(vm, t, i, sp[i]);
      PUSH(t);
      break;
    }

    case OP_BUILD_LIST: {
      Object *l = list_new(vm, arg);
      if (!l) goto error;
      sp -= arg;
      for (uint32_t i = 0; i < arg; i++) list_init_item(vm, l, i, sp[i]);
      PUSH(l);
      break;
    }

    case OP_BUILD_SET: {
      Object *s = op_build_set(vm, sp - arg, (int)arg);
      sp -= arg;
      if (!s) goto error;
      PUSH(s);
      break;
    }

    case OP_BUILD_MAP: {
      Object *d = op_build_map(vm, sp - 2 * arg, (int)arg);
      sp -= 2 * arg;
      if (!d) goto error;
      PUSH(d);
      break;
    }

    case OP_BUILD_CONST_KEY_MAP: {
      Object *keys = POP();
      Object *d = op_build_const_key_map(vm, sp - arg, (int)arg, keys);
      sp -= arg;
      decref(vm, keys);
      if (!d) goto error;
      PUSH(d);
      break;
    }

    case OP_BUILD_STRING: {
      Object *s = op_build_string(vm, sp - arg, (int)arg);
      sp -= arg;
      if (!s) goto error;
      PUSH(s);
      break;
    }

    case OP_LIST_APPEND: {
      Object *v = POP();
      int r = list_append(vm, PEEK(arg), v);
      decref(vm, v);
      if (r < 0) goto error;
      break;
    }

    case OP_SET_ADD: {
      Object *v = POP();
      int r = set_add(vm, PEEK(arg), v);
      decref(vm, v);
      if (r < 0) goto error;
      break;
    }

    case OP_MAP_ADD: {
      Object *value = POP(), *key = POP();
      int r = dict_set(vm, PEEK(arg), key, value);
      decref(vm, key);
      decref(vm, value);
      if (r < 0) goto error;
      break;
    }

    case OP_LIST_EXTEND: {
      Object *iterable = POP();
      int r = op_list_extend(vm, PEEK(arg), iterable);
      decref(vm, iterable);
      if (r < 0) goto error;
      break;
    }

    case OP_SET_UPDATE: {
      Object *iterable = POP();
      int r = set_update(vm, PEEK(arg), iterable);
      decref(vm, iterable);
      if (r < 0) goto error;
      break;
    }

    case OP_DICT_UPDATE:
    case OP_DICT_MERGE: {
      Object *update = POP();
      Object *func = instr_op(instr) == OP_DICT_MERGE ? PEEK(arg + 2) : NULL;
      int r = op_dict_merge(vm, func, PEEK(arg), update,
                            instr_op(instr) == OP_DICT_MERGE);
      decref(vm, update);
      if (r < 0) goto error;
      break;
    }

    case OP_LIST_TO_TUPLE: {
      Object *l = TOP();
      Object *t = list_as_tuple(vm, l);
      decref(vm, l);
      TOP() = t;
      if (!t) goto error;
      break;
    }

    case OP_UNPACK_SEQUENCE: {
      Object *seq = POP();
      Object **out = sp;
      if ((seq->type == vm->t.tuple && tuple_size(seq) == (ssize)arg) ||
          (seq->type == vm->t.list && list_size(seq) == (ssize)arg)) {
        Object **items = is_tuple(seq) ? tuple_items(seq) : list_items(seq);
        for (uint32_t i = 0; i < arg; i++) out[arg - 1 - i] = newref(vm, items[i]);
      } else {
        Object *tmp[256];
        Object **buf = arg <= 256 ? tmp : alloc_bytes(&vm->alloc, sizeof(Object *) * arg);
        if (!buf || unpack_iterable(vm, seq, arg, buf) < 0) {
          if (buf && buf != tmp) alloc_free(&vm->alloc, buf, sizeof(Object *) * arg);
          decref(vm, seq);
          if (!buf) err_no_memory(vm);
          goto error;
        }
        for (uint32_t i = 0; i < arg; i++) out[arg - 1 - i] = buf[i];
        if (buf != tmp) alloc_free(&vm->alloc, buf, sizeof(Object *) * arg);
      }
      sp += arg;
      decref(vm, seq);
      break;
    }

    case OP_UNPACK_EX: {
      int before = (int)(arg & 0xFF), after = (int)(arg >> 8);
      Object *seq = POP();
      int total = before + 1 + after;
      Object **buf = alloc_bytes(&vm->alloc, sizeof(Object *) * (size_t)total);
      if (!buf || op_unpack_ex(vm, seq, before, after, buf) < 0) {
        if (buf) alloc_free(&vm->alloc, buf, sizeof(Object *) * (size_t)total);
        else err_no_memory(vm);
        decref(vm, seq);
        goto error;
      }
      for (int i = 0; i < total; i++) sp[total - 1 - i] = buf[i];
      sp += total;
      alloc_free(&vm->alloc, buf, sizeof(Object *) * (size_t)total);
      decref(vm, seq);
      break;
    }

    case OP_KW_NAMES:
      kwnames = consts[arg];
      break;

    case OP_CALL: {
      Object **base = sp - arg - 2;
      Object *kw = kwnames;
      kwnames = NULL;
      bool is_meth = base[0] != NULL;
      if (!is_meth && base[1]->type == vm->t.method) {
        // PRECALL: a bound method becomes its function and self.
        MethodObject *m = (MethodObject *)base[1];
        base[0] = newref(vm, m->func);
        base[1] = newref(vm, m->self);
        decref(vm, AS_OBJ(m));
        is_meth = true;
      }
      Object *callable = is_meth ? base[0] : base[1];
      Object **args = is_meth ? base + 1 : base + 2;
      size_t nargs = arg + (is_meth ? 1 : 0);
      size_t npos = nargs - (kw ? (size_t)tuple_size(kw) : 0);
      if (callable->type == vm->t.function) {
        sp = base;
        SAVE_FRAME();
        Frame *nf = eval_push_function_frame(vm, callable, args, npos, kw, true);
        if (!nf) goto error;
        if (nf->code->flags & CO_GENERATOR) {
          Object *g = gen_new_from_frame(vm, nf);
          if (!g) goto error;
          PUSH(g);
          break;
        }
        f = nf;
        vm->frame = f;
        LOAD_FRAME();
        break;
      }
      SAVE_FRAME();
      Object *r = callable->type == vm->t.builtin
                      ? builtin_call_bytecode(vm, callable, args, npos, kw,
                                              code_is_quick(co))
                      : obj_call(vm, callable, args, npos, kw);
      for (size_t i = 0; i < nargs; i++) decref(vm, args[i]);
      decref(vm, callable);
      sp = base;
      if (!r) goto error;
      PUSH(r);
      break;
    }

    case OP_CALL_FUNCTION_EX: {
      Object *kwargs = (arg & 1) ? POP() : NULL;
      Object *callargs = POP(), *func = POP();
      Object *null = POP();
      UNUSED(null);
      SAVE_FRAME();
      Object *r = op_call_ex(vm, func, callargs, kwargs);
      decref(vm, func);
      decref(vm, callargs);
      xdecref(vm, kwargs);
      if (!r) goto error;
      PUSH(r);
      break;
    }

    case OP_MAKE_FUNCTION: {
      Object *code = POP();
      int nextra = __builtin_popcount(arg & 0xF);
      Object *fn = op_make_function(vm, f, code, (int)arg, sp - nextra);
      sp -= nextra;
      decref(vm, code);
      if (!fn) goto error;
      PUSH(fn);
      break;
    }

    case OP_LOAD_BUILD_CLASS: {
      Object *bc = dict_get_str(vm, f->builtins, vm->str.build_class);
      if (!bc) {
        err_set(vm, vm->t.NameError, "__build_class__ not found");
        goto error;
      }
      PUSH(newref(vm, bc));
      break;
    }

    case OP_JUMP:
      if ((ssize)arg < lasti) code_warmup(co); // JUMP_BACKWARD
      ip = co->instrs + arg;
      break;

    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: {
      Object *v = POP();
      int t = truth(vm, v);
      decref(vm, v);
      if (t < 0) goto error;
      if (t == (instr_op(instr) == OP_POP_JUMP_IF_TRUE)) ip = co->instrs + arg;
      break;
    }

    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: {
      Object *v = POP();
      bool is_none = v == vm->none;
      decref(vm, v);
      if (is_none == (instr_op(instr) == OP_POP_JUMP_IF_NONE)) ip = co->instrs + arg;
      break;
    }

    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: {
      Object *v = TOP();
      int t = truth(vm, v);
      if (t < 0) goto error;
      if (t == (instr_op(instr) == OP_JUMP_IF_TRUE_OR_POP)) {
        ip = co->instrs + arg;
      } else {
        sp--;
        decref(vm, v);
      }
      break;
    }

    case OP_PUSH_EXC_INFO: {
      Object *exc = TOP();
      ExcInfo *info = vm->exc_info;
      TOP() = info->exc_value ? info->exc_value : newref(vm, vm->none);
      info->exc_value = newref(vm, exc);
      PUSH(exc);
      trace_handled(vm);
      break;
    }

    case OP_POP_EXCEPT: {
      ExcInfo *info = vm->exc_info;
      Object *old = info->exc_value;
      info->exc_value = POP();
      trace_handled(vm);
      xdecref(vm, old);
      break;
    }

    case OP_CHECK_EXC_MATCH: {
      Object *type = POP(), *exc = TOP();
      int r = op_exc_match(vm, exc, type);
      decref(vm, type);
      if (r < 0) goto error;
      PUSH(vm_bool(vm, r));
      break;
    }

    case OP_RERAISE: {
      Object *exc = POP();
      if (arg) {
        Object *lasti_obj = PEEK(arg);
        if (is_int(lasti_obj)) f->lasti = (int)int_small_value(lasti_obj);
      }
      err_restore(vm, exc);
      goto exception_unwind;
    }

    case OP_RAISE_VARARGS: {
      Object *cause = arg == 2 ? POP() : NULL;
      Object *exc = arg >= 1 ? POP() : NULL;
      SAVE_FRAME();
      if (op_raise(vm, exc, cause) == 1) goto exception_unwind;
      goto error;
    }

    case OP_BEFORE_WITH: {
      Object *mgr = TOP(), *enter, *exit;
      SAVE_FRAME();
      if (op_before_with(vm, mgr, &enter, &exit) < 0) goto error;
      TOP() = exit;
      decref(vm, mgr);
      Object *res = obj_call0(vm, enter);
      decref(vm, enter);
      if (!res) goto error;
      PUSH(res);
      break;
    }

    case OP_WITH_EXCEPT_START: {
      Object *val = TOP(), *exit = PEEK(4);
      Object *tb = ((ExceptionObject *)val)->traceback;
      Object *args[3] = {AS_OBJ(val->type), val, tb ? tb : vm->none};
      SAVE_FRAME();
      Object *r = obj_call(vm, exit, args, 3, NULL);
      if (!r) goto error;
      PUSH(r);
      break;
    }

    case OP_LOAD_ASSERTION_ERROR:
      PUSH(newref(vm, AS_OBJ(vm->t.AssertionError)));
      break;

    case OP_IMPORT_NAME: {
      Object *fromlist = POP(), *level = TOP();
      SAVE_FRAME();
      Object *r = op_import_name(vm, f, names[arg], fromlist, level);
      decref(vm, level);
      decref(vm, fromlist);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_IMPORT_FROM: {
      Object *r = op_import_from(vm, TOP(), names[arg]);
      if (!r) goto error;
      PUSH(r);
      break;
    }

    case OP_IMPORT_STAR: {
      Object *mod = POP();
      int r = op_import_star(vm, f, mod);
      decref(vm, mod);
      if (r < 0) goto error;
      break;
    }

    case OP_FORMAT_VALUE: {
      Object *spec = (arg & FV_HAVE_SPEC) ? POP() : NULL;
      Object *value = TOP();
      Object *r = op_format_value(vm, value, (int)arg, spec);
      decref(vm, value);
      xdecref(vm, spec);
      TOP() = r;
      if (!r) goto error;
      break;
    }

    case OP_SETUP_ANNOTATIONS:
      if (op_setup_annotations(vm, f) < 0) goto error;
      break;

    default:
      err_format(vm, vm->t.SystemError, "unknown opcode %d", (int)instr_op(instr));
      goto error;
    }
    continue;

  error:
    // A new exception at this instruction: record where it passed through.
    SAVE_FRAME();
    if (!vm->stopping) traceback_here(vm, f); // on failure: no entry
    if (TRACE_FRAME(vm, f) && vm->exc)
      trace_emit(vm, EV_EXC_RAISE, 0, 0, trace_obj(vm, vm->exc), f->serial,
                 (uint32_t)frame_line(f));

  exception_unwind: {
    // The handler of the instruction being run: RERAISE may have moved
    // f->lasti back (for the line numbers and the pushed lasti only).
    int at = (int)(ip - 1 - co->instrs);
    int h = vm->stopping || at < 0 ? -1 : co->handler_of[at];
    if (h >= 0) {
      ExcHandler *eh = &co->handlers[h];
      Object **base = f->localsplus + co->nlocalsplus;
      while (sp > base + eh->depth) {
        Object *v = POP();
        xdecref(vm, v);
      }
      if (eh->lasti) {
        Object *li = int_from_i64(vm, f->lasti);
        if (!li) goto exit_unwind;
        PUSH(li);
      }
      if (!vm->exc) // a C function failed without saying why
        err_set(vm, vm->t.SystemError, "error return without exception set");
      Object *exc = err_fetch(vm);
      if (!exc) exc = newref(vm, vm->memory_error);
      if (TRACE_FRAME(vm, f))
        trace_emit(vm, EV_EXC_CATCH, 0, 0, trace_obj(vm, exc), f->serial,
                   (uint32_t)frame_line(f));
      PUSH(exc);
      ip = co->instrs + eh->target;
      continue;
    }
  }

  exit_unwind: {
    Object **base = f->localsplus + co->nlocalsplus;
    while (sp > base) {
      Object *v = POP();
      xdecref(vm, v);
    }
    SAVE_FRAME();
    kwnames = NULL;
    if (f == entry) {
      vm->frame = f->previous;
      trace_frame_exit(vm, f);
      vm_leave_stack(vm);
      if (f->owner == FRAME_OWNED_BY_VM) {
        frame_clear(vm, f);
        eval_pop_frame(vm, f);
      }
      return NULL;
    }
    Frame *prev = f->previous;
    vm->frame = prev; // unlinked before it is cleared, as above
    trace_frame_exit(vm, f);
    frame_clear(vm, f);
    eval_pop_frame(vm, f);
    f = prev;
    LOAD_FRAME();
    goto error;
  }
  }
}
