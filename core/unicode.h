// unicode.h — Python str operations over UTF-8 buffers: shared types and the
// umbrella include for the text library (unicode_*.h). Pure C, no object
// model: the interpreter's str type wraps these. Results are byte-identical
// to CPython 3.11's; each function names the str method it implements.
//
// Module map:
//   unicode_db.h     generated Unicode 14.0.0 tables (tools/gen_unicode_db.py)
//   unicode_char.h   per code point: ucd_isalpha, ucd_case_full, ucd_decimal
//   unicode_utf8.h   utf8_: decode/encode, check, count, index -> offset
//   unicode_case.h   upper lower casefold title capitalize swapcase
//   unicode_class.h  isalpha isdigit ... isidentifier isprintable isascii
//   unicode_search.h find rfind count startswith endswith replace partition
//                    compare
//   unicode_split.h  split rsplit splitlines strip join
//   unicode_pad.h    center ljust rjust zfill expandtabs
//   unicode_repr.h   repr ascii, and int()'s digit transform
//   unicode_hash.h   SipHash-1-3 hash() with PYTHONHASHSEED keys
// Tests: tests/text (make -C tests/text check).
//
// Conventions (all functions):
// - A string is (const char *s, size_t len): valid UTF-8 that may contain NUL
//   and lone surrogates (encoded as 3 bytes, as CPython's str allows them).
// - Positions that Python sees (start/end/results of find) are code point
//   indexes as int64_t, with slice semantics; byte positions are size_t.
// - Output goes to a caller-initialized Buf (appended); the return value is a
//   UnicodeResult. UNICODE_UNCHANGED means "the result equals the input and
//   CPython returns the same object": nothing was written, reuse the input.
#ifndef core_unicode_h
#define core_unicode_h

#include "unicode_types.h"
#include "unicode_case.h"
#include "unicode_class.h"
#include "unicode_char.h"
#include "unicode_hash.h"
#include "unicode_pad.h"
#include "unicode_repr.h"
#include "unicode_search.h"
#include "unicode_split.h"
#include "unicode_utf8.h"

#endif
