// test_trace.c — the trace through the public API (core/api.h, TRACE.md):
// its self-description is consistent (unique kinds, five field specs each,
// known types, enum tables that exist), every str field points into the
// string table, the event budget ends a trace with LIMIT then END, a
// program that does not compile still ends with END, two VMs in one
// process record the same trace (but for addresses), no trace when off,
// every record's size follows from the fields its kind uses.
#include "api.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Checks {
  int failures;
} Checks;

#define CHECK(ch, cond)                                                        \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond);               \
      (ch)->failures++;                                                        \
    }                                                                          \
  } while (0)

enum { REC = 16 };

static const char LOOP[] = "l = []\nfor i in range(2000):\n    l.append([i])\n";

static Vm *traced(const char *src, int64_t max_events, VmResult *r) {
  VmConfig c;
  vm_config_init(&c);
  c.trace = 1;
  if (max_events) c.max_events = max_events;
  Vm *vm = vm_new(&c);
  if (vm) *r = vm_run(vm, src, strlen(src));
  return vm;
}

static int kind_of(const char *name) {
  for (int k = 0; k < vm_event_kind_count(); k++)
    if (strcmp(vm_event_name(k), name) == 0) return k;
  return -1;
}

static int table_of(const char *name, size_t len) {
  for (int t = 0; t < vm_enum_table_count(); t++)
    if (strlen(vm_enum_table_name(t)) == len &&
        memcmp(vm_enum_table_name(t), name, len) == 0)
      return t;
  return -1;
}

// One "name:type" spec (may be empty) is well formed.
static bool spec_ok(const char *s, size_t len) {
  if (len == 0) return true;
  const char *colon = memchr(s, ':', len);
  if (!colon || colon == s) return false;
  const char *type = colon + 1;
  size_t tlen = len - (size_t)(type - s);
  static const char *const simple[] = {"obj", "frame", "str", "int", "sint"};
  for (size_t i = 0; i < sizeof simple / sizeof *simple; i++)
    if (strlen(simple[i]) == tlen && memcmp(simple[i], type, tlen) == 0)
      return true;
  return tlen > 5 && memcmp(type, "enum:", 5) == 0 &&
         table_of(type + 5, tlen - 5) >= 0;
}

static void test_description(Checks *ch) {
  CHECK(ch, vm_trace_record_size() == REC);
  CHECK(ch, vm_trace_version() >= 3);
  for (int k = 0; k < vm_event_kind_count(); k++) {
    const char *name = vm_event_name(k);
    CHECK(ch, name[0] != '\0' && kind_of(name) == k); // unique
    const char *f = vm_event_fields(k);
    int specs = 0, size = 4; // the header, then a, b, c up to the last used
    for (const char *p = f;; specs++) {
      const char *end = strchr(p, ',');
      size_t len = end ? (size_t)(end - p) : strlen(p);
      CHECK(ch, spec_ok(p, len));
      if (specs >= 2 && len > 0) size = 4 * specs;
      if (!end) break;
      p = end + 1;
    }
    CHECK(ch, specs == 4); // five fields: x8, x16, a, b, c
    CHECK(ch, vm_event_size(k) == size);
  }
  CHECK(ch, kind_of("END") >= 0 && kind_of("LIMIT") >= 0);
  for (int t = 0; t < vm_enum_table_count(); t++)
    CHECK(ch, vm_enum_count(t) > 0 && vm_enum_name(t, 0)[0] != '\0');
}

// The record after [rec].
static const unsigned char *next(const unsigned char *rec) {
  return rec + vm_event_size(rec[0]);
}

static uint32_t field(const unsigned char *rec, int k) {
  if (k == 0) return rec[1];
  if (k == 1) return (uint32_t)rec[2] | (uint32_t)rec[3] << 8;
  uint32_t v;
  memcpy(&v, rec + 4 + 4 * (k - 2), 4);
  return v;
}

// Is field [k] of event [kind] a string offset?
static bool is_str_field(int kind, int k) {
  const char *p = vm_event_fields(kind);
  for (int i = 0; i < k && p; i++) {
    p = strchr(p, ',');
    if (p) p++;
  }
  if (!p) return false;
  const char *colon = strchr(p, ':');
  const char *end = strchr(p, ',');
  return colon && (!end || colon < end) && strncmp(colon + 1, "str", 3) == 0 &&
         (colon[4] == ',' || colon[4] == '\0');
}

static void test_strings(Checks *ch, const Vm *vm) {
  const char *s = vm_strings_data(vm);
  size_t n = vm_strings_size(vm);
  CHECK(ch, n >= 1 && s[0] == '\0' && s[n - 1] == '\0');
  const unsigned char *rec = (const unsigned char *)vm_trace_data(vm);
  const unsigned char *end = rec + vm_trace_size(vm);
  size_t count = vm_trace_count(vm), bad = 0;
  for (size_t i = 0; i < count && rec < end; i++, rec = next(rec)) {
    CHECK(ch, rec[0] < vm_event_kind_count());
    for (int k = 0; k < 5; k++)
      if (is_str_field(rec[0], k) && field(rec, k) >= n) bad++;
  }
  CHECK(ch, bad == 0 && rec == end); // the sizes add up
}

static int last_kind(const Vm *vm, size_t back) {
  size_t n = vm_trace_count(vm);
  if (n < back) return -1;
  const unsigned char *rec = (const unsigned char *)vm_trace_data(vm);
  for (size_t i = 0; i < n - back; i++) rec = next(rec);
  return rec[0];
}

static void test_budget(Checks *ch) {
  VmResult r = VM_OK;
  Vm *vm = traced(LOOP, 5000, &r);
  CHECK(ch, vm != NULL);
  if (!vm) return;
  CHECK(ch, r == VM_LIMIT && strcmp(vm_limit_name(vm), "events") == 0);
  CHECK(ch, vm_trace_size(vm) % 4 == 0);
  CHECK(ch, vm_trace_count(vm) <= 5000 + 8);
  CHECK(ch, last_kind(vm, 1) == kind_of("END"));
  CHECK(ch, last_kind(vm, 2) == kind_of("LIMIT"));
  test_strings(ch, vm);
  vm_free(vm);
}

static void test_syntax_error(Checks *ch) {
  VmResult r = VM_OK;
  Vm *vm = traced("x = (\n", 0, &r);
  CHECK(ch, vm && r == VM_SYNTAX_ERROR);
  if (!vm) return;
  CHECK(ch, last_kind(vm, 1) == kind_of("END"));
  vm_free(vm);
}

// The same program in two VMs of one process: the same records, except
// ALLOC's id (an address).
static void test_two_vms(Checks *ch) {
  VmResult r1 = VM_OK, r2 = VM_OK;
  Vm *a = traced(LOOP, 0, &r1), *b = traced(LOOP, 0, &r2);
  CHECK(ch, a && b && r1 == VM_OK && r2 == VM_OK);
  if (a && b) {
    CHECK(ch, vm_trace_size(a) == vm_trace_size(b));
    CHECK(ch, vm_strings_size(a) == vm_strings_size(b));
    size_t n = vm_trace_count(a), differ = 0;
    const unsigned char *x = (const unsigned char *)vm_trace_data(a);
    const unsigned char *y = (const unsigned char *)vm_trace_data(b);
    int alloc = kind_of("ALLOC");
    for (size_t i = 0; i < n && vm_trace_size(a) == vm_trace_size(b); i++) {
      size_t size = (size_t)vm_event_size(x[0]);
      size_t len = x[0] == alloc ? 12 : size; // c = the id
      if (memcmp(x, y, len) != 0) differ++;
      x += size;
      y += size;
    }
    CHECK(ch, differ == 0);
    test_strings(ch, a);
  }
  if (a) vm_free(a);
  if (b) vm_free(b);
}

static void test_off(Checks *ch) {
  VmConfig c;
  vm_config_init(&c);
  Vm *vm = vm_new(&c);
  CHECK(ch, vm != NULL);
  if (!vm) return;
  CHECK(ch, vm_run(vm, LOOP, strlen(LOOP)) == VM_OK);
  CHECK(ch, vm_trace_size(vm) == 0);
  vm_free(vm);
}

int main(void) {
  Checks ch = {0};
  test_description(&ch);
  test_budget(&ch);
  test_syntax_error(&ch);
  test_two_vms(&ch);
  test_off(&ch);
  if (ch.failures) {
    fprintf(stderr, "test_trace: %d failures\n", ch.failures);
    return 1;
  }
  puts("test_trace: ok");
  return 0;
}
