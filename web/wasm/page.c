// page.c — the WebAssembly entry points the page's worker adds to core/api.h:
// a VM configured with the page's limits whose output is streamed to the
// worker as it is written. Uses nothing but api.h. See web/README.md.
#include <emscripten.h>

#include "api.h"

// Calls Module.onWrite(stream, data, len) in the worker, if it set one.
EM_JS(void, page_host_write, (int stream, const char *data, size_t len), {
  if (Module["onWrite"]) Module["onWrite"](stream, data, len);
});

enum { PAGE_MAX_NESTING = 2000 };

static void page_write(void *ctx, int stream, const char *data, size_t len) {
  (void)ctx;
  page_host_write(stream, data, len);
}

// Creates a tracing VM with these limits (0 keeps the core's default).
// Doubles carry the 64-bit and size_t values across the JS boundary.
Vm *page_vm_new(double max_steps, double max_events, double max_memory,
                double max_output, int stream_output) {
  VmConfig config;
  vm_config_init(&config);
  config.trace = 1;
  if (max_steps > 0) config.max_steps = (int64_t)max_steps;
  if (max_events > 0) config.max_events = (int64_t)max_events;
  if (max_memory > 0) config.max_memory = (size_t)max_memory;
  if (max_output > 0) config.max_output = (size_t)max_output;
  if (stream_output) config.write = page_write;
  // The browser's stack for wasm (about 1 MB in V8) holds fewer parser
  // levels than CPython's 6000 (core/LIMITS.md, "Nesting in the page").
  config.max_nesting = PAGE_MAX_NESTING;
  return vm_new(&config);
}
