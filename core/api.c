// api.c — the accessors of the public API (api.h): results, output, error
// location, and the trace with its self-description (event kinds, fields
// and the enumerations they use, all generated from the X-macro lists).
#include "api.h"

#include "object.h"
#include "opcodes.h"
#include "trace.h"
#include "vm.h"

int vm_exit_code(const Vm *vm) { return vm->exit_code; }

const char *vm_output_data(const Vm *vm, int stream) {
  if (stream != VM_STDOUT && stream != VM_STDERR) return "";
  return vm->out[stream].len ? vm->out[stream].data : "";
}

size_t vm_output_size(const Vm *vm, int stream) {
  if (stream != VM_STDOUT && stream != VM_STDERR) return 0;
  return vm->out[stream].len;
}

const char *vm_limit_name(const Vm *vm) { return vm->limit_name; }

const char *vm_limit_message(const Vm *vm) {
  return vm->limit_message.len ? vm->limit_message.data : "";
}

int vm_error_line(const Vm *vm) { return vm->error_line; }
int vm_error_column(const Vm *vm) { return vm->error_col; }
int vm_error_end_column(const Vm *vm) { return vm->error_end_col; }

const char *vm_error_message(const Vm *vm) {
  return vm->error_message.len ? vm->error_message.data : "";
}

int64_t vm_live_objects(const Vm *vm) { return vm->leaked_objects; }

// ---- The trace ---------------------------------------------------------------------------------

const void *vm_trace_data(const Vm *vm) {
  return vm->trace.words ? (const void *)vm->trace.words : "";
}

size_t vm_trace_size(const Vm *vm) {
  return vm->trace.words_len * sizeof(uint32_t);
}

size_t vm_trace_count(const Vm *vm) { return vm->trace.count; }

const char *vm_strings_data(const Vm *vm) {
  return vm->trace.strings ? vm->trace.strings : "";
}

size_t vm_strings_size(const Vm *vm) { return vm->trace.strings_len; }

int vm_trace_version(void) { return TRACE_VERSION; }
int vm_trace_record_size(void) { return 4 * TRACE_MAX_WORDS; }
int vm_event_kind_count(void) { return EV_COUNT; }
const char *vm_event_name(int kind) { return trace_event_name(kind); }
const char *vm_event_fields(int kind) { return trace_event_fields(kind); }
int vm_event_size(int kind) { return trace_event_size(kind); }

// ---- Enumerations ------------------------------------------------------------------------------

#define NAME_OF(name) #name,
#define NAME_OF_OPCODE(name) #name,
static const char *const layout_names[] = {
#define LAYOUT_NAME(name) #name,
    LAYOUTS(LAYOUT_NAME)
#undef LAYOUT_NAME
};
static const char *const opcode_names[] = {OPCODES(NAME_OF_OPCODE)};
static const char *const extra_reason_names[] = {TRACE_REASONS(NAME_OF)};
static const char *const gc_phase_names[] = {GC_PHASES(NAME_OF)};
static const char *const gc_trigger_names[] = {GC_TRIGGERS(NAME_OF)};
static const char *const frame_kind_names[] = {FRAME_KINDS(NAME_OF)};
static const char *const object_flag_names[] = {TRACE_OBJECT_FLAGS(NAME_OF)};
static const char *const vm_result_names[] = {
    "ok", "syntax_error", "runtime_error", "limit", "exit"};
#undef NAME_OF
#undef NAME_OF_OPCODE

enum { T_LAYOUT, T_REASON, T_GC_PHASE, T_FRAME_KIND, T_VM_RESULT,
       T_OBJECT_FLAG, T_GC_TRIGGER, T_COUNT };
static const char *const table_names[T_COUNT] = {
    "layout",    "reason",      "gc_phase",  "frame_kind",
    "vm_result", "object_flag", "gc_trigger"};

int vm_enum_table_count(void) { return T_COUNT; }

const char *vm_enum_table_name(int table) {
  return table >= 0 && table < T_COUNT ? table_names[table] : "";
}

int vm_enum_count(int table) {
  switch (table) {
  case T_LAYOUT: return LAYOUT_COUNT;
  case T_REASON: return REASON_COUNT;
  case T_GC_PHASE: return GCP_COUNT;
  case T_FRAME_KIND: return FK_COUNT;
  case T_VM_RESULT: return (int)COUNT_OF(vm_result_names);
  case T_OBJECT_FLAG: return TRACE_OF_BIT_COUNT;
  case T_GC_TRIGGER: return GCT_COUNT;
  default: return 0;
  }
}

const char *vm_enum_name(int table, int value) {
  if (value < 0 || value >= vm_enum_count(table)) return "";
  switch (table) {
  case T_LAYOUT: return layout_names[value];
  case T_REASON:
    return value < OP_COUNT ? opcode_names[value]
                            : extra_reason_names[value - OP_COUNT];
  case T_GC_PHASE: return gc_phase_names[value];
  case T_FRAME_KIND: return frame_kind_names[value];
  case T_VM_RESULT: return vm_result_names[value];
  case T_OBJECT_FLAG: return object_flag_names[value];
  case T_GC_TRIGGER: return gc_trigger_names[value];
  default: return "";
  }
}
