// test_api.c — the public API (core/api.h) as the CLI and the page use it:
// results, output, error locations, limits, the trace's self-description,
// several VMs in one process, and no object left allocated after a run.
#include "api.h"

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

// [heap]: the heap self-checks at every statement (core/GC.md, "Checking
// the heap"); heap_ok() then tells whether they passed. Off for the limit
// tests, whose loops would make them slow.
static Vm *run(const char *src, VmResult *result, int trace, int heap) {
  VmConfig c;
  vm_config_init(&c);
  c.filename = "/snippet.py";
  c.trace = trace;
  c.max_steps = 1000000;
  c.report_leaks = 1;
  c.check_heap = heap;
  c.stress_gc = heap;
  Vm *vm = vm_new(&c);
  if (!vm) {
    fprintf(stderr, "vm_new failed\n");
    exit(1);
  }
  *result = vm_run(vm, src, strlen(src));
  return vm;
}

static int heap_ok(Vm *vm) {
  const char *limit = vm_limit_name(vm);
  return !limit || strcmp(limit, "heap") != 0;
}

static int stdout_is(Vm *vm, const char *want) {
  return vm_output_size(vm, VM_STDOUT) == strlen(want) &&
         memcmp(vm_output_data(vm, VM_STDOUT), want, strlen(want)) == 0;
}

static void test_output_and_no_leaks(void) {
  VmResult r;
  Vm *vm = run("class Node:\n"
               "    def __init__(self): self.other = None\n"
               "a, b = Node(), Node()\n"
               "a.other, b.other = b, a\n"
               "l = [1, 'two', 3.0, (4,), {5: [6]}]\n"
               "l.append(l)\n"
               "try:\n"
               "    1 / 0\n"
               "except ZeroDivisionError as e:\n"
               "    print(type(e).__name__, e)\n"
               "print(len(l))\n",
               &r, 0, 1);
  CHECK(r == VM_OK);
  CHECK(stdout_is(vm, "ZeroDivisionError division by zero\n6\n"));
  CHECK(vm_exit_code(vm) == 0);
  CHECK(vm_live_objects(vm) == 0);
  if (vm_live_objects(vm)) fputs(vm_output_data(vm, VM_STDERR), stderr);
  CHECK(heap_ok(vm));
  vm_free(vm);
}

static void test_two_vms(void) {
  VmConfig c;
  vm_config_init(&c);
  c.check_heap = 1;
  Vm *a = vm_new(&c), *b = vm_new(&c);
  CHECK(a && b);
  const char *pa = "x = [1]\nprint(x * 2)\n", *pb = "print('b')\n";
  CHECK(vm_run(b, pb, strlen(pb)) == VM_OK);
  CHECK(vm_run(a, pa, strlen(pa)) == VM_OK);
  CHECK(stdout_is(a, "[1, 1]\n"));
  CHECK(stdout_is(b, "b\n"));
  CHECK(heap_ok(a) && heap_ok(b));
  vm_free(a);
  vm_free(b);
}

static void test_syntax_error(void) {
  VmResult r;
  Vm *vm = run("x = 1\nif x\n    pass\n", &r, 0, 1);
  CHECK(r == VM_SYNTAX_ERROR);
  CHECK(vm_error_line(vm) == 2);
  CHECK(strcmp(vm_error_message(vm), "SyntaxError: expected ':'") == 0);
  CHECK(vm_exit_code(vm) == 1);
  CHECK(strstr(vm_output_data(vm, VM_STDERR), "    if x\n        ^\n") != NULL);
  CHECK(heap_ok(vm));
  vm_free(vm);
}

static void test_runtime_error(void) {
  VmResult r;
  Vm *vm = run("def f(d):\n    return d['k']\nf({})\n", &r, 0, 1);
  CHECK(r == VM_RUNTIME_ERROR);
  CHECK(vm_error_line(vm) == 2);
  CHECK(strcmp(vm_error_message(vm), "KeyError: 'k'") == 0);
  CHECK(vm_exit_code(vm) == 1);
  CHECK(strncmp(vm_output_data(vm, VM_STDERR), "Traceback (most recent call last):\n",
                35) == 0);
  CHECK(vm_live_objects(vm) == 0);
  CHECK(heap_ok(vm));
  vm_free(vm);
}

static void test_exit(void) {
  VmResult r;
  Vm *vm = run("import sys\nprint('a')\nsys.exit(3)\nprint('b')\n", &r, 0, 1);
  CHECK(r == VM_EXIT);
  CHECK(vm_exit_code(vm) == 3);
  CHECK(stdout_is(vm, "a\n"));
  CHECK(heap_ok(vm));
  vm_free(vm);
}

static void test_step_limit(void) {
  VmResult r;
  Vm *vm = run("n = 0\nwhile True:\n    try:\n        n += 1\n"
               "    except BaseException:\n        print('caught')\n",
               &r, 0, 0);
  CHECK(r == VM_LIMIT);
  CHECK(strcmp(vm_limit_name(vm), "steps") == 0);
  CHECK(strlen(vm_limit_message(vm)) > 0);
  CHECK(vm_output_size(vm, VM_STDOUT) == 0); // the stop cannot be caught
  vm_free(vm);
}

static void test_memory_limit(void) {
  VmConfig c;
  vm_config_init(&c);
  c.max_memory = 16u << 20;
  Vm *vm = vm_new(&c);
  const char *src = "l = []\ntry:\n    while True:\n        l.append([0] * 1000)\n"
                    "except MemoryError:\n    n = len(l)\n    l = None\n"
                    "    print('MemoryError caught')\n";
  CHECK(vm_run(vm, src, strlen(src)) == VM_OK);
  CHECK(stdout_is(vm, "MemoryError caught\n"));
  vm_free(vm);
}

static void test_trace_description(void) {
  CHECK(vm_trace_record_size() == 16);
  CHECK(vm_trace_version() >= 1);
  CHECK(vm_event_kind_count() > 10);
  for (int k = 0; k < vm_event_kind_count(); k++) {
    CHECK(strlen(vm_event_name(k)) > 0);
    CHECK(strchr(vm_event_fields(k), ',') != NULL);
  }
  VmResult r;
  Vm *vm = run("x = [1, 2]\nprint(x)\n", &r, 1, 1);
  CHECK(r == VM_OK);
  size_t n = vm_trace_size(vm) / 16;
  CHECK(n > 5);
  const unsigned char *last = (const unsigned char *)vm_trace_data(vm) + (n - 1) * 16;
  CHECK(strcmp(vm_event_name(last[0]), "END") == 0);
  CHECK(heap_ok(vm));
  vm_free(vm);
}

int main(void) {
  test_output_and_no_leaks();
  test_two_vms();
  test_syntax_error();
  test_runtime_error();
  test_exit();
  test_step_limit();
  test_memory_limit();
  test_trace_description();
  if (failures) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  puts("test_api: all checks passed");
  return 0;
}
