// numfmt.h — CPython 3.11's number text and float semantics in pure C:
// repr(float), format() mini-language for int/float/str, printf-style %
// conversions, float() parsing, round() and float arithmetic special cases.
// Results are UTF-8 in a Buf. Algorithms and messages: core/NUMBERS.md.
#ifndef core_numfmt_h
#define core_numfmt_h

#include <stddef.h>
#include <stdint.h>

#include "bigint.h"
#include "buf.h"

// Return values: 0 on success, else the Python exception to raise, with
// its message appended to the caller's [err] Buf.
typedef enum NumfmtStatus {
  NUMFMT_OK = 0,
  NUMFMT_VALUE_ERROR = -1,
  NUMFMT_OVERFLOW_ERROR = -2,
  NUMFMT_ZERO_DIVISION = -3,
  NUMFMT_MEMORY_ERROR = -4,
  NUMFMT_COMPLEX = -5, // float pow: negative ** fraction is a complex number
} NumfmtStatus;

// "ValueError", "OverflowError", ... for a negative status.
const char *numfmt_error_type(int status);

/*** float to text (numfmt_float.c) ***/

enum {
  NUMFMT_ADD_SIGN = 1,  // '+' for non-negative values
  NUMFMT_ADD_DOT_0 = 2, // "1.0" rather than "1" (repr, format type '')
  NUMFMT_ALT = 4,       // '#': keep the point and trailing zeros
  NUMFMT_NO_NEG_0 = 8   // 'z': "-0.00" becomes "0.00"
};

// Appends [x] as PyOS_double_to_string would: [code] is one of e E f F g G
// (with [precision]) or r (shortest repr digits; precision ignored).
int numfmt_double(Buf *out, double x, char code, int precision, int flags);
// repr(x) and str(x): "1.0", "1e+16", "1.5e-05", "inf", "nan", "-0.0".
int numfmt_repr(Buf *out, double x);

/*** format(value, spec) (numfmt_spec.c, numfmt_format.c) ***/

typedef struct NumfmtSpec {
  uint32_t fill, align; // align: '<' '>' '^' '='
  uint32_t sign;        // 0, '+', '-' or ' '
  int no_neg_0;         // 'z'
  int alternate;        // '#'
  int64_t width;        // -1 when absent
  int thousands;        // 0, ',' or '_' (NUMFMT_UNDER_FOUR for b/o/x/X)
  int64_t precision;    // -1 when absent
  uint32_t type;        // 0 when absent
} NumfmtSpec;

#define NUMFMT_UNDER_FOUR 4 // '_' grouping every four digits

// Parses the format spec [spec] (UTF-8) with CPython's defaults for the
// object type ([default_type] 'd'/0/'s', [default_align] '>' or '<');
// [type_name] appears in error messages. The VM can check width and
// precision against its limits before formatting.
int numfmt_spec_parse(const char *spec, size_t len, uint32_t default_type,
                      uint32_t default_align, const char *type_name,
                      NumfmtSpec *out, Buf *err);

// format(x, spec) for int, float and str values. [type_name] is the type of
// the object for messages ("int", "float", "str" or a subclass name).
// [limit] is sys.get_int_max_str_digits() (0: none).
int numfmt_format_int(Buf *out, const BigAlloc *al, const BigInt *x,
                      const char *spec, size_t len, const char *type_name,
                      int64_t limit, Buf *err);
int numfmt_format_float(Buf *out, double x, const char *spec, size_t len,
                        const char *type_name, Buf *err);
int numfmt_format_str(Buf *out, const char *s, size_t n, const char *spec,
                      size_t len, const char *type_name, Buf *err);

/*** printf-style str % args (numfmt_pct.c) ***/

enum {
  NUMFMT_PCT_LJUST = 1, // '-'
  NUMFMT_PCT_SIGN = 2,  // '+'
  NUMFMT_PCT_BLANK = 4, // ' '
  NUMFMT_PCT_ALT = 8,   // '#'
  NUMFMT_PCT_ZERO = 16  // '0'
};

// One conversion "%[(key)][flags][width][.prec][hlL]conv".
typedef struct NumfmtPct {
  int flags;
  int64_t width;   // -1 when absent
  int64_t prec;    // -1 when absent
  int percent;     // "%%": a literal '%' (no argument)
  uint32_t conv;   // conversion character (code point)
  size_t conv_off; // byte offset of the conversion character
  size_t end;      // byte offset just past the conversion
} NumfmtPct;

// Calls into the VM while parsing, in CPython's order. [key] runs for
// "%(key)" (the VM looks the key up in the mapping argument; "format
// requires a mapping" is its message). [star] runs for a '*' width
// ([is_prec] 0) or precision (1): the VM takes the next argument, checks it
// ("* wants int") and stores it in *value. Each returns 0, or a negative
// status when the VM raised an error itself (parsing stops with it).
typedef struct NumfmtPctHooks {
  int (*key)(void *ctx, const char *key, size_t len);
  int (*star)(void *ctx, int is_prec, int64_t *value);
  void *ctx;
} NumfmtPctHooks;

// Parses the conversion whose '%' is at byte [pos] of [fmt]. Errors
// (ValueError): "incomplete format", "incomplete format key", "width too
// big", "precision too big". A hook's own status is passed through.
int numfmt_pct_parse(const char *fmt, size_t len, size_t pos,
                     const NumfmtPctHooks *hooks, NumfmtPct *out, Buf *err);

// The kind of value a conversion formats.
typedef enum {
  NUMFMT_PCT_PERCENT, // "%%": append '%', no argument
  NUMFMT_PCT_INT,   // d i u o x X: the VM converts floats with int() first
  NUMFMT_PCT_FLOAT, // e E f F g G
  NUMFMT_PCT_TEXT,  // s r a: str(), repr(), ascii() of the argument
  NUMFMT_PCT_CHAR,  // c: a one-character str or an int code point
  NUMFMT_PCT_BAD    // unsupported: numfmt_pct_unsupported
} NumfmtPctKind;
NumfmtPctKind numfmt_pct_kind(const NumfmtPct *c);

int numfmt_pct_int(Buf *out, const BigAlloc *al, const NumfmtPct *c,
                   const BigInt *x, int64_t limit, Buf *err);
int numfmt_pct_float(Buf *out, const NumfmtPct *c, double x, Buf *err);
// s r a with the rendered text, and c with the character as UTF-8.
int numfmt_pct_text(Buf *out, const NumfmtPct *c, const char *s, size_t n);
// %c with an int argument: its code point, or OverflowError "%c arg not in
// range(0x110000)".
int numfmt_pct_char_code(const BigInt *x, uint32_t *cp, Buf *err);
// The ValueError for an unsupported conversion character, raised by the VM
// after fetching the argument (as CPython does): "unsupported format
// character 'y' (0x79) at index 1".
int numfmt_pct_unsupported(const char *fmt, const NumfmtPct *c, Buf *err);

/*** parsing (numfmt_parse.c) ***/

// float(s) for the UTF-8 text [s]: whitespace, sign, underscores between
// digits, inf/infinity/nan in any case, Unicode digits. Returns 0, or
// NUMFMT_VALUE_ERROR: the caller raises "could not convert string to
// float: " + repr(s) (numfmt_float_parse_message).
int numfmt_parse_float(const char *s, size_t len, double *out);
int numfmt_float_parse_message(Buf *err, const char *repr);
// The longest float at the start of the ASCII s[0..n) (PyOS_string_to_double
// with an end pointer: [sign] digits [.digits] [e[sign]digits], or inf,
// infinity, nan in any case): its length, 0 if there is none.
size_t numfmt_float_prefix(const char *s, size_t n, double *out);
// Removes underscores from t[0..*n) in place; -1 unless each sits between
// two digits (or if t holds a NUL byte).
int numfmt_drop_underscores(char *t, size_t *n);
// Value of a float literal token the lexer validated ("1_000.5e-3", "1.",
// ".5", "1e5"; without a trailing j).
double numfmt_float_literal(const char *s, size_t len);

/*** float arithmetic (numfmt_floatops.c) ***/

// round(x) -> int, half to even. Errors as int(x) for inf/nan.
BigInt *numfmt_round_to_int(const BigAlloc *al, double x, BigErr *err);
// round(x, ndigits), correctly rounded; OverflowError "rounded value too
// large to represent".
int numfmt_round(double x, int64_t ndigits, double *out, Buf *err);
int numfmt_float_div(double a, double b, double *out, Buf *err);
int numfmt_float_floordiv(double a, double b, double *out, Buf *err);
int numfmt_float_mod(double a, double b, double *out, Buf *err);
int numfmt_float_divmod(double a, double b, double *q, double *r, Buf *err);
// a ** b for floats: CPython's special cases; OverflowError "(34,
// 'Numerical result out of range')", ZeroDivisionError "0.0 cannot be
// raised to a negative power", NUMFMT_COMPLEX for negative ** fraction.
int numfmt_float_pow(double a, double b, double *out, Buf *err);
int numfmt_float_is_integer(double x);
// hash(x) as CPython's _Py_HashDouble; for NaN the caller hashes the
// object's identity instead (this returns 0).
int64_t numfmt_float_hash(double x);

#endif
