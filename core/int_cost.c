// int_cost.c — charges big-number arithmetic to the step limit before it
// runs, and refuses results larger than the memory limit. The estimates
// are digit operations of bigint's algorithms (schoolbook, Karatsuba,
// Knuth's division), over-estimated; LIMITS.md gives the calibration.
#include "int_cost.h"

#include "errors.h"
#include "vm.h"

#include <math.h>

// Digit operations per step: a bytecode instruction costs about as much as
// eight digit multiply-adds (10**10**7, 19 s in python3, fits in 2^30).
enum { DIGIT_OPS_PER_STEP = 8, KARATSUBA_CUTOFF = 48 };

// Digit operations to multiply numbers of [a] and [b] digits: schoolbook
// below the cutoff, then three multiplications of halves per level.
static double mul_ops(double a, double b) {
  double lo = a < b ? a : b, hi = a < b ? b : a;
  if (lo < 1) return hi;
  double square = 1;
  for (; lo > KARATSUBA_CUTOFF; lo /= 2) square *= 3;
  double pieces = hi / (a < b ? a : b); // slices of the longer one
  return pieces * square * lo * lo + hi;
}

// Two significant figures of the decimal digits of a number of [bits].
static long long decimal_digits(double bits) {
  long long n = (long long)(bits * 0.30103) + 1, unit = 1; // log10(2)
  while (n / unit >= 100) unit *= 10;
  return n / unit * unit;
}

// Charges [ops] digit operations; an operation that alone would pass the
// limit stops the program now, with a message naming it.
static bool charge(Vm *vm, double ops, double result_bits) {
  double steps = ops / DIGIT_OPS_PER_STEP;
  if (vm->max_steps > 0 && steps > (double)(vm->max_steps - vm->steps)) {
    vm_hit_limit(vm, "steps",
                 "arithmetic on an integer of about %lld digits would take "
                 "longer than the step limit (%lld steps) allows",
                 decimal_digits(result_bits), (long long)vm->max_steps);
    steps = 0;
  }
  return vm_charge(vm, steps > 1e15 ? (int64_t)1e15 : (int64_t)steps) == 0;
}

bool int_cost_result(Vm *vm, int64_t digits) {
  if (digits >= 0 && digits < INT64_MAX / 4 &&
      !alloc_over_limit(&vm->alloc, (size_t)digits * 4))
    return true;
  err_no_memory(vm);
  return false;
}

bool int_cost_mul(Vm *vm, const BigInt *x, const BigInt *y) {
  double a = (double)big_ndigits(x), b = (double)big_ndigits(y);
  return int_cost_result(vm, big_mul_digits(x, y)) &&
         charge(vm, mul_ops(a, b), (a + b) * BIG_SHIFT);
}

bool int_cost_div(Vm *vm, const BigInt *x, const BigInt *y) {
  double a = (double)big_ndigits(x), b = (double)big_ndigits(y);
  double quotient = a > b ? a - b + 1 : 1;
  return charge(vm, quotient * b + a, a * BIG_SHIFT);
}

// The bits of x ** y: log2 of a small base exactly (10 is 3.32 bits, not
// the 4 of the upper bound [bound]).
static double pow_bits(const BigInt *x, const BigInt *y, int64_t bound) {
  int overflow = 0;
  int64_t e;
  if (big_bit_length(x) >= 1000 || !big_to_i64(y, &e)) return (double)bound;
  double base = fabs(big_to_double(x, &overflow));
  return base > 1 ? log2(base) * (double)e : (double)bound;
}

// Squaring up to the result: the last squaring dominates (each earlier
// one costs a third as much), so 1.5 of it.
bool int_cost_pow(Vm *vm, const BigInt *x, const BigInt *y) {
  int64_t bound = big_pow_bits_estimate(x, y);
  if (!int_cost_result(vm, bound / BIG_SHIFT + 1)) return false;
  double bits = pow_bits(x, y, bound);
  double half = (bits / BIG_SHIFT + 1) / 2;
  return charge(vm, 1.5 * mul_ops(half, half), bits);
}

// Modular power: a multiplication and a division by m per exponent bit.
bool int_cost_powmod(Vm *vm, const BigInt *y, const BigInt *m) {
  double n = (double)big_ndigits(m), bits = (double)big_bit_length(y);
  return charge(vm, 2 * bits * (mul_ops(n, n) + n * n), n * BIG_SHIFT);
}
