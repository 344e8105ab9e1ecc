// heapcheck.h — the runtime's self-checks at safe points (VmConfig.check_heap
// and VmConfig.stress_gc): every tracked object's refcount must equal the
// references found from the roots and from every live object, and the
// collector's full analysis must hold at every statement. core/GC.md,
// "Checking the heap", explains both.
#ifndef core_heapcheck_h
#define core_heapcheck_h

#include "buf.h"
#include "frame.h"

// Counts, for every tracked object, the references held by live objects
// (their traverse, or the fields of code objects and static types), by the
// VM's own roots and by the frames on the frame stack, and compares them
// with the refcounts. Returns the number of mismatches; the first few are
// described in [report]. Needs the object registry (check_heap turns it on)
// and a point where no C function holds references of its own.
int heapcheck_run(Vm *vm, Buf *report);

// Called by the interpreter before an instruction of [f] at [lasti] when a
// check is configured: at the start of each line of the main program's own
// evaluation (no C caller holding references), runs the heap check and/or
// the stress collection; a failed check stops the run as the "heap" limit.
void heapcheck_safe_point(Vm *vm, Frame *f, int lasti);

#endif
