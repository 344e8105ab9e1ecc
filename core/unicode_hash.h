// unicode_hash.h — CPython 3.11's string hash: SipHash-1-3 over the string's
// canonical code units (latin-1, UCS-2 or UCS-4, little-endian), keyed by a
// 16-byte secret that PYTHONHASHSEED determines. With the same seed, hash()
// values (and so set/dict iteration orders) match python3 exactly.
#ifndef core_unicode_hash_h
#define core_unicode_hash_h

#include <stddef.h>
#include <stdint.h>

#define UNICODE_HASH_KEY_SIZE 16

// Fills [key] as CPython does for PYTHONHASHSEED=[seed]: all zero for 0,
// otherwise bytes of a linear congruential generator started at [seed].
void unicode_hash_key_from_seed(uint32_t seed,
                                uint8_t key[UNICODE_HASH_KEY_SIZE]);

// SipHash-1-3 of [len] bytes of [data] under [key] (k0 = first 8 bytes,
// k1 = next 8, both little-endian).
uint64_t siphash13(const uint8_t key[UNICODE_HASH_KEY_SIZE], const void *data,
                   size_t len);

// hash(bytes): 0 when empty, and -1 becomes -2 (CPython's _Py_HashBytes).
int64_t unicode_hash_bytes(const uint8_t key[UNICODE_HASH_KEY_SIZE],
                           const void *data, size_t len);
// hash(str) of the UTF-8 string [s]; equals hash(s.encode('latin-1')) when
// every code point is below 256, as in CPython.
int64_t unicode_hash(const uint8_t key[UNICODE_HASH_KEY_SIZE], const char *s,
                     size_t len);

#endif
