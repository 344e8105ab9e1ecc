// structseq.h — struct sequences (CPython's structseq): tuple subclasses
// with named read-only fields, like sys.version_info. See structseq.c.
#ifndef core_structseq_h
#define core_structseq_h

#include "object.h"

// A new instance of a new struct sequence type [module].[name] whose [n]
// [fields] name the items of the tuple [values] (borrowed).
Object *structseq_new(Vm *vm, const char *module, const char *name,
                      const char *const *fields, int n, Object *values);

#endif
