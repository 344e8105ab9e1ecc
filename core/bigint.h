// bigint.h — arbitrary-precision integers with CPython 3.11's semantics
// (sign-magnitude, 30-bit digits as in Objects/longobject.c). Pure C: no
// object model; the VM wraps BigInt values into int objects. Algorithms and
// error texts are described in core/NUMBERS.md.
#ifndef core_bigint_h
#define core_bigint_h

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define BIG_SHIFT 30
#define BIG_BASE ((uint32_t)1 << BIG_SHIFT)
#define BIG_MASK (BIG_BASE - 1)

// |size| digits of BIG_SHIFT bits, least significant first; size < 0 for
// negative values; zero has size 0. Values handed out are always normalized
// (no leading zero digit) and never modified afterwards.
typedef struct BigInt {
  int64_t size;
  uint32_t digits[];
} BigInt;

// Caller-supplied allocator: lets the VM count and cap memory. alloc returns
// NULL on failure; every allocating function then returns NULL too.
typedef struct BigAlloc {
  void *(*alloc)(void *ctx, size_t n);
  void (*free)(void *ctx, void *p);
  void *ctx;
} BigAlloc;

// Error codes; big_error_type/big_error_message give CPython's exception.
typedef enum BigError {
  BIG_OK = 0,
  BIG_NOMEM,           // MemoryError (the allocator failed)
  BIG_DIV_ZERO,        // ZeroDivisionError: integer division or modulo...
  BIG_MOD_ZERO,        // ZeroDivisionError: integer modulo by zero
  BIG_TRUEDIV_ZERO,    // ZeroDivisionError: division by zero
  BIG_NEG_SHIFT,       // ValueError: negative shift count
  BIG_FLOAT_OVERFLOW,  // OverflowError: int too large to convert to float
  BIG_TRUEDIV_OVERFLOW, // OverflowError: integer division result too large...
  BIG_POW_MOD_ZERO,    // ValueError: pow() 3rd argument cannot be 0
  BIG_NOT_INVERTIBLE,  // ValueError: base is not invertible for the given...
  BIG_POW_NEGATIVE,    // not an error: x ** -n is a float; caller does it
  BIG_FROM_INF,        // OverflowError: cannot convert float infinity to...
  BIG_FROM_NAN,        // ValueError: cannot convert float NaN to integer
  BIG_BAD_BASE,        // ValueError: int() base must be >= 2 and <= 36...
  BIG_INVALID_LITERAL, // ValueError: invalid literal for int() with base..
  BIG_STR_LIMIT_PARSE, // ValueError: Exceeds the limit ... value has N digits
  BIG_STR_LIMIT_FORMAT, // ValueError: Exceeds the limit ... (int -> str)
  BIG_TOO_MANY_DIGITS, // OverflowError: too many digits in integer
} BigError;

// Details of a failure. base/limit/ndigits are set for the errors whose
// messages mention them.
typedef struct BigErr {
  BigError code;
  int base;        // BIG_INVALID_LITERAL: the base to print (0 for base 0)
  int64_t limit;   // BIG_STR_LIMIT_*: the int_max_str_digits in force
  int64_t ndigits; // BIG_STR_LIMIT_PARSE: digits in the string
} BigErr;

// Name of the Python exception class for [code] ("ValueError", ...).
const char *big_error_type(BigError code);
// Appends CPython's message for [err] to [out]. For BIG_INVALID_LITERAL,
// [repr] is the repr() of the original str argument (UTF-8), which CPython
// cuts to 200 code points; other codes ignore it. Returns buf status.
int big_error_message(Buf *out, const BigErr *err, const char *repr);

/*** allocation and conversions (bigint.c) ***/

void big_free(const BigAlloc *al, BigInt *x);
BigInt *big_copy(const BigAlloc *al, const BigInt *x);
BigInt *big_from_i64(const BigAlloc *al, int64_t v);
BigInt *big_from_u64(const BigAlloc *al, uint64_t v);
// int(float): truncates toward zero. Errors BIG_FROM_INF / BIG_FROM_NAN.
BigInt *big_from_double(const BigAlloc *al, double d, BigErr *err);
// Returns 1 and stores the value when [x] fits, else 0.
int big_to_i64(const BigInt *x, int64_t *out);
int big_to_u64(const BigInt *x, uint64_t *out);
static inline int big_fits_i64(const BigInt *x) {
  int64_t v;
  return big_to_i64(x, &v);
}
// float(x), correctly rounded (half even). *overflow = 1 when |x| rounds
// past DBL_MAX (CPython: "int too large to convert to float").
double big_to_double(const BigInt *x, int *overflow);

/*** queries (bigint.c) ***/

static inline int big_sign(const BigInt *x) {
  return x->size < 0 ? -1 : x->size > 0;
}
static inline int big_is_zero(const BigInt *x) { return x->size == 0; }
// Number of 30-bit digits (0 for zero). CPython 3.11 allocates at least one:
// sys.getsizeof(x) == 24 + 4 * max(big_ndigits(x), 1).
static inline int64_t big_ndigits(const BigInt *x) {
  return x->size < 0 ? -x->size : x->size;
}
int big_cmp(const BigInt *a, const BigInt *b); // -1, 0 or 1
int big_cmp_i64(const BigInt *a, int64_t b);
int64_t big_bit_length(const BigInt *x);
// hash(x) exactly as CPython on 64-bit platforms.
int64_t big_hash(const BigInt *x);

/*** arithmetic (bigint_arith.c) ***/

BigInt *big_neg(const BigAlloc *al, const BigInt *x);
BigInt *big_abs(const BigAlloc *al, const BigInt *x);
BigInt *big_add(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *big_sub(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *big_mul(const BigAlloc *al, const BigInt *a, const BigInt *b);

/*** division (bigint_div.c) ***/

// Floor division and modulo with Python's signs. [q] or [r] may be NULL
// when that result is not wanted. Returns 0, or -1 with [err] set.
int big_divmod(const BigAlloc *al, const BigInt *a, const BigInt *b,
               BigInt **q, BigInt **r, BigErr *err);
BigInt *big_floordiv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                     BigErr *err);
BigInt *big_mod(const BigAlloc *al, const BigInt *a, const BigInt *b,
                BigErr *err);
// a / b correctly rounded. Returns 0, or -1 with [err] set.
int big_truediv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                double *out, BigErr *err);

/*** powers (bigint_pow.c) ***/

// pow(base, exp) or pow(base, exp, mod) when [mod] is not NULL. Without a
// modulus a negative exponent gives BIG_POW_NEGATIVE: the caller computes
// float(base) ** float(exp) as CPython does.
BigInt *big_pow(const BigAlloc *al, const BigInt *base, const BigInt *exp,
                const BigInt *mod, BigErr *err);

/*** bitwise operations and shifts (bigint_bits.c) ***/

BigInt *big_and(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *big_or(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *big_xor(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *big_invert(const BigAlloc *al, const BigInt *x);
// Negative [n]: BIG_NEG_SHIFT. A result too large to allocate: BIG_NOMEM.
BigInt *big_lshift(const BigAlloc *al, const BigInt *x, int64_t n,
                   BigErr *err);
BigInt *big_rshift(const BigAlloc *al, const BigInt *x, int64_t n,
                   BigErr *err);
// The same with the count as an int of any size (x << y, x >> y): counts
// past int64 give 0 or -1 for >>, and BIG_TOO_MANY_DIGITS for << of a
// nonzero value, as CPython 3.11 does.
BigInt *big_lshift_by(const BigAlloc *al, const BigInt *x, const BigInt *n,
                      BigErr *err);
BigInt *big_rshift_by(const BigAlloc *al, const BigInt *x, const BigInt *n,
                      BigErr *err);

/*** text (bigint_str.c) ***/

// Flags for big_to_str.
enum {
  BIG_STR_PREFIX = 1, // 0b / 0o / 0x (as bin(), oct(), hex())
  BIG_STR_UPPER = 2,  // A-F and 0X (format type 'X')
  BIG_STR_NO_SIGN = 4 // digits of |x| only (formatting adds the sign)
};
// Appends [x] in [base] (2, 8, 10 or 16). Base 10 checks CPython's digit
// limit [limit] (0 = no limit): BIG_STR_LIMIT_FORMAT. Returns 0 or -1.
int big_to_str(const BigAlloc *al, Buf *out, const BigInt *x, int base,
               int flags, int64_t limit, BigErr *err);
// int(s, base) for the UTF-8 text [s] of [len] bytes: base 0 or 2..36,
// whitespace (Unicode included), sign, underscores, prefixes, Unicode
// decimal digits; [limit] as sys.get_int_max_str_digits() (0 = none).
BigInt *big_from_str(const BigAlloc *al, const char *s, size_t len, int base,
                     int64_t limit, BigErr *err);
// Value of an integer literal token the lexer has already validated
// ("0x_1F", "1_000", "0o17", "00"); [limit] applies to decimal literals.
BigInt *big_from_literal(const BigAlloc *al, const char *s, size_t len,
                         int64_t limit, BigErr *err);

/*** cost estimates (bigint_pow.c): check before doing the work ***/

// Upper bound on the digits of a * b, and a rough count of digit
// operations a multiplication of that size costs.
int64_t big_mul_digits(const BigInt *a, const BigInt *b);
double big_mul_cost(const BigInt *a, const BigInt *b);
// Upper bound on the bit length of base ** exp (exp >= 0), saturating at
// INT64_MAX.
int64_t big_pow_bits_estimate(const BigInt *base, const BigInt *exp);
// Upper bound on the digits of x << n.
int64_t big_lshift_digits(const BigInt *x, int64_t n);
// Rough digit-operation count of str(x) / int(s) for [ndigits] decimal
// digits (quadratic algorithms).
double big_str_cost(int64_t ndigits);

#endif
