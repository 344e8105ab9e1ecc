// objreg.h — an optional registry of every live object (VmConfig.report_leaks),
// so that a run that leaves objects allocated can name them: type, serial and
// refcount of each. Off by default (it costs a hash insert per allocation).
#ifndef core_objreg_h
#define core_objreg_h

#include "buf.h"
#include "common.h"

typedef struct Object Object;

typedef struct ObjRegistry {
  Object **slots; // open addressing; NULL empty, TOMBSTONE deleted
  size_t cap, used, filled;
} ObjRegistry;

void objreg_add(ObjRegistry *r, Object *o);
void objreg_remove(ObjRegistry *r, Object *o);
// Appends one line per registered object ("list #12 refcnt=1") to [out].
void objreg_describe(const ObjRegistry *r, Buf *out);
void objreg_free(ObjRegistry *r);
// Calls [fn] on every registered object (none may be added or removed).
void objreg_each(const ObjRegistry *r, void (*fn)(Object *, void *), void *arg);

#endif
