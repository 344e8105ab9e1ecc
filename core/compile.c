// compile.c — the compiler's entry point: optimizes a module's AST, compiles
// its body into the module's code object, and reports SyntaxWarnings as
// python3 prints them while compiling a file. compile_impl.h has the state.
#include "compile_impl.h"

#include "buf.h"
#include "dict.h"
#include "errors.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <stdio.h>
#include <string.h>

// A warning goes to stderr at once, like the warnings module's default
// action; it shows once per (line, message), as its registry makes it.
void compile_warn(Compiler *c, Loc loc, const char *msg) {
  size_t cap = sizeof c->warned[0].msg;
  for (int i = 0; i < c->nwarned; i++)
    if (c->warned[i].lineno == loc.lineno &&
        strncmp(c->warned[i].msg, msg, cap - 1) == 0)
      return;
  if (c->nwarned < (int)COUNT_OF(c->warned)) {
    WarnedAt *w = &c->warned[c->nwarned++];
    w->lineno = loc.lineno;
    snprintf(w->msg, cap, "%s", msg);
  }
  const char *line = "";
  Object *lines = c->source_lines;
  if (lines && loc.lineno >= 1 && loc.lineno <= tuple_size(lines))
    line = str_data(tuple_get(lines, loc.lineno - 1));
  Buf out;
  buf_init(&out);
  syntax_warning_format(&out, str_data(c->filename), loc.lineno, msg, line);
  vm_write(c->vm, VM_STDERR, out.data, out.len);
  buf_free(&out);
}

static Object *compile_body(Compiler *c, Module *mod) {
  Object *name = str_intern_cstr(c->vm, "<module>");
  if (!name) return NULL;
  int entered = cu_enter_scope(c, name, UNIT_MODULE, mod, 1);
  decref(c->vm, name);
  if (entered < 0) return NULL;
  Object *code = NULL;
  if (cs_body(c, &mod->body) == 0) code = ca_assemble(c);
  while (c->u) cu_exit_scope(c);
  return code;
}

Object *compile_module(Vm *vm, Module *mod, SymTable *st, Object *filename,
                       Object *source_lines, bool library,
                       SyntaxErrorInfo *err) {
  Compiler c = {0};
  c.vm = vm;
  c.st = st;
  c.filename = filename;
  c.source_lines = source_lines;
  c.library = library;
  c.err = err;
  c.arena = symtable_arena(st);
  c.const_cache = dict_new(vm);
  c.folded = list_new(vm, 0);
  Object *code = NULL;
  if (c.const_cache && c.folded && cf_optimize(&c, mod) == 0)
    code = compile_body(&c, mod);
  xdecref(vm, c.const_cache);
  xdecref(vm, c.folded);
  if (!code && !err->set && !err_occurred(vm)) err_no_memory(vm);
  return code;
}
