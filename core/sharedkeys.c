// sharedkeys.c — a class's shared attribute keys (sharedkeys.h): their
// reference count, lookup and growth as CPython 3.11's dictobject.c keeps
// them for split tables.
#include "sharedkeys.h"

#include "alloc.h"
#include "str.h"
#include "vm.h"

SharedKeys *sharedkeys_new(Vm *vm) {
  SharedKeys *k = alloc_bytes(&vm->alloc, sizeof(SharedKeys));
  if (!k) return NULL;
  k->refs = 1;
  k->n = 0;
  k->usable = SHARED_KEYS_MAX;
  return k;
}

void sharedkeys_incref(SharedKeys *k) { k->refs++; }

void sharedkeys_decref(Vm *vm, SharedKeys *k) {
  if (--k->refs > 0) return;
  for (int i = 0; i < k->n; i++) decref(vm, k->names[i]);
  alloc_free(&vm->alloc, k, sizeof(SharedKeys));
}

int sharedkeys_index(const SharedKeys *k, Object *name) {
  for (int i = 0; i < k->n; i++)
    if (k->names[i] == name) return i;
  for (int i = 0; i < k->n; i++)
    if (str_eq(k->names[i], name)) return i;
  return -1;
}

int sharedkeys_insert(Vm *vm, SharedKeys *k, Object *name) {
  int i = sharedkeys_index(k, name);
  if (i >= 0 || k->usable <= 0) return i;
  k->names[k->n] = newref(vm, name);
  k->usable--;
  return k->n++;
}

void sharedkeys_new_instance(SharedKeys *k) {
  if (k->usable > 1) k->usable--;
}
