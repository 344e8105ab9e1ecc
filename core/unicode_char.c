// unicode_char.c — decimal/digit values and full case mappings of single
// code points (see unicode_char.h), decoded from unicode_db's records.
#include "unicode_char.h"

#include <stddef.h>

int ucd_decimal(uint32_t cp) {
  unsigned v = unicode_db_props(cp)->values & 0x0F;
  return v == UNICODE_NO_VALUE ? -1 : (int)v;
}

int ucd_digit(uint32_t cp) {
  unsigned v = unicode_db_props(cp)->values >> 4;
  return v == UNICODE_NO_VALUE ? -1 : (int)v;
}

// Copies the {n, cp...} sequence at unicode_db_special_data[at] to [out].
static int copy_special(unsigned at, uint32_t out[3]) {
  const UnicodeSpecialUnit *seq = unicode_db_special_data + at;
  int n = seq[0];
  for (int k = 0; k < n; k++) out[k] = seq[1 + k];
  return n;
}

static int special_case(uint32_t cp, UcdCase kind, uint32_t out[3]) {
  const UnicodeSpecialCase *sc = unicode_db_special(cp);
  switch (kind) {
  case UCD_UPPER: return copy_special(sc->upper, out);
  case UCD_LOWER: return copy_special(sc->lower, out);
  case UCD_TITLE: return copy_special(sc->title, out);
  case UCD_FOLD: break;
  }
  return copy_special(sc->fold, out);
}

int ucd_case_full(uint32_t cp, UcdCase kind, uint32_t out[3]) {
  if (ucd_has(cp, UNICODE_SPECIAL_CASE)) return special_case(cp, kind, out);
  const UnicodeCaseDelta *d = unicode_db_case(cp);
  int32_t delta = kind == UCD_UPPER   ? d->upper
                  : kind == UCD_TITLE ? d->title
                                      : d->lower; // fold == lower here
  out[0] = (uint32_t)((int32_t)cp + delta);
  return 1;
}
