// vm.c — a VM's life: configuration defaults, creation (types, builtins,
// sys), program output, limits (steps, output, C depth), the repr-recursion
// stack, and the per-instruction slow path (LINE records, step limit).
// vm_run.c runs a program and shuts down; core/README.md maps the rest.
#include "vm.h"

#include "heapcheck.h"

#include "abstract.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "weakref.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int types_init(Vm *vm);          // types.c
int builtins_module_init(Vm *vm); // builtins.c

static char *copy_cstr(const char *s) {
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  if (copy) memcpy(copy, s, n);
  return copy;
}

void vm_config_init(VmConfig *c) {
  memset(c, 0, sizeof *c);
  c->filename = "<snippet>";
  c->gc_threshold[0] = 700;
  c->gc_threshold[1] = 10;
  c->gc_threshold[2] = 10;
  c->recursion_limit = DEFAULT_RECURSION_LIMIT;
  c->max_events = DEFAULT_MAX_EVENTS;
  c->max_memory = DEFAULT_MAX_MEMORY;
  c->max_output = DEFAULT_MAX_OUTPUT;
  c->max_source = DEFAULT_MAX_SOURCE;
}

static int modules_init(Vm *vm) {
  vm->modules = dict_new(vm);
  vm->gc.garbage = list_new(vm, 0);
  vm->gc.callbacks = list_new(vm, 0);
  if (!vm->modules || !vm->gc.garbage || !vm->gc.callbacks) return -1;
  if (dict_set_cstr(vm, vm->modules, "builtins", vm->builtins_module) < 0)
    return -1;
  // What unwinds the program when a limit stops it (never caught: see
  // eval.c's handler lookup while vm->stopping).
  vm->stop_exc = exc_new_msg(vm, vm->t.BaseException, "stopped by a limit");
  if (!vm->stop_exc) return -1;
  Object *sys = mod_sys_create(vm);
  if (!sys) return -1;
  int r = dict_set_cstr(vm, vm->modules, "sys", sys);
  decref(vm, sys);
  return r;
}

Vm *vm_new(const VmConfig *config) {
  Vm *vm = calloc(1, sizeof *vm);
  if (!vm) return NULL;
  vm->config = *config;
  vm->filename = copy_cstr(config->filename ? config->filename : "<snippet>");
  alloc_init(&vm->alloc, config->max_memory);
  trace_init(&vm->trace, (size_t)(config->max_events > 0 ? config->max_events : 0));
  gc_init(vm);
  datastack_init(&vm->datastack);
  for (int i = 0; i < 3; i++) buf_init(&vm->out[i]);
  buf_init(&vm->limit_message);
  buf_init(&vm->error_message);
  vm->recursion_limit = config->recursion_limit > 0 ? config->recursion_limit
                                                    : DEFAULT_RECURSION_LIMIT;
  vm->max_c_depth = config->max_c_depth > 0 && config->max_c_depth < MAX_C_DEPTH
                        ? config->max_c_depth : MAX_C_DEPTH;
  vm->max_steps = config->max_steps;
  vm->next_check = vm->max_steps > 0 ? vm->max_steps : INT64_MAX;
  if (config->check_heap || config->stress_gc) vm->next_check = 0;
  vm->int_max_str_digits = INT_MAX_STR_DIGITS;
  vm->exc_info = &vm->base_exc_info;
  vm->limit_name = "";
  vm->weakrefs = weaktable_new();
  if (!vm->filename || !vm->weakrefs || types_init(vm) < 0 ||
      builtins_module_init(vm) < 0 || modules_init(vm) < 0) {
    vm_free(vm);
    return NULL;
  }
  return vm;
}

void vm_free(Vm *vm) {
  if (!vm) return;
  if (!vm->torn_down) vm_teardown(vm);
  free(vm->repr_stack);
  objreg_free(&vm->registry);
  weaktable_free(vm->weakrefs);
  datastack_fini(&vm->datastack);
  trace_fini(&vm->trace);
  alloc_fini(&vm->alloc);
  for (int i = 0; i < 3; i++) buf_free(&vm->out[i]);
  buf_free(&vm->limit_message);
  buf_free(&vm->error_message);
  free(vm->filename);
  free(vm);
}

// ---- Output ---------------------------------------------------------------------------------

void vm_write(Vm *vm, int stream, const char *data, size_t len) {
  if (len == 0) return;
  size_t max = vm->config.max_output;
  if (max && vm->output_bytes + len > max) {
    if (vm->output_bytes < max) len = max - vm->output_bytes;
    else len = 0;
    vm_hit_limit(vm, "output", "the program wrote more than %zu bytes", max);
  }
  if (len == 0) return;
  vm->output_bytes += len;
  if (vm->trace.on) {
    // Long writes are recorded in pieces the string table can hold.
    trace_emit(vm, EV_OUTPUT, (uint8_t)stream, 0, trace_string(vm, data, len),
               (uint32_t)len, 0);
  } else if (vm->config.trace && !vm->trace.started) {
    trace_early_output(vm, stream, data, len);
  }
  if (vm->config.write) vm->config.write(vm->config.write_ctx, stream, data, len);
  else buf_append(&vm->out[stream], data, len);
}

// ---- Limits -------------------------------------------------------------------------------------

void vm_hit_limit(Vm *vm, const char *name, const char *fmt, ...) {
  if (vm->stopping) return;
  vm->stopping = true;
  vm->limit_name = name;
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(&vm->limit_message, fmt, ap);
  va_end(ap);
  vm->next_check = 0; // every instruction now stops at once
  if (vm->trace.on) {
    bool full = vm->trace.full;
    vm->trace.full = false;
    trace_emit(vm, EV_LIMIT, 0, 0, trace_cstring(vm, name),
               trace_cstring(vm, buf_cstr(&vm->limit_message)), 0);
    vm->trace.full = full;
  }
}

// While stopping, every Python instruction raises at once so the program
// unwinds (no handler runs; see eval.c) without running further code.
static void raise_stop(Vm *vm) {
  if (vm->exc) return;
  Object *e = vm->stop_exc;
  if (e) err_restore(vm, newref(vm, e)); // no context: nothing will see it
}

static int recursion_error(Vm *vm, const char *where) {
  err_format(vm, vm->t.RecursionError, "maximum recursion depth exceeded%s",
             where);
  return -1;
}

int vm_check_recursion(Vm *vm, const char *where) {
  if (vm_recursion_depth(vm) >= vm->recursion_limit)
    return recursion_error(vm, where);
  return 0;
}

// Each entry is also a step: C work nested in one instruction (the repr of
// a list of lists 30 levels deep, 10**30 items) stops like a loop.
int vm_enter_c(Vm *vm, const char *where) {
  if (vm_charge(vm, 1) < 0) return -1;
  if (vm->c_depth >= vm->max_c_depth) return recursion_error(vm, where);
  if (vm_check_recursion(vm, where) < 0) return -1;
  vm->c_rec++;
  vm->c_depth++;
  return 0;
}

int vm_enter_stack(Vm *vm) {
  if (vm_charge(vm, 1) < 0) return -1;
  if (vm->c_depth >= vm->max_c_depth) return recursion_error(vm, "");
  vm->c_depth++;
  return 0;
}

int vm_check_buf(Vm *vm, const Buf *b) {
  if (alloc_can_grow(&vm->alloc, b->len)) return 0;
  err_no_memory(vm);
  return -1;
}

enum { REPORT_RESERVE = 1 << 20 };

size_t vm_reserve_begin(Vm *vm) {
  size_t limit = vm->alloc.limit;
  if (limit) vm->alloc.limit = limit + REPORT_RESERVE;
  return limit;
}

// ---- Py_ReprEnter / Py_ReprLeave ---------------------------------------------------------------

int repr_enter(Vm *vm, Object *o) {
  for (int i = 0; i < vm->repr_depth; i++)
    if (vm->repr_stack[i] == o) return 1;
  if (vm->repr_depth == vm->repr_cap) {
    int cap = vm->repr_cap ? vm->repr_cap * 2 : 16;
    Object **s = realloc(vm->repr_stack, sizeof(Object *) * (size_t)cap);
    if (!s) {
      err_no_memory(vm);
      return -1;
    }
    vm->repr_stack = s;
    vm->repr_cap = cap;
  }
  vm->repr_stack[vm->repr_depth++] = o;
  return 0;
}

void repr_leave(Vm *vm, Object *o) {
  for (int i = vm->repr_depth - 1; i >= 0; i--) {
    if (vm->repr_stack[i] != o) continue;
    memmove(&vm->repr_stack[i], &vm->repr_stack[i + 1],
            sizeof(Object *) * (size_t)(vm->repr_depth - i - 1));
    vm->repr_depth--;
    return;
  }
}

// ---- The slow path of the instruction loop ------------------------------------------------------

// Reports a LINE when a frame reaches a new line, or jumps back to the
// start of one (a loop's next iteration), as CPython's line events do.
static void trace_line(Vm *vm, Frame *f, int lasti) {
  if ((f->code->flags & CO_LIBRARY) || f->serial == 0) return;
  int line = f->code->locs[lasti].lineno;
  if (line <= 0) return;
  bool back = lasti <= f->last_lasti && line == f->last_line &&
              (lasti == 0 || f->code->locs[lasti - 1].lineno != line);
  f->last_lasti = lasti;
  if (line == f->last_line && !back) return;
  f->last_line = line;
  trace_emit(vm, EV_LINE, 0, 0, f->serial, (uint32_t)line, 0);
}

// The stop (a limit was hit before, or the step limit is reached now): -1
// with the stop exception raised; 0 to go on.
static int check_stop(Vm *vm) {
  if (!vm->stopping && vm->max_steps > 0 && vm->steps >= vm->max_steps)
    vm_hit_limit(vm, "steps",
                 "the program ran %lld steps (the limit); it may loop forever",
                 (long long)vm->max_steps);
  if (!vm->stopping) return 0;
  raise_stop(vm);
  return -1;
}

// Tracing and the heap self-checks stay on the slow path (every
// instruction); otherwise it is next taken at the step limit.
static void set_next_check(Vm *vm) {
  if (vm->trace.on || vm->config.check_heap || vm->config.stress_gc)
    vm->next_check = vm->steps;
  else
    vm->next_check = vm->max_steps > 0 ? vm->max_steps : INT64_MAX;
}

int vm_charge_slow(Vm *vm) {
  if (check_stop(vm) < 0) return -1;
  // While tracing, next_check stays where the eval loop keeps it.
  if (!vm->trace.on) set_next_check(vm);
  return 0;
}

void vm_slow_path(Vm *vm, Frame *f, int lasti) {
  if (check_stop(vm) < 0) return;
  if (vm->config.check_heap || vm->config.stress_gc) {
    heapcheck_safe_point(vm, f, lasti);
    if (vm->stopping) {
      raise_stop(vm);
      return;
    }
  }
  if (vm->trace.on) {
    vm->trace.reason = (uint16_t)instr_op(f->code->instrs[lasti]);
    trace_line(vm, f, lasti);
  }
  set_next_check(vm);
}
