// unicode_hash.c — SipHash-1-3 (one compression round per 8-byte word, three
// finalization rounds; Aumasson & Bernstein's reference layout) in a
// streaming form, so a UTF-8 string is hashed through its latin-1 / UCS-2 /
// UCS-4 code units without building them. See unicode_hash.h.
#include "unicode_hash.h"

#include "unicode_utf8.h"

typedef struct Sip {
  uint64_t v0, v1, v2, v3;
  uint64_t tail;  // pending bytes, little-endian
  unsigned ntail; // how many (0-7)
  uint64_t total; // bytes absorbed
} Sip;

static uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

static void sip_round(Sip *s) {
  s->v0 += s->v1;
  s->v1 = rotl(s->v1, 13) ^ s->v0;
  s->v0 = rotl(s->v0, 32);
  s->v2 += s->v3;
  s->v3 = rotl(s->v3, 16) ^ s->v2;
  s->v0 += s->v3;
  s->v3 = rotl(s->v3, 21) ^ s->v0;
  s->v2 += s->v1;
  s->v1 = rotl(s->v1, 17) ^ s->v2;
  s->v2 = rotl(s->v2, 32);
}

static uint64_t load_le64(const uint8_t *p) {
  uint64_t x = 0;
  for (int k = 7; k >= 0; k--) x = (x << 8) | p[k];
  return x;
}

static void sip_init(Sip *s, const uint8_t key[UNICODE_HASH_KEY_SIZE]) {
  uint64_t k0 = load_le64(key), k1 = load_le64(key + 8);
  s->v0 = k0 ^ 0x736f6d6570736575ull;
  s->v1 = k1 ^ 0x646f72616e646f6dull;
  s->v2 = k0 ^ 0x6c7967656e657261ull;
  s->v3 = k1 ^ 0x7465646279746573ull;
  s->tail = 0;
  s->ntail = 0;
  s->total = 0;
}

static void sip_word(Sip *s, uint64_t m) {
  s->v3 ^= m;
  sip_round(s);
  s->v0 ^= m;
}

static void sip_byte(Sip *s, uint8_t b) {
  s->tail |= (uint64_t)b << (8 * s->ntail);
  s->total++;
  if (++s->ntail == 8) {
    sip_word(s, s->tail);
    s->tail = 0;
    s->ntail = 0;
  }
}

static void sip_bytes(Sip *s, const uint8_t *p, size_t len) {
  size_t i = 0;
  for (; i < len && s->ntail != 0; i++) sip_byte(s, p[i]);
  for (; i + 8 <= len; i += 8) {
    sip_word(s, load_le64(p + i));
    s->total += 8;
  }
  for (; i < len; i++) sip_byte(s, p[i]);
}

static uint64_t sip_final(Sip *s) {
  sip_word(s, s->tail | (s->total << 56));
  s->v2 ^= 0xff;
  for (int k = 0; k < 3; k++) sip_round(s);
  return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

uint64_t siphash13(const uint8_t key[UNICODE_HASH_KEY_SIZE], const void *data,
                   size_t len) {
  Sip s;
  sip_init(&s, key);
  sip_bytes(&s, data, len);
  return sip_final(&s);
}

// CPython's lcg_urandom: x = x * 214013 + 2531011 (mod 2**32), one byte
// (bits 16-23) per step. Only the first 16 of its 24 bytes key SipHash.
void unicode_hash_key_from_seed(uint32_t seed,
                                uint8_t key[UNICODE_HASH_KEY_SIZE]) {
  uint32_t x = seed;
  for (int i = 0; i < UNICODE_HASH_KEY_SIZE; i++) {
    x = x * 214013u + 2531011u;
    key[i] = seed == 0 ? 0 : (uint8_t)(x >> 16);
  }
}

static int64_t finish(uint64_t h) {
  int64_t x = (int64_t)h;
  return x == -1 ? -2 : x;
}

int64_t unicode_hash_bytes(const uint8_t key[UNICODE_HASH_KEY_SIZE],
                           const void *data, size_t len) {
  return len == 0 ? 0 : finish(siphash13(key, data, len));
}

// Feeds every code point as a [unit]-byte little-endian code unit, staged
// in a small buffer so SipHash absorbs whole words.
static void absorb_units(Sip *st, const char *s, size_t len, int unit) {
  uint8_t tmp[256];
  size_t n = 0, i = 0;
  while (i < len) {
    uint32_t cp = utf8_next(s, &i);
    for (int k = 0; k < unit; k++) tmp[n++] = (uint8_t)(cp >> (8 * k));
    if (n + 4 > sizeof tmp) {
      sip_bytes(st, tmp, n);
      n = 0;
    }
  }
  sip_bytes(st, tmp, n);
}

int64_t unicode_hash(const uint8_t key[UNICODE_HASH_KEY_SIZE], const char *s,
                     size_t len) {
  if (len == 0) return 0;
  if (utf8_is_ascii(s, len)) return unicode_hash_bytes(key, s, len);
  size_t count;
  uint32_t max;
  utf8_stats(s, len, &count, &max);
  Sip st;
  sip_init(&st, key);
  absorb_units(&st, s, len, max < 0x100 ? 1 : max < 0x10000 ? 2 : 4);
  return finish(sip_final(&st));
}
