// int_cost.h — what big-number arithmetic costs against the limits: the
// step limit is charged before a multiplication, division or power runs
// (so 10**10**8 stops at once instead of computing for minutes) and a
// result too large for the memory limit fails first. See core/LIMITS.md.
#ifndef core_int_cost_h
#define core_int_cost_h

#include "bigint.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct Vm Vm;

// Each returns false with the stop or MemoryError raised if the operation
// must not run. Digit counts are bigint's 30-bit digits.
// A result of [digits] that could not fit under the memory limit is a
// MemoryError before any work (as CPython's allocation would fail).
bool int_cost_result(Vm *vm, int64_t digits);
bool int_cost_mul(Vm *vm, const BigInt *x, const BigInt *y);
bool int_cost_div(Vm *vm, const BigInt *x, const BigInt *y);
bool int_cost_pow(Vm *vm, const BigInt *x, const BigInt *y);
bool int_cost_powmod(Vm *vm, const BigInt *y, const BigInt *m);

#endif
