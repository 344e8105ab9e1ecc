// main.c — the native command-line runner (not part of the wasm build):
//   refscope run FILE     prints what `python3 FILE` prints, same exit status
//   refscope trace [--states [--states-every K]] [--raw PREFIX]
//                  [--max-events N] FILE
//                         prints the event trace as JSON lines (TRACE.md),
//                         with the VM's state dumps interleaved (--states),
//                         and writes the binary trace to PREFIX.records,
//                         PREFIX.strings (--raw)
//   refscope schema       prints the trace's self-description as JSON
// It uses only the public API (api.h) and decodes the trace from the
// self-description the API gives, as the web page does.
#define _POSIX_C_SOURCE 200809L // getcwd, strdup
#include "api.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *data = malloc(cap);
  while (data) {
    n += fread(data + n, 1, cap - n, f);
    if (n < cap) break;
    char *bigger = realloc(data, cap *= 2);
    if (!bigger) free(data);
    data = bigger;
  }
  fclose(f);
  *len = n;
  return data;
}

// python3 shows the script's path as given, joined to the working
// directory when relative (sys.argv[0] made absolute, not normalized).
static char *script_path(const char *arg) {
  if (arg[0] == '/') return strdup(arg);
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return strdup(arg);
  size_t len = strlen(cwd) + strlen(arg) + 2;
  char *path = malloc(len);
  if (path) snprintf(path, len, "%s/%s", cwd, arg);
  return path;
}

static void write_stream(void *ctx, int stream, const char *data,
                         size_t len) {
  (void)ctx;
  FILE *f = stream == VM_STDERR ? stderr : stdout;
  // Interleave as a terminal would show them.
  if (stream == VM_STDERR) fflush(stdout);
  fwrite(data, 1, len, f);
  if (stream == VM_STDERR) fflush(stderr);
}

// ---- JSON lines ---------------------------------------------------------------------

static void put_json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
    else if (*p == '\n') fputs("\\n", out);
    else if (*p == '\t') fputs("\\t", out);
    else if (*p == '\r') fputs("\\r", out);
    else if (*p < 0x20) fprintf(out, "\\u%04x", *p);
    else fputc(*p, out);
  }
  fputc('"', out);
}

// Finds the table named [name] among vm_enum_table_name().
static int enum_table(const char *name, size_t len) {
  for (int t = 0; t < vm_enum_table_count(); t++) {
    const char *tn = vm_enum_table_name(t);
    if (strlen(tn) == len && memcmp(tn, name, len) == 0) return t;
  }
  return -1;
}

// One field "name:type" of an event, printed with its value.
static void put_field(FILE *out, const Vm *vm, const char *spec, size_t len,
                      uint32_t value) {
  const char *colon = memchr(spec, ':', len);
  if (!colon) return;
  fprintf(out, ",\"%.*s\":", (int)(colon - spec), spec);
  const char *type = colon + 1;
  size_t tlen = len - (size_t)(type - spec);
  if (tlen == 3 && memcmp(type, "str", 3) == 0) {
    put_json_string(out, vm_strings_data(vm) + value);
  } else if (tlen == 4 && memcmp(type, "sint", 4) == 0) {
    fprintf(out, "%d", (int32_t)value);
  } else if (tlen > 5 && memcmp(type, "enum:", 5) == 0) {
    int t = enum_table(type + 5, tlen - 5);
    if (t >= 0 && (int)value < vm_enum_count(t))
      put_json_string(out, vm_enum_name(t, (int)value));
    else
      fprintf(out, "%u", value);
  } else {
    fprintf(out, "%u", value);
  }
}

// ---- State dumps (--states) ----------------------------------------------------------

// The VM's state dumps, in the order made: after [events[k]] events.
typedef struct States {
  size_t *events;
  char **json;
  size_t n, cap;
} States;

static void keep_state(void *ctx, size_t events, const char *json,
                       size_t len) {
  States *s = ctx;
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    size_t *e = realloc(s->events, cap * sizeof *e);
    if (e) s->events = e;
    char **j = realloc(s->json, cap * sizeof *j);
    if (j) s->json = j;
    if (!e || !j) return;
    s->cap = cap;
  }
  char *copy = malloc(len + 1);
  if (!copy) return;
  memcpy(copy, json, len);
  copy[len] = '\0';
  s->events[s->n] = events;
  s->json[s->n++] = copy;
}

static void free_states(States *s) {
  for (size_t k = 0; k < s->n; k++) free(s->json[k]);
  free(s->events);
  free(s->json);
}

// ---- The trace as JSON lines ----------------------------------------------------------

static void print_event(FILE *out, const Vm *vm, const unsigned char *rec,
                        size_t i) {
  uint32_t values[5];
  values[0] = rec[1];
  values[1] = (uint32_t)rec[2] | (uint32_t)rec[3] << 8;
  for (int k = 0; k < 3; k++) memcpy(&values[2 + k], rec + 4 + 4 * k, 4);
  fprintf(out, "{\"i\":%zu,\"ev\":", i);
  put_json_string(out, vm_event_name(rec[0]));
  const char *fields = vm_event_fields(rec[0]);
  for (int k = 0; k < 5; k++) {
    const char *end = strchr(fields, ',');
    size_t len = end ? (size_t)(end - fields) : strlen(fields);
    put_field(out, vm, fields, len, values[k]);
    if (!end) break;
    fields = end + 1;
  }
  fputs("}\n", out);
}

// Prints every event, each state dump after the event it follows.
static void print_trace(FILE *out, const Vm *vm, const States *states) {
  const unsigned char *rec = vm_trace_data(vm);
  size_t size = (size_t)vm_trace_record_size();
  size_t n = vm_trace_size(vm) / size, k = 0;
  for (size_t i = 0; i <= n; i++, rec += size) {
    for (; states && k < states->n && states->events[k] <= i; k++)
      fprintf(out, "%s\n", states->json[k]);
    if (i < n) print_event(out, vm, rec, i);
  }
}

static bool write_bytes(const char *prefix, const char *ext,
                        const void *data, size_t len) {
  size_t plen = strlen(prefix) + strlen(ext) + 1;
  char *path = malloc(plen);
  if (!path) return false;
  snprintf(path, plen, "%s%s", prefix, ext);
  FILE *f = fopen(path, "wb");
  free(path);
  if (!f) return false;
  bool ok = fwrite(data, 1, len, f) == len;
  return fclose(f) == 0 && ok;
}

// --raw PREFIX: the binary trace as the page receives it.
static bool write_raw(const char *prefix, const Vm *vm) {
  return write_bytes(prefix, ".records", vm_trace_data(vm),
                     vm_trace_size(vm)) &&
         write_bytes(prefix, ".strings", vm_strings_data(vm),
                     vm_strings_size(vm));
}

// ---- refscope schema ---------------------------------------------------------------------

static int print_schema(FILE *out) {
  fprintf(out, "{\"version\":%d,\"recordSize\":%d,\"events\":[",
          vm_trace_version(), vm_trace_record_size());
  for (int k = 0; k < vm_event_kind_count(); k++) {
    fprintf(out, "%s{\"name\":", k ? "," : "");
    put_json_string(out, vm_event_name(k));
    fputs(",\"fields\":", out);
    put_json_string(out, vm_event_fields(k));
    fputc('}', out);
  }
  fputs("],\"enums\":{", out);
  for (int t = 0; t < vm_enum_table_count(); t++) {
    if (t) fputc(',', out);
    put_json_string(out, vm_enum_table_name(t));
    fputs(":[", out);
    for (int v = 0; v < vm_enum_count(t); v++) {
      if (v) fputc(',', out);
      put_json_string(out, vm_enum_name(t, v));
    }
    fputc(']', out);
  }
  fputs("}}\n", out);
  return 0;
}

// ---- Command line --------------------------------------------------------------------------

// The CLI stops a program after 2^30 instructions unless told otherwise
// (python3 would run about 10-20 s; see core/LIMITS.md).
enum { CLI_MAX_STEPS = 1 << 30 };

static int usage(void) {
  fputs("usage: refscope run [OPTIONS] FILE     run a snippet as python3 "
        "would\n"
        "       refscope trace [OPTIONS] [TRACE OPTIONS] FILE\n"
        "                                       print its event trace (JSON "
        "lines)\n"
        "       refscope schema                 print the trace's "
        "self-description\n"
        "options: --max-steps N         stop after N bytecode instructions "
        "(default 1G)\n"
        "         --max-memory BYTES    MemoryError past BYTES of objects "
        "(default 256M)\n"
        "         --max-output BYTES    stop after BYTES of output "
        "(default 8M)\n"
        "         --max-source BYTES    refuse longer programs (default 1M)\n"
        "         --max-nesting N       parser levels below CPython's 6000 "
        "(the page's)\n"
        "trace options: --states        interleave the VM's state dumps\n"
        "         --raw PREFIX          write PREFIX.records, PREFIX.strings\n"
        "         --max-events N        end the trace after N events\n"
        "         --states-every K      only every K-th line step's dump\n"
        "N and BYTES take a k, M or G suffix (powers of 1024); 0 means no "
        "limit\n(not for --max-events).\n"
        "A limit that stops the program prints \"refscope: stopped: ...\" on "
        "stderr;\nthe exit status is then 1.\n",
        stderr);
  return 2;
}

typedef struct Options {
  bool trace, states;
  const char *raw, *file;
} Options;

// A non-negative decimal count with an optional k/M/G suffix; -1 if bad.
static int64_t parse_count(const char *s) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno || end == s || v < 0) return -1;
  int shift = *end == 'k' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
  if (shift) end++;
  if (*end || v > (INT64_MAX >> shift)) return -1;
  return (int64_t)v << shift;
}

// One option taking a count: stored in [config]; false if not one.
static bool count_option(const char *name, const char *arg, VmConfig *config,
                         bool trace) {
  int64_t v = parse_count(arg);
  if (v < 0) return false;
  if (strcmp(name, "--max-steps") == 0) config->max_steps = v;
  else if (strcmp(name, "--max-memory") == 0) config->max_memory = (size_t)v;
  else if (strcmp(name, "--max-output") == 0) config->max_output = (size_t)v;
  else if (strcmp(name, "--max-source") == 0) config->max_source = (size_t)v;
  else if (strcmp(name, "--max-nesting") == 0 && v < INT32_MAX)
    config->max_nesting = (int)v;
  else if (trace && strcmp(name, "--max-events") == 0 && v > 0)
    config->max_events = v;
  else if (trace && strcmp(name, "--states-every") == 0 && v < INT32_MAX)
    config->state_every = (int)v;
  else return false;
  return true;
}

// Reads the command and its options into [o] and [config]; false if bad.
static bool parse_options(int argc, char **argv, Options *o,
                          VmConfig *config) {
  memset(o, 0, sizeof *o);
  if (argc < 3) return false;
  o->trace = strcmp(argv[1], "trace") == 0;
  if (!o->trace && strcmp(argv[1], "run") != 0) return false;
  int i = 2;
  for (; i < argc - 1 && strncmp(argv[i], "--", 2) == 0; i++) {
    if (o->trace && strcmp(argv[i], "--states") == 0) o->states = true;
    else if (i + 2 >= argc) return false;
    else if (o->trace && strcmp(argv[i], "--raw") == 0) o->raw = argv[++i];
    else if (!count_option(argv[i], argv[i + 1], config, o->trace))
      return false;
    else i++;
  }
  if (i != argc - 1) return false;
  o->file = argv[i];
  return true;
}

// Prints the trace and whatever the run left to report; the exit status.
static int finish(const Options *o, Vm *vm, VmResult r, States *states) {
  int status = vm_exit_code(vm);
  if (o->trace) print_trace(stdout, vm, o->states ? states : NULL);
  if (o->raw && !write_raw(o->raw, vm)) {
    fprintf(stderr, "refscope: can't write %s.*\n", o->raw);
    status = 2;
  }
  if (r == VM_LIMIT)
    fprintf(stderr, "refscope: stopped: %s\n", vm_limit_message(vm));
  // For the test suites: objects the run left allocated (0 = no leak).
  if (getenv("REFSCOPE_CHECK_LEAKS") && vm_live_objects(vm) != 0) {
    fprintf(stderr, "refscope: %lld objects leaked\n",
            (long long)vm_live_objects(vm));
    status = 70;
  }
  return status;
}

static int run(const Options *o, VmConfig *config, const char *source,
               size_t len) {
  config->trace = o->trace;
  config->report_leaks = getenv("REFSCOPE_CHECK_LEAKS") != NULL;
  // Hidden switches for the test suites (core/GC.md, "Checking the heap").
  config->stress_gc = getenv("REFSCOPE_STRESS_GC") != NULL;
  config->check_heap = getenv("REFSCOPE_CHECK_HEAP") != NULL;
  if (!o->trace) config->write = write_stream;
  States states = {0};
  if (o->states) {
    config->on_state = keep_state;
    config->state_ctx = &states;
  }
  Vm *vm = vm_new(config);
  if (!vm) {
    fputs("refscope: out of memory\n", stderr);
    return 1;
  }
  VmResult r = vm_run(vm, source, len);
  int status = finish(o, vm, r, &states);
  vm_free(vm);
  free_states(&states);
  if (status == VM_EXIT_SIGINT) { // as python3 does: die by the signal
    fflush(NULL);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
    status = 130;
  }
  return status;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "schema") == 0) return print_schema(stdout);
  Options o;
  VmConfig config;
  vm_config_init(&config);
  config.max_steps = CLI_MAX_STEPS;
  if (!parse_options(argc, argv, &o, &config)) return usage();
  size_t len;
  char *source = read_file(o.file, &len);
  if (!source) {
    fprintf(stderr, "refscope: can't open file '%s': [Errno %d] %s\n",
            o.file, errno, strerror(errno));
    return 2;
  }
  char *path = script_path(o.file);
  config.filename = path;
  int status = run(&o, &config, source, len);
  free(path);
  free(source);
  return status;
}
