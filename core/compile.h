// compile.h — compiles a module's AST (with its symbol table) into code
// objects. The code generation follows CPython 3.11's compile.c wherever the
// difference could be observed: what the value stack holds and when it lets
// go (sys.getrefcount, __del__ timing), constant folding and merging (`is`),
// comprehensions as functions, and instruction locations (traceback carets).
#ifndef core_compile_h
#define core_compile_h

#include "ast.h"
#include "object.h"
#include "syntax_error.h"

typedef struct SymTable SymTable;

// Returns the module's code object, or NULL: a SyntaxError in [err] (when
// err->set) or a pending exception (MemoryError). [source_lines] is a tuple
// of the source's lines, shared by the code objects for tracebacks.
// [library]: the code is Refscope's own (frames hidden from steps).
Object *compile_module(Vm *vm, Module *mod, SymTable *st, Object *filename,
                       Object *source_lines, bool library,
                       SyntaxErrorInfo *err);

#endif
