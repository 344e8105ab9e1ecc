// harness.c — one checked run for the fuzz targets (harness.h): small limits,
// then no leaked object, no heap-check failure, a well-formed trace, and no
// forbidden text on stderr; anything else aborts. fuzz/README.md.
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_config(VmConfig *c, int heap_checks) {
  vm_config_init(c);
  c->filename = "/fuzz.py";
  c->max_steps = FUZZ_MAX_STEPS;
  c->max_events = FUZZ_MAX_EVENTS;
  c->max_memory = FUZZ_MAX_MEMORY;
  c->max_output = FUZZ_MAX_OUTPUT;
  c->trace = 1;
  c->report_leaks = 1;
  if (getenv("FUZZ_HEAP_CHECKS")) heap_checks = 1;
  c->check_heap = heap_checks;
  c->stress_gc = heap_checks;
}

static void fail(const Vm *vm, const char *src, size_t len, const char *why) {
  fprintf(stderr, "==== fuzz: %s\n==== program (%zu bytes):\n%.*s\n", why, len,
          (int)len, src);
  fprintf(stderr, "==== stderr:\n%s\n", vm_output_data(vm, VM_STDERR));
  if (*vm_limit_name(vm))
    fprintf(stderr, "==== limit %s: %s\n", vm_limit_name(vm),
            vm_limit_message(vm));
  fflush(stderr);
  abort();
}

// ---- The trace's shape
// --------------------------------------------------------------

enum { FIELD_OTHER, FIELD_STR, FIELD_ENUM };

typedef struct FieldSpec {
  int kind;  // FIELD_*
  int table; // for FIELD_ENUM
} FieldSpec;

static int table_named(const char *name, size_t len) {
  for (int t = 0; t < vm_enum_table_count(); t++) {
    const char *tn = vm_enum_table_name(t);
    if (strlen(tn) == len && memcmp(tn, name, len) == 0) return t;
  }
  return -1;
}

// Reads one "name:type" field of an event's description.
static FieldSpec field_spec(const char *spec, size_t len) {
  FieldSpec f = {FIELD_OTHER, -1};
  const char *colon = memchr(spec, ':', len);
  if (!colon) return f;
  const char *type = colon + 1;
  size_t tlen = len - (size_t)(type - spec);
  if (tlen == 3 && memcmp(type, "str", 3) == 0) f.kind = FIELD_STR;
  if (tlen > 5 && memcmp(type, "enum:", 5) == 0) {
    f.kind = FIELD_ENUM;
    f.table = table_named(type + 5, tlen - 5);
  }
  return f;
}

// The five field specs of event [kind] (fewer fields: FIELD_OTHER).
static void event_specs(int kind, FieldSpec out[5]) {
  const char *fields = vm_event_fields(kind);
  for (int k = 0; k < 5; k++) {
    out[k] = (FieldSpec){FIELD_OTHER, -1};
    if (!fields) continue;
    const char *end = strchr(fields, ',');
    size_t len = end ? (size_t)(end - fields) : strlen(fields);
    out[k] = field_spec(fields, len);
    fields = end ? end + 1 : NULL;
  }
}

static const char *check_field(const Vm *vm, FieldSpec f, uint32_t value) {
  size_t strings = vm_strings_size(vm);
  if (f.kind == FIELD_STR) {
    if (value >= strings) return "string offset past the string table";
    if (!memchr(vm_strings_data(vm) + value, 0, strings - value))
      return "string not NUL-terminated";
  }
  if (f.kind == FIELD_ENUM &&
      (f.table < 0 || value >= (uint32_t)vm_enum_count(f.table)))
    return "enum value out of range";
  return NULL;
}

// NULL if every record has a known kind and its strings and enumerations
// are in range; otherwise what is wrong.
static const char *check_trace(const Vm *vm) {
  int kinds = vm_event_kind_count();
  FieldSpec(*specs)[5] = calloc((size_t)kinds, sizeof *specs);
  if (!specs) return NULL;
  for (int k = 0; k < kinds; k++)
    event_specs(k, specs[k]);
  const unsigned char *rec = vm_trace_data(vm);
  const unsigned char *end = rec + vm_trace_size(vm);
  size_t n = vm_trace_count(vm);
  const char *bad = NULL;
  for (size_t i = 0; i < n && !bad; i++) {
    if (rec >= end) {
      bad = "records shorter than their count";
      break;
    }
    if (rec[0] >= kinds) {
      bad = "unknown event kind";
      break;
    }
    // Fields past the record's size (vm_event_size) are unused: 0.
    int size = vm_event_size(rec[0]);
    uint32_t values[5] = {rec[1], (uint32_t)rec[2] | (uint32_t)rec[3] << 8};
    for (int k = 0; k < 3; k++)
      if (4 + 4 * k < size) memcpy(&values[2 + k], rec + 4 + 4 * k, 4);
    for (int k = 0; k < 5 && !bad; k++)
      bad = check_field(vm, specs[rec[0]][k], values[k]);
    rec += size;
  }
  if (!bad && rec != end) bad = "records longer than their count";
  free(specs);
  return bad;
}

// ---- One run
// ---------------------------------------------------------------------------

static void check_run(const Vm *vm, VmResult r, const char *src, size_t len,
                      const char *const *forbidden) {
  if (vm_live_objects(vm) != 0) fail(vm, src, len, "objects leaked");
  if (r == VM_LIMIT && strcmp(vm_limit_name(vm), "heap") == 0)
    fail(vm, src, len, "heap check failed");
  const char *why = check_trace(vm);
  if (why) fail(vm, src, len, why);
  const char *err = vm_output_data(vm, VM_STDERR);
  for (; forbidden && *forbidden; forbidden++)
    if (strstr(err, *forbidden)) fail(vm, src, len, *forbidden);
}

VmResult fuzz_run(const VmConfig *c, const char *src, size_t len,
                  const char *const *forbidden) {
  Vm *vm = vm_new(c);
  if (!vm) {
    fputs("fuzz: vm_new failed\n", stderr);
    abort();
  }
  VmResult r = vm_run(vm, src, len);
  check_run(vm, r, src, len, forbidden);
  vm_free(vm);
  return r;
}
