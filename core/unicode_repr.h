// unicode_repr.h — repr() and ascii() of str over UTF-8, byte-identical to
// CPython 3.11 (quote choice, \t\n\r and \xHH/\uHHHH/\UHHHHHHHH escapes for
// non-printable code points), plus the numeric-text transform int() and
// float() apply first. Conventions in unicode.h.
#ifndef core_unicode_repr_h
#define core_unicode_repr_h

#include "unicode_types.h"

// Appends repr([s]) with its quotes. Returns UNICODE_OK or UNICODE_NOMEM.
int unicode_repr(const char *s, size_t len, Buf *out);
// Appends ascii([s]) (repr with every non-ASCII code point escaped).
int unicode_ascii(const char *s, size_t len, Buf *out);
// Appends [s] with non-ASCII code points as \xHH, \uHHHH or \UHHHHHHHH
// (the 'backslashreplace' handler): ascii(obj) is this applied to repr(obj).
int unicode_backslashreplace(const char *s, size_t len, Buf *out);

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int(str),
// float(str) and complex(str) parse: whitespace becomes ' ', decimal digits
// of any script their ASCII digit, and the first other non-ASCII code point
// becomes '?' and ends the text. Returns UNICODE_UNCHANGED for ASCII input.
int unicode_decimal_to_ascii(const char *s, size_t len, Buf *out);

#endif
