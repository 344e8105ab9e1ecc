// syntax_error.c — the SyntaxError record and python3's way of printing it
// (Python/pythonrun.c: print_exception_file_and_line, print_error_text).
// tests/parser/README.md explains the caret rules.
#include "syntax_error.h"

#include <stdlib.h>
#include <string.h>

void syntax_error_init(SyntaxErrorInfo *e) {
  memset(e, 0, sizeof *e);
  e->lineno = e->offset = e->end_lineno = e->end_offset = SYNTAX_NONE;
}

void syntax_error_clear(SyntaxErrorInfo *e) {
  free(e->msg);
  free(e->text);
  syntax_error_init(e);
}

void syntax_error_move(SyntaxErrorInfo *dst, SyntaxErrorInfo *src) {
  if (dst == src) return;
  syntax_error_clear(dst);
  *dst = *src;
  syntax_error_init(src);
}

static char *dup_bytes(const char *s, size_t len) {
  char *copy = malloc(len + 1);
  if (!copy) return NULL;
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

int syntax_error_set(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *msg,
                     int lineno, int offset, int end_lineno, int end_offset,
                     const char *text, size_t text_len) {
  syntax_error_clear(e);
  e->set = 1;
  e->kind = kind;
  e->msg = dup_bytes(msg, strlen(msg));
  e->lineno = lineno;
  e->offset = offset;
  e->end_lineno = end_lineno;
  e->end_offset = end_offset;
  e->text = text ? dup_bytes(text, text_len) : NULL;
  e->print_location = 1;
  return -1;
}

int syntax_error_set_nolocation(SyntaxErrorInfo *e, const char *msg) {
  syntax_error_set(e, SYNTAX_ERROR, msg, SYNTAX_NONE, SYNTAX_NONE, SYNTAX_NONE,
                   SYNTAX_NONE, NULL, 0);
  e->print_location = 0;
  return -1;
}

const char *syntax_error_kind_name(SyntaxErrorKind kind) {
  switch (kind) {
  case SYNTAX_ERROR: return "SyntaxError";
  case INDENTATION_ERROR: return "IndentationError";
  case TAB_ERROR: return "TabError";
  case SYNTAX_MEMORY_ERROR: return "MemoryError";
  case SYNTAX_RECURSION_ERROR: return "RecursionError";
  }
  return "SyntaxError";
}

// ---- Printing ---------------------------------------------------------------

static void put_repeated(Buf *out, char c, long n) {
  for (long i = 0; i < n; i++)
    buf_putc(out, c);
}

// pythonrun.c's print_error_text: offsets are 1-based and used as byte
// counts into the UTF-8 text, exactly as CPython does (even when they count
// characters).
static void print_error_text(Buf *out, long offset, long end_offset,
                             const char *text) {
  long carets =
      (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  offset--;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    text++;
    offset--;
  }
  long len = (long)strlen(text);
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const char *nl = strchr(text, '\n');
    if (!nl) break;
    long inl = (long)(nl - text);
    if (inl >= offset) break;
    inl += 1;
    text += inl;
    len -= inl;
    offset -= inl;
  }
  buf_puts(out, "    ");
  buf_puts(out, text);
  if (text[len] != '\n') buf_putc(out, '\n');
  if (offset < 0) return;
  buf_puts(out, "    ");
  put_repeated(out, ' ', offset);
  put_repeated(out, '^', carets);
  buf_putc(out, '\n');
}

static void print_file_and_line(Buf *out, const char *filename,
                                const SyntaxErrorInfo *e) {
  buf_printf(out, "  File \"%s\", line %d\n", filename, e->lineno);
  if (!e->text) return;
  long offset = e->offset == SYNTAX_NONE ? -1 : e->offset;
  long lineno = e->lineno;
  long end_lineno = lineno, end_offset = -1;
  if (e->kind == SYNTAX_ERROR) {
    if (e->end_lineno != SYNTAX_NONE) end_lineno = e->end_lineno;
    if (e->end_offset != SYNTAX_NONE) end_offset = e->end_offset;
  }
  long line_size = (long)strlen(e->text);
  if (end_lineno > lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  print_error_text(out, offset, end_offset, e->text);
}

void syntax_error_format(Buf *out, const char *filename,
                         const SyntaxErrorInfo *e) {
  if (e->kind == SYNTAX_MEMORY_ERROR) {
    buf_puts(out, "MemoryError\n");
    return;
  }
  if (e->kind == SYNTAX_RECURSION_ERROR) {
    buf_printf(out, "RecursionError: %s\n", e->msg ? e->msg : "");
    return;
  }
  if (e->print_location && e->lineno != SYNTAX_NONE)
    print_file_and_line(out, filename, e);
  buf_printf(out, "%s: %s\n", syntax_error_kind_name(e->kind),
             e->msg ? e->msg : "");
}

static int is_py_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

void syntax_warning_format(Buf *out, const char *filename, int lineno,
                           const char *msg, const char *line) {
  buf_printf(out, "%s:%d: SyntaxWarning: %s\n", filename, lineno, msg);
  if (!line) return;
  size_t start = 0, end = strlen(line);
  while (start < end && is_py_space((unsigned char)line[start]))
    start++;
  while (end > start && is_py_space((unsigned char)line[end - 1]))
    end--;
  if (start == end) return;
  buf_puts(out, "  ");
  buf_append(out, line + start, end - start);
  buf_putc(out, '\n');
}

// ---- The source line --------------------------------------------------------

// Finds line [lineno]: its start and length without the line break; sets
// *[has_nl] when a break ends it. Returns 0 when there is no such line.
static int find_line(const char *src, size_t len, int lineno, size_t *start,
                     size_t *n, int *has_nl) {
  size_t i = 0;
  for (int line = 1; i < len; line++) {
    size_t s = i;
    while (i < len && src[i] != '\n' && src[i] != '\r')
      i++;
    size_t e = i;
    if (i < len)
      i += src[i] == '\r' && i + 1 < len && src[i + 1] == '\n' ? 2 : 1;
    if (line == lineno) {
      *start = s;
      *n = e - s;
      *has_nl = e < i;
      return 1;
    }
  }
  return 0;
}

static int valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    size_t k = c < 0x80                ? 1
               : c >= 0xC2 && c < 0xE0 ? 2
               : c >= 0xE0 && c < 0xF0 ? 3
               : c >= 0xF0 && c < 0xF5 ? 4
                                       : 0;
    if (k == 0 || i + k > n) return 0;
    for (size_t j = 1; j < k; j++)
      if ((s[i + j] & 0xC0) != 0x80) return 0;
    if (k == 3 &&
        ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0)))
      return 0;
    if (k == 4 &&
        ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90)))
      return 0;
    i += k;
  }
  return 1;
}

char *syntax_error_program_text(const char *src, size_t len, int lineno,
                                int strict, size_t *len_out) {
  size_t start, n;
  int has_nl;
  if (lineno <= 0 || !find_line(src, len, lineno, &start, &n, &has_nl))
    return NULL;
  size_t total = n + (size_t)has_nl;            // fgets counts the '\n'
  if (!has_nl && total % 999 == 0) return NULL; // fgets hit EOF mid-loop
  size_t skip = (total - 1) / 999 * 999;
  char *text = malloc(total - skip + 1);
  if (!text) return NULL;
  memcpy(text, src + start + skip, n - skip);
  if (has_nl) text[n - skip] = '\n';
  text[total - skip] = '\0';
  *len_out = strlen(text); // a NUL ends the C string
  if (strict && !valid_utf8((const unsigned char *)text, *len_out)) {
    free(text);
    return NULL;
  }
  return text;
}
