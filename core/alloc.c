// alloc.c — size-class allocator with LIFO reuse and a memory limit (see
// alloc.h). Under AddressSanitizer, free blocks are poisoned so a use after
// free inside a pool is still reported.
#include "alloc.h"

#include <stdlib.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALLOC_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define ALLOC_ASAN 1
#endif

#ifdef ALLOC_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

enum { CHUNK_SIZE = 256 * 1024 };

struct AllocChunk {
  AllocChunk *next;
  size_t size;
};

// Large blocks carry this header so alloc_fini can release them.
struct AllocBig {
  AllocBig *prev, *next;
  size_t size;
  size_t pad;
};

static size_t class_of(size_t size) {
  return size == 0 ? 0 : (size - 1) / ALLOC_GRAIN;
}

static size_t round_up(size_t size) {
  return (size + ALLOC_GRAIN - 1) & ~(size_t)(ALLOC_GRAIN - 1);
}

void alloc_init(Allocator *a, size_t limit) {
  memset(a, 0, sizeof *a);
  a->limit = limit;
}

void alloc_fini(Allocator *a) {
  for (AllocChunk *c = a->chunks, *next; c; c = next) {
    next = c->next;
    UNPOISON(c, c->size);
    free(c);
  }
  for (AllocBig *b = a->bigs, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  memset(a, 0, sizeof *a);
}

// May [size] more bytes be in use?
static bool fits_in_use(const Allocator *a, size_t size) {
  return a->limit == 0 || (a->in_use <= a->limit &&
                           size <= a->limit - a->in_use);
}

// May [size] more bytes be taken from the system (twice the limit)?
static bool fits_reserved(const Allocator *a, size_t size) {
  if (a->limit == 0) return true;
  size_t cap = a->limit > SIZE_MAX / 2 ? SIZE_MAX : a->limit * 2;
  return a->reserved <= cap && size <= cap - a->reserved;
}

bool alloc_can_grow(const Allocator *a, size_t size) {
  return fits_in_use(a, size) && fits_reserved(a, size);
}

bool alloc_take_external(Allocator *a, size_t size) {
  if (!alloc_can_grow(a, size)) return false;
  a->reserved += size;
  a->in_use += size;
  if (a->in_use > a->peak_in_use) a->peak_in_use = a->in_use;
  return true;
}

void alloc_give_external(Allocator *a, size_t size) {
  a->reserved -= size;
  a->in_use -= size;
}

static bool new_chunk(Allocator *a) {
  size_t header = round_up(sizeof(AllocChunk));
  if (!alloc_can_grow(a, CHUNK_SIZE)) return false;
  AllocChunk *c = malloc(CHUNK_SIZE);
  if (!c) return false;
  c->size = CHUNK_SIZE;
  c->next = a->chunks;
  a->chunks = c;
  a->reserved += CHUNK_SIZE;
  a->carve_ptr = (char *)c + header;
  a->carve_left = CHUNK_SIZE - header;
  POISON(a->carve_ptr, a->carve_left);
  return true;
}

static void *alloc_small(Allocator *a, size_t size) {
  size_t cls = class_of(size), block = (cls + 1) * ALLOC_GRAIN;
  void *p = a->free_lists[cls];
  if (p) {
    UNPOISON(p, block);
    a->free_lists[cls] = *(void **)p;
  } else {
    if (a->carve_left < block && !new_chunk(a)) return NULL;
    p = a->carve_ptr;
    a->carve_ptr += block;
    a->carve_left -= block;
    UNPOISON(p, block);
  }
  a->in_use += block;
  return p;
}

static void *alloc_big(Allocator *a, size_t size) {
  size_t total = sizeof(AllocBig) + size;
  if (total < size || !alloc_can_grow(a, total)) return NULL;
  AllocBig *b = malloc(total);
  if (!b) return NULL;
  b->size = size;
  b->prev = NULL;
  b->next = a->bigs;
  if (a->bigs) a->bigs->prev = b;
  a->bigs = b;
  a->reserved += total;
  a->in_use += size;
  return b + 1;
}

void *alloc_bytes_uninit(Allocator *a, size_t size) {
  void *p = size <= ALLOC_SMALL_MAX ? alloc_small(a, size) : alloc_big(a, size);
  if (p && a->in_use > a->peak_in_use) a->peak_in_use = a->in_use;
  return p;
}

void *alloc_bytes(Allocator *a, size_t size) {
  void *p = alloc_bytes_uninit(a, size);
  if (p) memset(p, 0, size);
  return p;
}

void alloc_free(Allocator *a, void *p, size_t size) {
  if (!p) return;
  if (size <= ALLOC_SMALL_MAX) {
    size_t cls = class_of(size), block = (cls + 1) * ALLOC_GRAIN;
    *(void **)p = a->free_lists[cls];
    a->free_lists[cls] = p;
    POISON((char *)p + sizeof(void *), block - sizeof(void *));
    a->in_use -= block;
    return;
  }
  AllocBig *b = (AllocBig *)p - 1;
  if (b->prev) b->prev->next = b->next;
  else a->bigs = b->next;
  if (b->next) b->next->prev = b->prev;
  a->reserved -= sizeof(AllocBig) + b->size;
  a->in_use -= b->size;
  free(b);
}

// A large block resized with the system's realloc (which can often grow it
// where it is, so appending in a loop stays linear, as with CPython's).
static void *resize_big(Allocator *a, void *p, size_t new_size) {
  AllocBig *b = (AllocBig *)p - 1;
  size_t old_size = b->size;
  if (new_size > old_size && !alloc_can_grow(a, new_size - old_size))
    return NULL;
  if (new_size > SIZE_MAX - sizeof(AllocBig)) return NULL;
  AllocBig *q = realloc(b, sizeof(AllocBig) + new_size);
  if (!q) return NULL;
  if (q->prev) q->prev->next = q;
  else a->bigs = q;
  if (q->next) q->next->prev = q;
  q->size = new_size;
  a->reserved = a->reserved - old_size + new_size;
  a->in_use = a->in_use - old_size + new_size;
  if (a->in_use > a->peak_in_use) a->peak_in_use = a->in_use;
  if (new_size > old_size)
    memset((char *)(q + 1) + old_size, 0, new_size - old_size);
  return q + 1;
}

void *alloc_resize(Allocator *a, void *p, size_t old_size, size_t new_size) {
  if (!p) return alloc_bytes(a, new_size);
  if (old_size <= ALLOC_SMALL_MAX && new_size <= ALLOC_SMALL_MAX &&
      class_of(old_size) == class_of(new_size)) {
    if (new_size > old_size) memset((char *)p + old_size, 0,
                                    new_size - old_size);
    return p;
  }
  if (old_size > ALLOC_SMALL_MAX && new_size > ALLOC_SMALL_MAX)
    return resize_big(a, p, new_size);
  void *q = alloc_bytes(a, new_size);
  if (!q) return NULL;
  memcpy(q, p, old_size < new_size ? old_size : new_size);
  alloc_free(a, p, old_size);
  return q;
}

void *alloc_sized(Allocator *a, size_t size) {
  if (size > SIZE_MAX - ALLOC_GRAIN) return NULL;
  char *p = alloc_bytes(a, size + ALLOC_GRAIN);
  if (!p) return NULL;
  *(size_t *)p = size + ALLOC_GRAIN;
  return p + ALLOC_GRAIN;
}

void alloc_sized_free(Allocator *a, void *p) {
  if (!p) return;
  char *block = (char *)p - ALLOC_GRAIN;
  alloc_free(a, block, *(size_t *)block);
}
