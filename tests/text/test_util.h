// test_util.h — shared helpers for the text library tests: decoding vector
// fields (x<hex> strings, ints), comparing results and counting checks.
// Vectors come from gen_vectors.py / gen_codepoints.py (python3 as oracle).
#ifndef tests_text_test_util_h
#define tests_text_test_util_h

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define TEST_MAX_FIELDS 256
#define TEST_MAX_ALLOCS 256

// One test run: counters and the line being checked.
typedef struct Test {
  long checks, failures;
  long line_no;
  const char *line; // the vector, for failure messages
  void *allocs[TEST_MAX_ALLOCS]; // freed after each vector
  int nallocs;
} Test;

// A decoded string field; [none] for "-".
typedef struct Str {
  const char *s;
  size_t len;
  int none;
} Str;

// Splits [line] in place at spaces; returns the number of fields.
int test_split_fields(char *line, char **fields, int max);
// Decodes an "x<hex>" or "-" field (storage owned by [t] until
// test_end_vector).
Str test_str(Test *t, const char *field);
int64_t test_int(const char *field);
void test_end_vector(Test *t);

// Each records one check and reports a mismatch (with [what]).
void test_check(Test *t, int ok, const char *what);
void test_check_int(Test *t, int64_t got, int64_t want, const char *what);
void test_check_str(Test *t, const char *got, size_t gotlen, Str want,
                    const char *what);
void test_check_buf(Test *t, const Buf *got, Str want, const char *what);

#endif
