// test_vectors.h — vector checkers of the text library tests: one call per
// line of gen_vectors.py output ([f] = fields, f[0] = operation name).
#ifndef tests_text_test_vectors_h
#define tests_text_test_vectors_h

#include "test_util.h"

// Checks one vector; returns -1 for an unknown operation.
int test_vector(Test *t, char **f, int n);

// In test_utf8.c: UTF-8 statistics and indexing, validation, digit text.
void test_utf8_stats(Test *t, char **f, int n);
void test_utf8_check(Test *t, char **f, int n);
void test_decimal(Test *t, char **f, int n);

#endif
