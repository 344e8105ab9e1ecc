// test_main.c — the text library test driver. Modes:
//   test_text VECTORS        check gen_vectors.py output
//   test_text --codepoints - check every code point against gen_codepoints.py
//                            output read from stdin
// Prints counts; exits 1 on any failure.
#define _POSIX_C_SOURCE 200809L // getline, strdup
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_codepoints.h"
#include "test_vectors.h"

static int run_vectors(Test *t, FILE *in) {
  char *line = NULL, *copy = NULL;
  size_t cap = 0;
  ssize_t got;
  while ((got = getline(&line, &cap, in)) > 0) {
    char *fields[TEST_MAX_FIELDS];
    t->line_no++;
    free(copy);
    copy = strdup(line);
    t->line = copy;
    int n = test_split_fields(line, fields, TEST_MAX_FIELDS);
    if (n > 0 && test_vector(t, fields, n) < 0)
      test_check(t, 0, "unknown operation");
    test_end_vector(t);
  }
  free(line);
  free(copy);
  t->line = NULL;
  return 0;
}

static FILE *open_input(const char *path) {
  if (strcmp(path, "-") == 0) return stdin;
  FILE *f = fopen(path, "r");
  if (!f) perror(path);
  return f;
}

int main(int argc, char **argv) {
  Test t;
  memset(&t, 0, sizeof t);
  int cp_mode = argc == 3 && strcmp(argv[1], "--codepoints") == 0;
  if (argc != 2 && !cp_mode) {
    fprintf(stderr, "usage: %s VECTORS | --codepoints FILE\n", argv[0]);
    return 2;
  }
  FILE *in = open_input(argv[argc - 1]);
  if (!in) return 2;
  if (cp_mode) test_codepoints(&t, in);
  else run_vectors(&t, in);
  if (in != stdin) fclose(in);
  printf("%s: %ld checks, %ld failures\n",
         cp_mode ? "code points" : "vectors", t.checks, t.failures);
  return t.failures ? 1 : 0;
}
