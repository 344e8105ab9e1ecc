// args.h — argument parsing for C functions called from Python, with the
// error messages CPython gives (it has several styles; the first character
// of the spec picks one):
//   'N'  no arguments:        "list.copy() takes no arguments (1 given)"
//   '1'  exactly one:         "len() takes exactly one argument (0 given)"
//   'C'  positional only:     "pop expected at most 1 argument, got 2"
//   'K'  with keywords:       "int() takes at most 2 arguments (3 given)",
//                             "round() missing required argument 'number'
//                              (pos 1)", "'x' is an invalid keyword argument
//                              for print()"
// Then format codes, ':' and the comma-separated parameter names:
//   O any object (Object **)      U str (Object **)
//   n an index (ssize *)          d a float or int (double *)
//   i an index that fits a C int (int *)
//   p truth value (int *)
//   |  the rest are optional (outputs keep their initial values)
//   $  the rest are keyword-only ('K' only)
// Example: parse_args(vm, "int", args, n, kw, "K|O$O:x,base", &x, &base).
// Objects are borrowed from the caller's arguments.
#ifndef core_args_h
#define core_args_h

#include "object.h"

int parse_args(Vm *vm, const char *fname, Object *const *args, size_t nargs,
               Object *kwnames, const char *spec, ...);

// For C functions that take *args: fails with "<fname>() takes no keyword
// arguments" if [kwnames] is not empty.
int no_keywords(Vm *vm, const char *fname, Object *kwnames);

#endif
