// specialize.c — CPython 3.11's specialization state for the BINARY_OP adds
// that may become BINARY_OP_INPLACE_ADD_UNICODE (see specialize.h). One
// 32-bit word per instruction: ELIGIBLE, the specialized form, and the
// 16-bit counter CPython keeps in the instruction's inline cache.
#include "specialize.h"

#include "opcodes.h"
#include "vm.h"

enum {
  ELIGIBLE = 1u << 31,
  KIND_SHIFT = 16,
  // The forms an eligible BINARY_OP can take (the 'add' specializations).
  ADAPTIVE = 0, INPLACE_UNICODE, ADD_UNICODE, ADD_INT, ADD_FLOAT,
  // Counters (pycore_code.h): 12 bits of value over 4 of backoff exponent
  // while adaptive; a plain count of misses allowed once specialized.
  BACKOFF_BITS = 4, BACKOFF_START = 5, MAX_BACKOFF = 16 - BACKOFF_BITS,
  MISS_COUNTER_START = 53,
};

static bool is_store_fast(uint32_t instr) {
  // A STORE_FAST past slot 255 needs an EXTENDED_ARG before it in CPython,
  // which hides it from both checks below.
  return instr_op(instr) == OP_STORE_FAST && instr_arg(instr) <= 255;
}

// An add followed by a STORE_FAST that quickening leaves alone (a second
// STORE_FAST after it would make the pair STORE_FAST__STORE_FAST, which
// CPython does not accept as the target).
static bool eligible(const CodeObject *co, int i) {
  uint32_t in = co->instrs[i];
  if (instr_op(in) != OP_BINARY_OP || instr_arg(in) % NB_COUNT != NB_ADD)
    return false;
  if (i + 1 >= co->ninstrs || !is_store_fast(co->instrs[i + 1])) return false;
  return i + 2 >= co->ninstrs || !is_store_fast(co->instrs[i + 2]);
}

int spec_init(Vm *vm, CodeObject *co) {
  for (int i = 0; i < co->ninstrs; i++) {
    if (!eligible(co, i)) continue;
    if (!co->spec) {
      co->spec = alloc_bytes(&vm->alloc, sizeof(uint32_t) * (size_t)co->ninstrs);
      if (!co->spec) return -1;
    }
    co->spec[i] = ELIGIBLE; // adaptive, counter 0: specializes at once
  }
  return 0;
}

void spec_free(Vm *vm, CodeObject *co) {
  alloc_free(&vm->alloc, co->spec, sizeof(uint32_t) * (size_t)co->ninstrs);
  co->spec = NULL;
}

static uint16_t counter_bits(unsigned value, unsigned backoff) {
  return (uint16_t)((value << BACKOFF_BITS) | (backoff & 15u));
}

// After a failed specialization: wait twice as long next time.
static uint16_t backoff(uint16_t counter) {
  unsigned b = (counter & 15u) + 1;
  if (b > MAX_BACKOFF) b = MAX_BACKOFF;
  return counter_bits((1u << b) - 1, b);
}

// _Py_Specialize_BinaryOp for an add: the form, or ADAPTIVE on failure.
static int specialize(Vm *vm, const CodeObject *co, int lasti, Object *lhs,
                      Object *rhs, Object *const *locals) {
  if (lhs->type != rhs->type) return ADAPTIVE;
  if (lhs->type == vm->t.str) {
    uint32_t store = co->instrs[lasti + 1];
    return locals[instr_arg(store)] == lhs ? INPLACE_UNICODE : ADD_UNICODE;
  }
  if (lhs->type == vm->t.int_) return ADD_INT;
  if (lhs->type == vm->t.float_) return ADD_FLOAT;
  return ADAPTIVE;
}

// The DEOPT_IF guards of each specialized form.
static bool guards_hold(Vm *vm, const CodeObject *co, int lasti, int kind,
                        Object *lhs, Object *rhs, Object *const *locals) {
  if (lhs->type != rhs->type) return false;
  switch (kind) {
  case INPLACE_UNICODE:
    return lhs->type == vm->t.str &&
           locals[instr_arg(co->instrs[lasti + 1])] == lhs;
  case ADD_UNICODE: return lhs->type == vm->t.str;
  case ADD_INT: return lhs->type == vm->t.int_;
  default: return lhs->type == vm->t.float_;
  }
}

bool spec_binop_inplace(Vm *vm, CodeObject *co, int lasti, Object *lhs,
                        Object *rhs, Object *const *locals) {
  uint32_t st = co->spec[lasti];
  if (!(st & ELIGIBLE) || !code_is_quick(co)) return false;
  int kind = (int)((st >> KIND_SHIFT) & 7);
  uint16_t counter = (uint16_t)st;
  if (kind == ADAPTIVE) {
    if (counter >= 1u << BACKOFF_BITS) {
      counter = (uint16_t)(counter - (1u << BACKOFF_BITS)); // deferred
    } else if ((kind = specialize(vm, co, lasti, lhs, rhs, locals)) ==
               ADAPTIVE) {
      // Failed: back off, then this execution runs as the adaptive form
      // again, which counts one deferral.
      counter = (uint16_t)(backoff(counter) - (1u << BACKOFF_BITS));
    } else {
      counter = MISS_COUNTER_START;
    }
  } else if (!guards_hold(vm, co, lasti, kind, lhs, rhs, locals)) {
    // A miss: the generic BINARY_OP runs; enough of them and the
    // instruction goes back to adaptive.
    if (--counter == 0) {
      kind = ADAPTIVE;
      counter = counter_bits((1u << BACKOFF_START) - 1, BACKOFF_START);
    }
    co->spec[lasti] = ELIGIBLE | (uint32_t)kind << KIND_SHIFT | counter;
    return false;
  }
  co->spec[lasti] = ELIGIBLE | (uint32_t)kind << KIND_SHIFT | counter;
  return kind == INPLACE_UNICODE;
}
