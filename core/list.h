// list.h — the list type, with CPython's over-allocation (so sys.getsizeof
// matches) and its release order (items last to first).
#ifndef core_list_h
#define core_list_h

#include "object.h"

typedef struct ListObject {
  Object ob;
  ssize size;
  ssize allocated;
  Object **items;
} ListObject;

static inline bool is_list(const Object *o) { return o->type->layout == LAYOUT_LIST; }
static inline ssize list_size(const Object *l) { return ((const ListObject *)l)->size; }
static inline Object **list_items(Object *l) { return ((ListObject *)l)->items; }
static inline Object *list_get(Object *l, ssize i) { return ((ListObject *)l)->items[i]; }

// A new list with [n] NULL items to fill with list_init_item.
Object *list_new(Vm *vm, ssize n);
// An empty list with room for [capacity] items before it reallocates (as
// CPython's PyList_New(n) then Py_SET_SIZE(list, 0); sys.getsizeof shows it).
Object *list_new_with_capacity(Vm *vm, ssize capacity);
void list_init_item(Vm *vm, Object *l, ssize i, Object *item);
// Appends [item] (the list takes its own reference). 0 or -1.
int list_append(Vm *vm, Object *l, Object *item);
int list_extend(Vm *vm, Object *l, Object *iterable);
int list_insert(Vm *vm, Object *l, ssize i, Object *item);
// Replaces item [i] (a new reference is stored; the old one dropped).
void list_set_item(Vm *vm, Object *l, ssize i, Object *item);
// Removes item [i] (0 <= i < size) and returns the list's reference to it.
Object *list_pop_at(Vm *vm, Object *l, ssize i);
Object *list_from_iterable(Vm *vm, Object *iterable);
Object *list_as_tuple(Vm *vm, Object *l);
// Sorts in place (stable); [key] may be NULL.
int list_sort(Vm *vm, Object *l, Object *key, bool reverse);

void list_type_init(Vm *vm);

#endif
