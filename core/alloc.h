// alloc.h — the VM's memory allocator: size classes with LIFO free lists
// (like CPython's pymalloc), so a freed object's address is handed to the
// next object of that size — which is why `id([]) == id([])` is True here as
// in CPython. It also enforces the memory limit (MemoryError, not a crash).
#ifndef core_alloc_h
#define core_alloc_h

#include "common.h"

enum { ALLOC_GRAIN = 16, ALLOC_SMALL_MAX = 512,
       ALLOC_CLASSES = ALLOC_SMALL_MAX / ALLOC_GRAIN };

typedef struct AllocChunk AllocChunk;
typedef struct AllocBig AllocBig;

typedef struct Allocator {
  void *free_lists[ALLOC_CLASSES]; // per size class, LIFO
  AllocChunk *chunks;              // carved into small blocks
  char *carve_ptr;                 // next free byte of chunks
  size_t carve_left;
  AllocBig *bigs;                  // large blocks, doubly linked
  size_t in_use;                   // bytes handed out and not freed
  size_t reserved;                 // bytes taken from the system
  size_t limit;                    // max in_use; 0 = unlimited
  size_t peak_in_use;
} Allocator;

void alloc_init(Allocator *a, size_t limit);
// Returns everything to the system.
void alloc_fini(Allocator *a);
// Returns [size] bytes aligned to 16, or NULL if the limit would be passed.
void *alloc_bytes(Allocator *a, size_t size);
// The same without zeroing the block (for data the caller fills at once).
void *alloc_bytes_uninit(Allocator *a, size_t size);
// Frees a block from alloc_bytes; [size] must be the size it was asked for.
void alloc_free(Allocator *a, void *p, size_t size);
// Resizes a block (contents kept); NULL on failure (the old block stays).
void *alloc_resize(Allocator *a, void *p, size_t old_size, size_t new_size);
// Blocks that remember their size (for libraries whose free() takes no
// size, such as bigint's BigAlloc).
void *alloc_sized(Allocator *a, size_t size);
void alloc_sized_free(Allocator *a, void *p);
// The limit bounds the bytes in use when memory is taken from the system
// (a new chunk, a large block): what the program holds decides, as for
// CPython's MemoryError. Small blocks freed and kept for reuse are handed
// out again without a check, and the memory taken from the system never
// passes twice the limit. Would [size] more bytes fit?
bool alloc_can_grow(const Allocator *a, size_t size);
// Memory the VM takes from the system itself (the frames' data stack)
// counts as in use and reserved: false if it would pass the limit.
bool alloc_take_external(Allocator *a, size_t size);
void alloc_give_external(Allocator *a, size_t size);
// Is one block of [size] bytes larger than the whole limit (never when
// there is no limit)? Checked before work that would build it.
static inline bool alloc_over_limit(const Allocator *a, size_t size) {
  return a->limit && size > a->limit;
}

#endif
