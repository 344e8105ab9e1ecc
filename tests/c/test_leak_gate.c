// test_leak_gate.c — the leak gate itself is tested (fuzz/README.md, "The
// leak gate"): an object leaked on purpose is counted by vm_live_objects and
// named on stderr by VmConfig.report_leaks, and the real CLI (core/main.c,
// linked in by leak_gate_cli.c) exits with status 70 under
// REFSCOPE_CHECK_LEAKS=1. The leak: the linker sends vm_run to
// __wrap_vm_run (-Wl,--wrap=vm_run), which makes a list nobody releases
// when the program contains the comment "#leak".
#define _POSIX_C_SOURCE 200809L // setenv, unsetenv, mkstemp, dup, fileno
#include "api.h"
#include "list.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                              \
    }                                                                          \
  } while (0)

int refscope_cli_main(int argc, char **argv); // leak_gate_cli.c
VmResult __real_vm_run(Vm *vm, const char *source, size_t len);

static bool contains(const char *s, size_t len, const char *word) {
  size_t n = strlen(word);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(s + i, word, n) == 0) return true;
  return false;
}

VmResult __wrap_vm_run(Vm *vm, const char *source, size_t len) {
  if (contains(source, len, "#leak") && !list_new(vm, 0)) abort();
  return __real_vm_run(vm, source, len);
}

// ---- Through the API
// -------------------------------------------------------------

static Vm *api_run(const char *src) {
  VmConfig c;
  vm_config_init(&c);
  c.report_leaks = 1;
  Vm *vm = vm_new(&c);
  if (!vm) abort();
  vm_run(vm, src, strlen(src));
  return vm;
}

static void test_api(void) {
  Vm *vm = api_run("x = [1, 2]\n");
  CHECK(vm_live_objects(vm) == 0);
  CHECK(vm_output_size(vm, VM_STDERR) == 0);
  vm_free(vm);
  vm = api_run("x = [1, 2] #leak\n");
  const char *err = vm_output_data(vm, VM_STDERR);
  CHECK(vm_live_objects(vm) == 1);
  CHECK(strstr(err, "refscope: 1 objects leaked:\n") != NULL);
  CHECK(strstr(err, "  list #") != NULL);
  vm_free(vm);
}

// ---- Through the CLI
// -------------------------------------------------------------

// Runs the CLI on a file holding [src]; its status, and its stderr in [err].
static int cli_run(const char *src, char *err, size_t cap) {
  char path[] = "/tmp/leak_gate_XXXXXX", errpath[] = "/tmp/leak_gate_XXXXXX";
  int fd = mkstemp(path), efd = mkstemp(errpath);
  if (fd < 0 || efd < 0 || write(fd, src, strlen(src)) < 0) abort();
  close(fd);
  fflush(stderr);
  int saved = dup(2);
  dup2(efd, 2);
  char *argv[] = {"refscope", "run", path, NULL};
  int status = refscope_cli_main(3, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  ssize_t n = pread(efd, err, cap - 1, 0);
  err[n > 0 ? n : 0] = '\0';
  close(efd);
  unlink(path);
  unlink(errpath);
  return status;
}

static void test_cli(void) {
  char err[4096];
  setenv("REFSCOPE_CHECK_LEAKS", "1", 1);
  CHECK(cli_run("x = [1, 2]\n", err, sizeof err) == 0);
  CHECK(err[0] == '\0');
  CHECK(cli_run("x = [1, 2] #leak\n", err, sizeof err) == 70);
  CHECK(strstr(err, "refscope: 1 objects leaked:\n  list #") != NULL);
  CHECK(strstr(err, "refscope: 1 objects leaked\n") != NULL);
  unsetenv("REFSCOPE_CHECK_LEAKS");
  // Without the variable the gate is off: the status is the program's.
  CHECK(cli_run("x = [1, 2] #leak\n", err, sizeof err) == 0);
}

int main(void) {
  test_api();
  test_cli();
  if (failures) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  puts("test_leak_gate: all checks passed");
  return 0;
}
