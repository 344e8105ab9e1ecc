// tbprint.h — printing exceptions exactly as CPython 3.11's default
// excepthook does: chained exceptions, "Traceback (most recent call last):",
// source lines with ~~~^^^ carets, "[Previous line repeated N more
// times]", the type's module prefix, and "Did you mean" suggestions.
#ifndef core_tbprint_h
#define core_tbprint_h

#include "buf.h"
#include "object.h"

// Appends the report for [exc] to [out]; [chain]: also the exceptions it
// was raised from or while handling (the uncaught-exception report). The
// unraisable hook prints without the chain.
void tbprint_exception(Vm *vm, Buf *out, Object *exc, bool chain);
// The report sys.unraisablehook's default prints for [exc] (__del__ and
// other exceptions that cannot propagate).
void tbprint_unraisable(Vm *vm, Buf *out, Object *exc);
// "TypeName: message" (with module prefix and suggestions), no newline.
void tbprint_exception_line(Vm *vm, Buf *out, Object *exc);
// dir(obj): sorted attribute names (used for suggestions and by dir()).
Object *object_dir(Vm *vm, Object *obj);

#endif
