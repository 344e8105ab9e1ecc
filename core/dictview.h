// dictview.h — dict views (dict_keys / dict_values / dict_items) and the dict
// iterators (forward and reversed, over keys, values or items), as in CPython
// 3.11's dictobject.c. Views and iterators are GC objects holding the dict.
// The iterators use IterObject (iter.h): seq = the dict (NULL once
// exhausted), extra = the reusable item tuple, index = the entry position,
// len = items left, step = the dict's size when iteration began.
#ifndef core_dictview_h
#define core_dictview_h

#include "object.h"

typedef struct DictViewObject {
  Object ob;
  Object *dict;
} DictViewObject;

// A view of [type] (vm->t.dict_keys, dict_values or dict_items) on [dict].
Object *dictview_new(Vm *vm, Object *dict, TypeObject *type);
// An iterator of [type] (vm->t.dict_keyiter ... dict_revitemiter) on [dict].
Object *dictiter_new(Vm *vm, Object *dict, TypeObject *type);

void dictview_types_init(Vm *vm);

// Requested from descr.c (the mappingproxy type): a read-only proxy of
// [mapping], for view.mapping.
Object *mappingproxy_new(Vm *vm, Object *mapping);

#endif
