// args.h — argument parsing for C functions called from Python, with the
// error messages CPython 3.11 gives (Python/getargs.c and the code Argument
// Clinic generates). The first character of the spec picks the style:
//   'N'  no arguments (METH_NOARGS): "list.copy() takes no arguments (1
//        given)"
//   '1'  exactly one (METH_O): "len() takes exactly one argument (0 given)"
//   'C'  positional only (_PyArg_CheckPositional): "pop expected at most 1
//        argument, got 2"
//   'K'  with keywords (_PyArg_UnpackKeywords): "split() takes at most 2
//        arguments (3 given)", "round() missing required argument 'number'
//        (pos 1)", "'x' is an invalid keyword argument for print()"
// Styles other than 'K' refuse keywords: "f() takes no keyword arguments".
// [fname] is the name CPython shows there: "list.pop" for a method; 'C'
// and the converters use the part after the last dot ("pop expected at
// most 1 argument, got 2").
// Then format codes, ':' and the comma-separated parameter names:
//   O any object (Object **)      U str (Object **)
//   n Py_ssize_t (ssize *)        i C int (int *)
//   d a float or int (double *)   p truth value (int *)
//   /  the parameters so far are positional-only ('K' only)
//   |  the rest are optional (outputs keep their initial values)
//   $  the rest are keyword-only ('K' only)
// n and i take anything with __index__ ("'float' object cannot be
// interpreted as an integer") and raise OverflowError "Python int too large
// to convert to C ssize_t" / "... C int" (ssize_t means 64-bit CPython's:
// on a 32-bit host n clamps values that only a 64-bit one holds). A bad str
// argument reads "f() argument 2 must be str, not None", naming the
// argument as Argument Clinic does ("argument" for '1', "argument 'name'"
// for a 'K' parameter that may be given by name).
// Example: parse_args(vm, "int", args, n, kw, "K|O/O:x,base", &x, &base).
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
