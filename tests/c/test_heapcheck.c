// test_heapcheck.c — VmConfig.check_heap and VmConfig.stress_gc (core/GC.md,
// "Checking the heap"): the checks find a leaked and a missing reference made
// on purpose, and the conformance snippets named on the command line (files
// or directories) run through the public API with both checks on without a
// "heap" stop.
#define _POSIX_C_SOURCE 200809L // strdup
#include "api.h"
#include "dict.h"
#include "gc.h"
#include "heapcheck.h"
#include "list.h"
#include "vm.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                              \
    }                                                                          \
  } while (0)

static Vm *checked_vm(void) {
  VmConfig c;
  vm_config_init(&c);
  c.check_heap = 1;
  c.stress_gc = 1;
  Vm *vm = vm_new(&c);
  if (!vm) {
    fprintf(stderr, "vm_new failed\n");
    exit(1);
  }
  return vm;
}

static int heap_mismatches(Vm *vm, const char *must_mention) {
  Buf report;
  buf_init(&report);
  int bad = heapcheck_run(vm, &report);
  if (must_mention) CHECK(strstr(buf_cstr(&report), must_mention) != NULL);
  buf_free(&report);
  return bad;
}

static int stress_problems(Vm *vm) {
  Buf problems;
  buf_init(&problems);
  int bad = gc_verify_full(vm, &problems);
  buf_free(&problems);
  return bad;
}

// A fresh VM is consistent; a list only this test holds is a leak; once a
// dict owns it, it is not.
static void test_leak_is_found(void) {
  Vm *vm = checked_vm();
  CHECK(heap_mismatches(vm, NULL) == 0);
  Object *l = list_new(vm, 0);
  CHECK(heap_mismatches(vm, "list #") == 1);
  CHECK(dict_set_cstr(vm, vm->builtins, "held", l) == 0);
  decref(vm, l);
  CHECK(heap_mismatches(vm, NULL) == 0);
  CHECK(stress_problems(vm) == 0);
  vm_free(vm);
}

// A reference stored without its incref: both checks report it.
static void test_missing_reference_is_found(void) {
  Vm *vm = checked_vm();
  Object *holder = list_new(vm, 0), *item = list_new(vm, 0);
  CHECK(dict_set_cstr(vm, vm->builtins, "holder", holder) == 0);
  CHECK(list_append(vm, holder, item) == 0);
  CHECK(list_append(vm, holder, item) == 0);
  decref(vm, holder);
  decref(vm, item);
  item->refcnt--; // now one reference too few
  CHECK(heap_mismatches(vm, "has refcount 1 but 2 references") == 1);
  CHECK(stress_problems(vm) == 1);
  item->refcnt++;
  CHECK(heap_mismatches(vm, NULL) == 0);
  CHECK(stress_problems(vm) == 0);
  vm_free(vm);
}

// ---- Running snippets --------------------------------------------------------------

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  *len = data ? fread(data, 1, (size_t)n, f) : 0;
  fclose(f);
  return data;
}

static void discard(void *ctx, int stream, const char *data, size_t len) {
  (void)ctx, (void)stream, (void)data, (void)len;
}

static int snippets_run;

static void run_snippet(const char *path) {
  size_t len;
  char *src = read_file(path, &len);
  if (!src) return;
  VmConfig c;
  vm_config_init(&c);
  c.filename = path;
  c.check_heap = 1;
  c.stress_gc = 1;
  c.max_steps = 5000000;
  c.write = discard;
  Vm *vm = vm_new(&c);
  if (vm) {
    vm_run(vm, src, len);
    if (strcmp(vm_limit_name(vm), "heap") == 0) {
      fprintf(stderr, "%s: %s\n", path, vm_limit_message(vm));
      failures++;
    }
    snippets_run++;
    vm_free(vm);
  }
  free(src);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_path(const char *path) {
  size_t n = strlen(path);
  if (n > 3 && strcmp(path + n - 3, ".py") == 0) {
    run_snippet(path);
    return;
  }
  DIR *d = opendir(path);
  if (!d) return;
  char *names[1024];
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && count < 1024)
    if (e->d_name[0] != '.') names[count++] = strdup(e->d_name);
  closedir(d);
  qsort(names, (size_t)count, sizeof names[0], by_name);
  for (int i = 0; i < count; i++) {
    char full[4096];
    snprintf(full, sizeof full, "%s/%s", path, names[i]);
    run_path(full);
    free(names[i]);
  }
}

int main(int argc, char **argv) {
  test_leak_is_found();
  test_missing_reference_is_found();
  for (int i = 1; i < argc; i++) run_path(argv[i]);
  if (argc > 1) CHECK(snippets_run > 0);
  printf("heapcheck: %d snippets, %d failures\n", snippets_run, failures);
  return failures ? 1 : 0;
}
