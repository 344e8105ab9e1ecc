// api.h — the only public header of the Refscope core. The CLI (main.c), the C
// tests and the WebAssembly build (web/worker) use nothing else. Scalars and
// pointers only, so JavaScript can call it with cwrap. core/README.md maps the
// modules behind it; core/TRACE.md documents the trace this API hands out.
#ifndef core_api_h
#define core_api_h

#include <stddef.h>
#include <stdint.h>

typedef struct Vm Vm; // opaque; several can live in one process

typedef enum {
  VM_OK = 0,         // the program ran to its end
  VM_SYNTAX_ERROR,   // SyntaxError/IndentationError: nothing ran
  VM_RUNTIME_ERROR,  // an uncaught exception ended the program (exit status 1)
  VM_LIMIT,          // a limit (steps, events, memory, output) stopped it
  VM_EXIT,           // the program called sys.exit(); see vm_exit_code
} VmResult;

// Output streams for VmConfig.write.
enum { VM_STDOUT = 1, VM_STDERR = 2 };

typedef struct VmConfig {
  const char *filename;      // shown in tracebacks; default "<snippet>"
  int gc_threshold[3];       // default 700, 10, 10 (CPython 3.11)
  int recursion_limit;       // default 1000 (sys.getrecursionlimit())
  int64_t max_steps;         // bytecode instructions; 0 = unlimited
  int64_t max_events;        // trace records; default 2,000,000
  size_t max_memory;         // bytes of object memory; MemoryError past it
  size_t max_output;         // bytes written to stdout + stderr
  size_t max_source;         // bytes of source accepted
  // Parser rule nesting: 0 = CPython's MAXSTACK (6000; past it a
  // MemoryError, as python3). Set lower where the C stack is smaller (the
  // page's wasm: LIMITS.md, "Nesting in the page"); a source past a lower
  // value stops as the "nesting" limit instead.
  int max_nesting;
  int trace;                 // 1: record the event trace
  // Self-checks at safe points (each line of the main program's own
  // evaluation); a failure stops the run as the "heap" limit, with the
  // details in vm_limit_message (core/GC.md, "Checking the heap").
  int stress_gc;             // 1: a full collection's analysis at every safe
                             // point, restoring the generations so that
                             // nothing the program sees changes
  int check_heap;            // 1: every tracked object's refcount must equal
                             // the references found from roots and objects
  int report_leaks;          // 1: name the objects a run leaves allocated
                             // (on stderr at the end of vm_run)
  // Where program output goes as it is produced. NULL: kept in the VM's
  // output buffers (vm_output_data) and, when tracing, in the trace.
  void (*write)(void *ctx, int stream, const char *data, size_t len);
  void *write_ctx;
  // For tests (refscope trace --states): called at every state step
  // (TRACE.md, "State dumps") with the VM's own view of the state as
  // canonical JSON, after [events] trace records. NULL: no dumps.
  void (*on_state)(void *ctx, size_t events, const char *json, size_t len);
  void *state_ctx;
  // With on_state: dump only every [state_every]-th LINE/RETURN step (the
  // GC steps, EXC_UNCAUGHT and END always); 0 or 1 = every step.
  int state_every;
} VmConfig;

// Fills [config] with the defaults above.
void vm_config_init(VmConfig *config);

// Creates a VM; NULL if memory is exhausted. [config] is copied.
Vm *vm_new(const VmConfig *config);

// Frees the VM and everything it allocated.
void vm_free(Vm *vm);

// Compiles and runs [source] ([len] bytes of UTF-8) as the __main__ module,
// then finalizes the interpreter as CPython does at exit (a full collection,
// then the module's globals). Call once per VM.
VmResult vm_run(Vm *vm, const char *source, size_t len);

// The process exit status CPython would give: 0, 1 after an uncaught
// exception or a syntax error, or sys.exit()'s argument; VM_EXIT_SIGINT
// after an uncaught KeyboardInterrupt (python3 kills itself with SIGINT).
int vm_exit_code(const Vm *vm);
enum { VM_EXIT_SIGINT = -2 };

// Text written to VM_STDOUT or VM_STDERR when config.write is NULL.
const char *vm_output_data(const Vm *vm, int stream);
size_t vm_output_size(const Vm *vm, int stream);

// For VM_LIMIT: which limit ("steps", "events", "memory", "output",
// "recursion", "source", or "heap" when a self-check of VmConfig failed)
// and a sentence for the user. "" otherwise.
const char *vm_limit_name(const Vm *vm);
const char *vm_limit_message(const Vm *vm);

// For VM_SYNTAX_ERROR and VM_RUNTIME_ERROR: the line the error points at
// (1-based, 0 if none), its column range (0-based, in characters) and the
// last line of CPython's report ("NameError: name 'x' is not defined").
int vm_error_line(const Vm *vm);
int vm_error_column(const Vm *vm);
int vm_error_end_column(const Vm *vm);
const char *vm_error_message(const Vm *vm);

// Objects still allocated after vm_run finished (0 unless something leaked).
int64_t vm_live_objects(const Vm *vm);

// ---- The trace (see core/TRACE.md) ------------------------------------------

// Fixed-size event records (vm_trace_record_size() bytes each).
const void *vm_trace_data(const Vm *vm);
size_t vm_trace_size(const Vm *vm); // in bytes
// The string table the records refer to by offset (NUL-separated UTF-8).
const char *vm_strings_data(const Vm *vm);
size_t vm_strings_size(const Vm *vm);

int vm_trace_version(void);
int vm_trace_record_size(void);
// The event kinds, from the X-macro list in trace_events.h: the JS decoder
// builds its table from these, so no list is copied by hand.
int vm_event_kind_count(void);
const char *vm_event_name(int kind);   // "ALLOC"
const char *vm_event_fields(int kind); // "obj,type,size" (comma-separated)
// Other enumerations the trace refers to (type kinds, refcount reasons, GC
// phases, ...): vm_enum_count(table) values named vm_enum_name(table, i);
// tables are listed by vm_enum_table_name(t) for t < vm_enum_table_count().
int vm_enum_table_count(void);
const char *vm_enum_table_name(int table);
int vm_enum_count(int table);
const char *vm_enum_name(int table, int value);

#endif
