// common.h — basic includes, limits and debug switches shared by every core
// file. See core/README.md for the module map.
#ifndef core_common_h
#define core_common_h

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NOINLINE __attribute__((noinline))
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define NOINLINE
#endif

#define UNUSED(x) ((void)(x))
#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

// Python's Py_ssize_t.
typedef intptr_t ssize;

// ---- Limits (defaults; VmConfig overrides the run-time ones) ---------------

#define DEFAULT_RECURSION_LIMIT 1000
#define DEFAULT_MAX_EVENTS 2000000
#define DEFAULT_MAX_MEMORY ((size_t)256 << 20)
#define DEFAULT_MAX_OUTPUT ((size_t)8 << 20)
#define DEFAULT_MAX_SOURCE ((size_t)1 << 20)
// Nested C-level calls (repr of nested lists, __init__ calling __init__, ...)
// are bounded separately from Python frames so the C stack never overflows.
#define MAX_C_DEPTH 1400
// CPython's trashcan: deallocations nested deeper than this are deferred.
#define TRASHCAN_DEPTH 50
// CPython 3.11's sys.get_int_max_str_digits() default.
#define INT_MAX_STR_DIGITS 4300

#endif
