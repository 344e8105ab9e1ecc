// test_codepoints.h — exhaustive check of all 0x110000 code points: the C
// library's view of each one-character string against gen_codepoints.py.
#ifndef tests_text_test_codepoints_h
#define tests_text_test_codepoints_h

#include <stdio.h>

#include "test_util.h"

// Reads gen_codepoints.py lines from [in] and checks every code point.
void test_codepoints(Test *t, FILE *in);

#endif
