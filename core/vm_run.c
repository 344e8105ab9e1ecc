// vm_run.c — running a program as python3 runs a file: compile (syntax
// errors and SyntaxWarnings as python3 prints them), execute as __main__,
// report an uncaught exception or sys.exit(), then shut down in CPython
// 3.11's order (../shared/cpython-semantics.md §5; vm_shutdown.c).
#include "vm.h"

#include "compile.h"
#include "dict.h"
#include "errors.h"
#include "eval.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "abstract.h"
#include "module.h"
#include "parser.h"
#include "str.h"
#include "symtable.h"
#include "tbprint.h"
#include "tuple.h"
#include "typeobj.h"
#include "unicode_utf8.h"

#include <stdlib.h>

void vm_shutdown(Vm *vm);  // vm_shutdown.c
void vm_teardown(Vm *vm);  // vm_shutdown.c

// ---- Compiling ----------------------------------------------------------------------------

// The program's lines (without their line ends) for tracebacks.
Object *vm_source_lines(Vm *vm, const char *src, size_t len) {
  Object *lines = list_new(vm, 0);
  size_t start = 0;
  while (lines && start < len) {
    const char *nl = memchr(src + start, '\n', len - start);
    size_t end = nl ? (size_t)(nl - src) : len;
    size_t stop = end > start && src[end - 1] == '\r' ? end - 1 : end;
    // Not yet checked: the lexer rejects bad UTF-8 later, with the report
    // python3 prints; the line is kept only up to it (str needs UTF-8).
    Utf8Error bad;
    if (utf8_check(src + start, stop - start, 1, &bad) < 0)
      stop = start + bad.start;
    Object *line = str_new(vm, src + start, stop - start);
    if (!line || list_append(vm, lines, line) < 0) {
      xdecref(vm, line);
      decref(vm, lines);
      return NULL;
    }
    decref(vm, line);
    start = end + 1;
  }
  if (!lines) return NULL;
  Object *t = list_as_tuple(vm, lines);
  decref(vm, lines);
  return t;
}

static void lexer_warning(void *ctx, int lineno, const char *msg) {
  Vm *vm = ctx;
  const char *line = "";
  Object *lines = vm->source_lines;
  if (lines && lineno >= 1 && lineno <= tuple_size(lines))
    line = str_data(tuple_get(lines, lineno - 1));
  Buf b;
  buf_init(&b);
  syntax_warning_format(&b, vm->filename, lineno, msg, line);
  vm_write(vm, VM_STDERR, b.data, b.len);
  buf_free(&b);
}

// The page's nesting limit (config.max_nesting, below CPython's limits)
// caps the parser's levels and, in the symbol table, the AST's depth
// (CPython: 3 x the recursion limit) alike. Returns the recursion limit to
// give symtable_build, which allows 3 x it.
static int ast_depth_limit(Vm *vm) {
  int n = vm->config.max_nesting;
  int rl = vm->recursion_limit;
  return n > 0 && n / 3 < rl ? n / 3 : rl;
}

// Compiles [src] (a module) into a code object; NULL with [err] set for a
// SyntaxError, or with an exception pending. [library]: Refscope's own.
Object *vm_compile(Vm *vm, const char *src, size_t len, const char *filename,
                   bool library, SyntaxErrorInfo *err) {
  Object *lines = vm_source_lines(vm, src, len);
  Object *fname = str_from_cstr(vm, filename);
  Arena *arena = arena_new();
  Object *code = NULL;
  if (lines && fname && arena) {
    Object *saved = vm->source_lines;
    vm->source_lines = lines;
    ParserConfig pc;
    parser_config_init(&pc);
    pc.warn = lexer_warning;
    pc.warn_ctx = vm;
    if (vm->config.max_nesting > 0 && vm->config.max_nesting < PARSER_MAX_DEPTH)
      pc.max_depth = vm->config.max_nesting;
    Module *mod = parser_parse_module(arena, src, len, filename, &pc, err);
    SymTable *st = mod ? symtable_build(arena, mod, ast_depth_limit(vm), src,
                                             len, filename, err)
                       : NULL;
    if (st) code = compile_module(vm, mod, st, fname, lines, library, err);
    vm->source_lines = saved;
  } else if (!vm->exc) {
    err_no_memory(vm);
  }
  if (arena) arena_free(arena);
  xdecref(vm, lines);
  xdecref(vm, fname);
  return code;
}

static VmResult report_syntax_error(Vm *vm, SyntaxErrorInfo *err) {
  Buf b;
  buf_init(&b);
  syntax_error_format(&b, vm->filename, err);
  vm_write(vm, VM_STDERR, b.data, b.len);
  buf_free(&b);
  vm->error_line = err->lineno > 0 ? err->lineno : 0;
  vm->error_col = err->offset > 0 ? err->offset - 1 : 0;
  vm->error_end_col = err->end_offset > 0 ? err->end_offset - 1 : vm->error_col;
  buf_printf(&vm->error_message, "%s: %s", syntax_error_kind_name(err->kind),
             err->msg ? err->msg : "");
  vm->exit_code = 1;
  return VM_SYNTAX_ERROR;
}

// ---- The __main__ module ------------------------------------------------------------------

// importlib's loader object that CPython puts in __main__.__loader__.
static Object *source_loader(Vm *vm) {
  TypeObject *t = type_new_static(vm, "_frozen_importlib_external.SourceFileLoader",
                                  LAYOUT_OBJECT, vm->t.object, sizeof(Object));
  if (!t) return NULL;
  t->dict = dict_new(vm);
  type_ready(vm, t);
  return vm->exc ? NULL : obj_alloc(vm, t, sizeof(Object));
}

static int set_item(Vm *vm, Object *d, const char *name, Object *v) {
  if (!v) return -1;
  int r = dict_set_cstr(vm, d, name, v);
  decref(vm, v);
  return r;
}

// The globals python3 gives a script, in its order.
static Object *main_module(Vm *vm) {
  Object *m = module_new(vm, "__main__");
  if (!m) return NULL;
  Object *d = module_dict(m);
  if (set_item(vm, d, "__package__", vm_none(vm)) < 0 ||
      set_item(vm, d, "__loader__", source_loader(vm)) < 0 ||
      set_item(vm, d, "__spec__", vm_none(vm)) < 0 ||
      set_item(vm, d, "__annotations__", dict_new(vm)) < 0 ||
      set_item(vm, d, "__builtins__", newref(vm, vm->builtins_module)) < 0 ||
      set_item(vm, d, "__file__", str_from_cstr(vm, vm->filename)) < 0 ||
      set_item(vm, d, "__cached__", vm_none(vm)) < 0 ||
      dict_set_cstr(vm, vm->modules, "__main__", m) < 0) {
    decref(vm, m);
    return NULL;
  }
  return m;
}

// ---- Uncaught exceptions ------------------------------------------------------------------

static void set_sys(Vm *vm, const char *name, Object *v) {
  Object *d = module_dict(vm->sys_module);
  if (dict_set_cstr(vm, d, name, v ? v : vm->none) < 0) err_clear(vm);
}

// sys.exit(code): python3 exits with the code, prints a non-int code.
static VmResult system_exit(Vm *vm, Object *exc) {
  Object *code = exc_get_field(exc, EXC_F_CODE);
  if (!code || code == vm->none) {
    vm->exit_code = 0;
  } else if (is_int(code)) {
    bool ok;
    int64_t v = int_as_i64(vm, code, &ok);
    if (!ok) err_clear(vm);
    vm->exit_code = ok ? (int)v : -1;
  } else {
    Object *s = obj_str(vm, code);
    if (s) {
      sys_write_stderr(vm, str_data(s), str_size(s));
      decref(vm, s);
    } else {
      err_clear(vm);
    }
    sys_write_stderr(vm, "\n", 1);
    vm->exit_code = 1;
  }
  return VM_EXIT;
}

static void record_error_location(Vm *vm, Object *exc) {
  Object *tb = ((ExceptionObject *)exc)->traceback;
  while (tb && ((TracebackObject *)tb)->next) tb = ((TracebackObject *)tb)->next;
  vm->error_line = tb ? ((TracebackObject *)tb)->lineno : 0;
  Buf b;
  buf_init(&b);
  tbprint_exception_line(vm, &b, exc);
  buf_puts(&vm->error_message, buf_cstr(&b));
  buf_free(&b);
  err_clear(vm);
}

// _PyErr_PrintEx: sys.last_* first, then the report on stderr.
static VmResult uncaught(Vm *vm, Object *exc) {
  if (obj_is_instance_of(exc, vm->t.SystemExit)) return system_exit(vm, exc);
  if (vm->trace.on) trace_emit(vm, EV_EXC_UNCAUGHT, 0, 0, trace_obj(vm, exc), 0, 0);
  vm_reserve_begin(vm); // for the report and the shutdown that follows
  set_sys(vm, "last_type", AS_OBJ(exc->type));
  set_sys(vm, "last_value", exc);
  set_sys(vm, "last_traceback", ((ExceptionObject *)exc)->traceback);
  Buf b;
  buf_init(&b);
  tbprint_exception(vm, &b, exc, true);
  sys_write_stderr(vm, b.data, b.len);
  buf_free(&b);
  err_clear(vm);
  record_error_location(vm, exc);
  // python3 then kills itself with SIGINT: a shell sees status 130.
  vm->exit_code = obj_is_instance_of(exc, vm->t.KeyboardInterrupt)
                      ? VM_EXIT_SIGINT
                      : 1;
  return VM_RUNTIME_ERROR;
}

// CPython 3.11's None, True and False are ordinary objects whose counts
// include the references its start-up modules hold (thousands for None);
// ours start immortal (+10^9). When the program starts they get python3's
// start-up share instead, so sys.getrefcount(None) reads as python3's:
// the numbers tests/measure_singleton_refcounts.py derives for a small
// script. They can never reach 0 (the share is never released).
enum { STARTUP_REFS_NONE = 5475, STARTUP_REFS_TRUE = 404,
       STARTUP_REFS_FALSE = 382, IMMORTAL_REFS = 1000000000 };

static void settle_singletons(Vm *vm) {
  vm->none->refcnt += STARTUP_REFS_NONE - IMMORTAL_REFS;
  vm->true_->refcnt += STARTUP_REFS_TRUE - IMMORTAL_REFS;
  vm->false_->refcnt += STARTUP_REFS_FALSE - IMMORTAL_REFS;
}

static VmResult run_main(Vm *vm, Object *code) {
  Object *m = main_module(vm);
  if (!m) return VM_RUNTIME_ERROR;
  vm->main_module = m;
  gc_settle_startup(vm);
  settle_singletons(vm);
  Object *d = module_dict(m);
  // The trace shows the program, not its compilation or the set-up: what
  // existed before is announced when the program first touches it.
  if (vm->config.trace) trace_start(vm);
  Object *r = eval_code(vm, (CodeObject *)code, d, d);
  vm->trace.reason = REASON_shutdown;
  VmResult result = VM_OK;
  if (r) {
    decref(vm, r);
  } else {
    Object *exc = err_fetch(vm);
    if (vm->stopping) result = VM_LIMIT;
    else if (exc) result = uncaught(vm, exc);
    xdecref(vm, exc);
  }
  // _PyRun_SimpleFileObject removes these once the script has run.
  Object *keys[] = {vm->str.file, vm->str.cached};
  for (int i = 0; i < 2; i++)
    if (dict_del(vm, d, keys[i]) < 0) err_clear(vm);
  return result;
}

// ---- The API's entry point --------------------------------------------------------------------

static void finish_trace(Vm *vm, VmResult result) {
  if (!vm->trace.on) return;
  trace_emit(vm, EV_END, 0, 0, (uint32_t)result, (uint32_t)vm->exit_code, 0);
  trace_stop(vm);
}

// Whether [err] comes from a max_nesting below CPython's limits (where
// python3 would go on): the parser or the symbol table out of levels.
static bool nesting_limit_hit(Vm *vm, const SyntaxErrorInfo *err) {
  int n = vm->config.max_nesting;
  if (n <= 0) return false;
  if (err->kind == SYNTAX_MEMORY_ERROR) return n < PARSER_MAX_DEPTH;
  return err->kind == SYNTAX_RECURSION_ERROR &&
         ast_depth_limit(vm) < vm->recursion_limit;
}

// Compiles and runs the program; VM_LIMIT without compiling it when the
// source is over the limit.
static VmResult compile_and_run(Vm *vm, const char *source, size_t len,
                                SyntaxErrorInfo *err) {
  if (vm->config.max_source && len > vm->config.max_source) {
    if (vm->config.trace) trace_start(vm); // LIMIT, END: never no trace
    vm_hit_limit(vm, "source", "the program is %zu bytes; the limit is %zu",
                 len, vm->config.max_source);
    vm->exit_code = 1;
    finish_trace(vm, VM_LIMIT); // the program never started: LIMIT, END only
    return VM_LIMIT;
  }
  Object *code = vm_compile(vm, source, len, vm->filename, false, err);
  // A program that does not compile still has a trace: its error report
  // (OUTPUT) and END.
  if (!code && vm->config.trace) trace_start(vm);
  VmResult result;
  if (code) {
    result = run_main(vm, code);
    decref(vm, code);
  } else if (err->set && nesting_limit_hit(vm, err)) {
    vm_hit_limit(vm, "nesting",
                 "the source nests deeper than %d levels, this page's limit "
                 "(CPython 3.11 allows 6000 in its parser, 3000 in its "
                 "compiler)", vm->config.max_nesting);
    vm->exit_code = 1;
    result = VM_LIMIT;
  } else if (err->set) {
    result = report_syntax_error(vm, err);
  } else {
    Object *exc = err_fetch(vm);
    result = vm->stopping ? VM_LIMIT : exc ? uncaught(vm, exc) : VM_RUNTIME_ERROR;
    xdecref(vm, exc);
  }
  return result;
}

VmResult vm_run(Vm *vm, const char *source, size_t len) {
  if (vm->ran) return VM_RUNTIME_ERROR;
  vm->ran = true;
  SyntaxErrorInfo err;
  syntax_error_init(&err);
  VmResult result = compile_and_run(vm, source, len, &err);
  syntax_error_clear(&err);
  if (result == VM_LIMIT) vm->exit_code = 1;
  vm->trace.reason = REASON_shutdown;
  vm_shutdown(vm);
  if (vm->stopping && result != VM_LIMIT) result = VM_LIMIT;
  finish_trace(vm, result);
  vm_teardown(vm);
  return result;
}
