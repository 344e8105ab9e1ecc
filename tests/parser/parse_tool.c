// parse_tool.c — test driver for the lexer, parser and symbol table. Prints
// what the comparison scripts compare with python3 (see README.md here):
//   parse_tool ast FILE      the AST dump, or the error fields
//   parse_tool error FILE    the SyntaxError fields as JSON, or OK
//   parse_tool report FILE   the stderr python3 prints for a bad FILE
//   parse_tool symtable FILE the scopes and symbols as JSON, or the error
//   parse_tool bench FILE N  parses FILE N times, prints MB/s
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "parser.h"
#include "symtable.h"

// The symbol table as python3 builds it with its default recursion limit.
static SymTable *symtable_of(Arena *arena, const Module *m, const char *src,
                             size_t len, const char *path,
                             SyntaxErrorInfo *err) {
  return symtable_build(arena, m, 1000, src, len, path, err);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  Buf b;
  buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_append(&b, chunk, n);
  fclose(f);
  return buf_take(&b, len);
}

static void put_json_string(Buf *out, const char *s) {
  if (!s) {
    buf_puts(out, "null");
    return;
  }
  buf_putc(out, '"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      buf_printf(out, "\\%c", c);
    else if (c == '\n')
      buf_puts(out, "\\n");
    else if (c < 0x20)
      buf_printf(out, "\\u%04x", c);
    else
      buf_putc(out, (char)c);
  }
  buf_putc(out, '"');
}

static void put_json_int(Buf *out, int v) {
  if (v == SYNTAX_NONE)
    buf_puts(out, "null");
  else
    buf_printf(out, "%d", v);
}

// [kind, msg, lineno, offset, end_lineno, end_offset, text]
static void put_error_fields(Buf *out, const SyntaxErrorInfo *e) {
  buf_puts(out, "[");
  put_json_string(out, syntax_error_kind_name(e->kind));
  buf_puts(out, ", ");
  put_json_string(out, e->msg);
  int nums[] = {e->lineno, e->offset, e->end_lineno, e->end_offset};
  for (int i = 0; i < 4; i++) {
    buf_puts(out, ", ");
    put_json_int(out, nums[i]);
  }
  buf_puts(out, ", ");
  put_json_string(out, e->text);
  buf_puts(out, "]\n");
}

static void put_names(Buf *out, const char *key, NameList names) {
  buf_printf(out, ", \"%s\": [", key);
  for (int i = 0; i < names.len; i++) {
    if (i) buf_puts(out, ", ");
    put_json_string(out, names.items[i]);
  }
  buf_putc(out, ']');
}

static int compare_symbols(const void *a, const void *b) {
  return strcmp(((const Symbol *)a)->name, ((const Symbol *)b)->name);
}

// One scope as JSON; symbols sorted by name, flags with the scope bits.
static void put_scope(Buf *out, const Scope *s) {
  static const char *const types[] = {"module", "class", "function"};
  buf_printf(out, "{\"type\": \"%s\", \"name\": ", types[s->type]);
  put_json_string(out, s->name);
  buf_printf(out, ", \"lineno\": %d, \"symbols\": [", s->lineno);
  Symbol *syms = malloc((size_t)(s->nsymbols ? s->nsymbols : 1) * sizeof *syms);
  if (s->nsymbols) memcpy(syms, s->symbols, (size_t)s->nsymbols * sizeof *syms);
  qsort(syms, (size_t)s->nsymbols, sizeof *syms, compare_symbols);
  for (int i = 0; i < s->nsymbols; i++) {
    buf_puts(out, i ? ", [" : "[");
    put_json_string(out, syms[i].name);
    buf_printf(out, ", %d]",
               syms[i].flags | (int)syms[i].scope << SYM_SCOPE_SHIFT);
  }
  free(syms);
  buf_puts(out, "]");
  put_names(out, "varnames", s->varnames);
  put_names(out, "cellvars", s->cellvars);
  put_names(out, "freevars", s->freevars);
  buf_printf(out,
             ", \"argcount\": %d, \"posonlyargcount\": %d, "
             "\"kwonlyargcount\": %d, \"flags\": %d, \"children\": [",
             s->argcount, s->posonlyargcount, s->kwonlyargcount,
             scope_code_flags(s));
  for (int i = 0; i < s->nchildren; i++) {
    if (i) buf_puts(out, ", ");
    put_scope(out, s->children[i]);
  }
  buf_puts(out, "]}");
}

// SyntaxWarnings, kept in order for the report.
typedef struct Warnings {
  Buf text;
  const char *filename;
  const char *source;
  size_t len;
} Warnings;

// The line python's linecache would show for [lineno].
static void source_line(const Warnings *w, int lineno, Buf *line) {
  size_t i = 0;
  for (int n = 1; n < lineno && i < w->len; i++)
    if (w->source[i] == '\n') n++;
  size_t end = i;
  while (end < w->len && w->source[end] != '\n')
    end++;
  buf_append(line, w->source + i, end - i);
}

static void on_warning(void *ctx, int lineno, const char *msg) {
  Warnings *w = ctx;
  Buf line;
  buf_init(&line);
  source_line(w, lineno, &line);
  syntax_warning_format(&w->text, w->filename, lineno, msg, buf_cstr(&line));
  buf_free(&line);
}

static int run(const char *mode, const char *path, const char *src,
               size_t len) {
  Warnings w = {.filename = path, .source = src, .len = len};
  buf_init(&w.text);
  ParserConfig config;
  parser_config_init(&config);
  config.warn = on_warning;
  config.warn_ctx = &w;
  Arena *arena = arena_new();
  SyntaxErrorInfo err;
  syntax_error_init(&err);
  Module *m = parser_parse_module(arena, src, len, path, &config, &err);
  Buf out;
  buf_init(&out);
  if (strcmp(mode, "report") == 0) {
    buf_append(&out, w.text.data ? w.text.data : "", w.text.len);
    if (m && !symtable_of(arena, m, src, len, path, &err)) m = NULL;
    if (!m) syntax_error_format(&out, path, &err);
  } else if (!m) {
    put_error_fields(&out, &err);
  } else if (strcmp(mode, "error") == 0) {
    if (symtable_of(arena, m, src, len, path, &err))
      buf_puts(&out, "OK\n");
    else
      put_error_fields(&out, &err);
  } else if (strcmp(mode, "ast") == 0) {
    ast_dump(&out, m);
    buf_putc(&out, '\n');
  } else if (strcmp(mode, "symtable") == 0) {
    SymTable *st = symtable_of(arena, m, src, len, path, &err);
    if (st)
      put_scope(&out, symtable_top(st));
    else
      put_error_fields(&out, &err);
    buf_putc(&out, '\n');
  }
  fwrite(out.data ? out.data : "", 1, out.len, stdout);
  buf_free(&out);
  buf_free(&w.text);
  syntax_error_clear(&err);
  arena_free(arena);
  return 0;
}

static int bench(const char *src, size_t len, int n) {
  clock_t start = clock();
  size_t arena_max = 0;
  for (int i = 0; i < n; i++) {
    Arena *arena = arena_new();
    SyntaxErrorInfo err;
    syntax_error_init(&err);
    if (!parser_parse_module(arena, src, len, "bench.py", NULL, &err)) {
      fprintf(stderr, "parse failed: %s\n", err.msg ? err.msg : "?");
      return 1;
    }
    if (arena_bytes(arena) > arena_max) arena_max = arena_bytes(arena);
    syntax_error_clear(&err);
    arena_free(arena);
  }
  double secs = (double)(clock() - start) / CLOCKS_PER_SEC;
  double mb = (double)len * n / 1e6;
  printf("%.1f MB in %.3f s: %.1f MB/s (arena %.1f MB)\n", mb, secs, mb / secs,
         (double)arena_max / 1e6);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: parse_tool ast|error|report|bench FILE [N]\n");
    return 2;
  }
  size_t len;
  char *src = read_file(argv[2], &len);
  if (!src) {
    fprintf(stderr, "cannot read %s\n", argv[2]);
    return 2;
  }
  int rc = strcmp(argv[1], "bench") == 0
               ? bench(src, len, argc > 3 ? atoi(argv[3]) : 1)
               : run(argv[1], argv[2], src, len);
  free(src);
  return rc;
}
