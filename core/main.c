// main.c — the native command-line runner (not part of the wasm build):
//   refscope run FILE     prints what `python3 FILE` prints, same exit status
//   refscope trace FILE   prints the event trace as JSON lines (TRACE.md)
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

static void print_trace(FILE *out, const Vm *vm) {
  const unsigned char *rec = vm_trace_data(vm);
  size_t size = (size_t)vm_trace_record_size();
  size_t n = vm_trace_size(vm) / size;
  for (size_t i = 0; i < n; i++, rec += size) {
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
}

static int usage(void) {
  fputs("usage: refscope run [OPTIONS] FILE     run a snippet as python3 "
        "would\n"
        "       refscope trace [OPTIONS] FILE   print its event trace (JSON "
        "lines)\n"
        "options: --max-steps N         stop after N bytecode instructions "
        "(default: no limit)\n"
        "         --max-memory BYTES    MemoryError past BYTES of objects\n"
        "         --max-output BYTES    stop after BYTES of output\n"
        "A limit that stops the program prints \"refscope: stopped: ...\" on "
        "stderr;\nthe exit status is then 1.\n",
        stderr);
  return 2;
}

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

// Reads the options between the command and FILE into [config]; the index
// of FILE, or -1.
static int parse_options(int argc, char **argv, VmConfig *config) {
  int i = 2;
  for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    int64_t v = parse_count(argv[i + 1]);
    if (v < 0) return -1;
    if (strcmp(argv[i], "--max-steps") == 0) config->max_steps = v;
    else if (strcmp(argv[i], "--max-memory") == 0) config->max_memory = (size_t)v;
    else if (strcmp(argv[i], "--max-output") == 0) config->max_output = (size_t)v;
    else return -1;
  }
  return i == argc - 1 ? i : -1;
}

int main(int argc, char **argv) {
  if (argc < 3) return usage();
  bool trace = strcmp(argv[1], "trace") == 0;
  if (!trace && strcmp(argv[1], "run") != 0) return usage();
  VmConfig config;
  vm_config_init(&config);
  int file = parse_options(argc, argv, &config);
  if (file < 0) return usage();
  size_t len;
  char *source = read_file(argv[file], &len);
  if (!source) {
    fprintf(stderr, "refscope: can't open file '%s': [Errno %d] %s\n",
            argv[file], errno, strerror(errno));
    return 2;
  }
  char *path = script_path(argv[file]);
  config.filename = path;
  config.trace = trace;
  config.max_source = 0;
  config.report_leaks = getenv("REFSCOPE_CHECK_LEAKS") != NULL;
  if (!trace) config.write = write_stream;
  Vm *vm = vm_new(&config);
  int status = 1;
  if (vm) {
    VmResult r = vm_run(vm, source, len);
    if (trace) print_trace(stdout, vm);
    if (r == VM_LIMIT)
      fprintf(stderr, "refscope: stopped: %s\n", vm_limit_message(vm));
    status = vm_exit_code(vm);
    // For the test suites: objects the run left allocated (0 = no leak).
    if (getenv("REFSCOPE_CHECK_LEAKS") && vm_live_objects(vm) != 0) {
      fprintf(stderr, "refscope: %lld objects leaked\n",
              (long long)vm_live_objects(vm));
      status = 70;
    }
    vm_free(vm);
    if (status == VM_EXIT_SIGINT) { // as python3 does: die by the signal
      fflush(NULL);
      signal(SIGINT, SIG_DFL);
      raise(SIGINT);
      status = 130;
    }
  } else {
    fputs("refscope: out of memory\n", stderr);
  }
  free(path);
  free(source);
  return status;
}
