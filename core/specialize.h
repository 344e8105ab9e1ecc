// specialize.h — the one part of CPython 3.11's adaptive specialization a
// program can observe: BINARY_OP_INPLACE_ADD_UNICODE, which makes `s += t`
// (or `s = s + t`) on a function's local str extend it in place instead of
// making a new str. CPython picks it per instruction, from the operands it
// sees once the code is quickened (Python/specialize.c,
// _Py_Specialize_BinaryOp, and the counters of pycore_code.h); this module
// keeps the same per-instruction state, so the same executions take it.
// See ../shared/cpython-semantics.md for why it matters (ids, the trace).
#ifndef core_specialize_h
#define core_specialize_h

#include "func.h"

// Gives [co] its specialization state if it has a BINARY_OP that CPython
// could specialize this way (an add whose result goes straight to a
// STORE_FAST). 0, or -1 on MemoryError.
int spec_init(Vm *vm, CodeObject *co);
void spec_free(Vm *vm, CodeObject *co);

// For the BINARY_OP at [lasti] of [co] (co->spec set): runs CPython's
// adaptive counters for this execution and says whether it is an in-place
// str append into local [co->instrs[lasti + 1]]'s slot.
bool spec_binop_inplace(Vm *vm, CodeObject *co, int lasti, Object *lhs,
                        Object *rhs, Object *const *locals);

#endif
