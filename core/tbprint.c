// tbprint.c — the default excepthook's output (Python/traceback.c and
// pythonrun.c in CPython 3.11): see tbprint.h. Caret anchors come from
// re-parsing the failing segment as CPython does: a binary operation puts
// ^ under its operator, a subscript under its brackets.
#include "tbprint.h"

#include "abstract.h"
#include "ast.h"
#include "dict.h"
#include "errors.h"
#include "exc.h"
#include "frame.h"
#include "list.h"
#include "parser.h"
#include "str.h"
#include "tuple.h"
#include "unicode.h"
#include "vm.h"
#include "typeobj.h"

enum { TB_RECURSIVE_CUTOFF = 3, TB_LIMIT = 1000, SOURCE_INDENT = 4 };

// ---- Source lines --------------------------------------------------------------------

// The source line [lineno] of [code] (without its newline), or NULL.
static Object *source_line(CodeObject *code, int lineno) {
  Object *lines = code->source_lines;
  if (!lines || lineno < 1 || lineno > tuple_size(lines)) return NULL;
  const char *name = str_data(code->filename);
  size_t n = str_size(code->filename);
  if (n > 0 && name[0] == '<' && name[n - 1] == '>') return NULL;
  return tuple_get(lines, lineno - 1);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Character offset of UTF-8 byte offset [byte] in [s].
static ssize char_offset(const char *s, size_t len, ssize byte) {
  if (byte > (ssize)len) byte = (ssize)len;
  return (ssize)utf8_count(s, (size_t)byte);
}

// ---- Anchors from the segment's AST ----------------------------------------------------

static void find_anchors(const char *seg, size_t seglen, ssize *left, ssize *right,
                         const char **primary, const char **secondary) {
  Arena *arena = arena_new();
  if (!arena) return;
  SyntaxErrorInfo err;
  syntax_error_init(&err);
  Module *m = parser_parse_module(arena, seg, seglen, "<segment>", NULL, &err);
  if (m && m->body.len == 1 && m->body.items[0]->kind == STMT_Expr) {
    Expr *e = m->body.items[0]->v.expr.value;
    if (e->kind == EXPR_BinOp) {
      Expr *l = e->v.binop.left, *r = e->v.binop.right;
      for (int i = l->loc.end_col_offset; i < r->loc.col_offset; i++) {
        if (is_ws(seg[i])) continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < r->loc.col_offset && !is_ws(seg[i + 1])) ++*right;
        *primary = "~";
        *secondary = "^";
        break;
      }
    } else if (e->kind == EXPR_Subscript) {
      *left = e->v.subscript.value->loc.end_col_offset;
      *right = e->v.subscript.slice->loc.end_col_offset + 1;
      *primary = "~";
      *secondary = "^";
    }
  }
  syntax_error_clear(&err);
  arena_free(arena);
}

static void print_carets(Buf *out, ssize offset, ssize start, ssize end,
                         ssize right_start, ssize left_end, const char *primary,
                         const char *secondary) {
  bool special = left_end != -1 || right_start != -1;
  while (++offset <= end) {
    if (offset <= start) buf_putc(out, ' ');
    else if (special && left_end < offset && offset <= right_start)
      buf_puts(out, secondary);
    else buf_puts(out, primary);
  }
  buf_putc(out, '\n');
}

// The source line and its caret line for one traceback entry.
static void display_source(Buf *out, CodeObject *code, int lineno, int lasti) {
  Object *line = source_line(code, lineno);
  if (!line) return;
  const char *s = str_data(line);
  size_t len = str_size(line);
  size_t i = 0;
  while (i < len && is_ws(s[i])) i++;
  ssize truncation = (ssize)i - SOURCE_INDENT;
  buf_puts(out, "    ");
  buf_append(out, s + i, len - i);
  buf_putc(out, '\n');
  if (lasti < 0 || lasti >= code->ninstrs) return;
  InstrLoc *loc = &code->locs[lasti];
  if (loc->lineno < 0 || loc->end_lineno < 0 || loc->col < 0 || loc->end_col < 0)
    return;
  ssize start = char_offset(s, len, loc->col);
  ssize end = char_offset(s, len, loc->end_col);
  ssize left = -1, right = -1;
  const char *primary = "^", *secondary = "^";
  if (loc->lineno == loc->end_lineno) {
    size_t a = (size_t)loc->col, b = (size_t)loc->end_col;
    if (b > len) b = len;
    if (a < b) {
      ssize l = -1, r = -1;
      find_anchors(s + a, b - a, &l, &r, &primary, &secondary);
      if (l >= 0) {
        left = char_offset(s + a, b - a, l) + start;
        right = char_offset(s + a, b - a, r) + start;
      }
    }
  } else {
    ssize k = (ssize)len;
    while (--k >= 0 && (is_ws(s[k]) || s[k] == '\n' || s[k] == '\r')) {
    }
    end = char_offset(s, len, k + 1);
  }
  ssize stripped = (ssize)utf8_count(s, len) - truncation - SOURCE_INDENT;
  if (end - start == stripped && left == -1 && right == -1) return;
  print_carets(out, truncation, start, end, right, left, primary, secondary);
}

// ---- Traceback entries --------------------------------------------------------------------

static CodeObject *tb_code(TracebackObject *tb) { return tb->frame->frame->code; }

// [source]: false once interpreter shutdown has removed the modules
// CPython needs to read a source file (it then prints no source lines).
static void display_entry(Buf *out, TracebackObject *tb, bool source) {
  CodeObject *code = tb_code(tb);
  buf_printf(out, "  File \"%s\", line %d, in %s\n", str_data(code->filename),
             tb->lineno, str_data(code->name));
  if (source) display_source(out, code, tb->lineno, tb->lasti);
}

static void print_repeated(Buf *out, long cnt) {
  cnt -= TB_RECURSIVE_CUTOFF;
  buf_printf(out, "  [Previous line repeated %ld more time%s]\n", cnt,
             cnt > 1 ? "s" : "");
}

static void print_traceback(Buf *out, Object *tbo, bool source) {
  TracebackObject *tb = (TracebackObject *)tbo;
  long depth = 0;
  for (TracebackObject *t = tb; t; t = (TracebackObject *)t->next) depth++;
  while (tb && depth > TB_LIMIT) {
    depth--;
    tb = (TracebackObject *)tb->next;
  }
  buf_puts(out, "Traceback (most recent call last):\n");
  Object *last_file = NULL, *last_name = NULL;
  int last_line = -1;
  long cnt = 0;
  for (; tb; tb = (TracebackObject *)tb->next) {
    CodeObject *code = tb_code(tb);
    if (!last_file || code->filename != last_file || last_line == -1 ||
        tb->lineno != last_line || !last_name || code->name != last_name) {
      if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(out, cnt);
      last_file = code->filename;
      last_line = tb->lineno;
      last_name = code->name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) display_entry(out, tb, source);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(out, cnt);
}

// ---- Suggestions ("Did you mean: 'x'?") ----------------------------------------------------

enum { MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2,
       CASE_COST = 1 };

static size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if ((a | 32) == (b | 32) && ((a | 32) >= 'a' && (a | 32) <= 'z')) return CASE_COST;
  return MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn,
                          size_t max_cost) {
  size_t buffer[MAX_STRING_SIZE];
  if (a == b) return 0;
  while (an && bn && a[0] == b[0]) a++, an--, b++, bn--;
  while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
  if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
  if (bn < an) {
    const char *t = a;
    a = b;
    b = t;
    size_t tn = an;
    an = bn;
    bn = tn;
  }
  if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
  size_t tmp = MOVE_COST;
  for (size_t i = 0; i < an; i++, tmp += MOVE_COST) buffer[i] = tmp;
  size_t result = 0;
  for (size_t bi = 0; bi < bn; bi++) {
    char code = b[bi];
    size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
    for (size_t i = 0; i < an; i++) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

static Object *suggest(Object *candidates, Object *name) {
  ssize n = list_size(candidates);
  if (n >= MAX_CANDIDATE_ITEMS) return NULL;
  ssize best_dist = INTPTR_MAX;
  Object *best = NULL;
  size_t nn = str_size(name);
  for (ssize i = 0; i < n; i++) {
    Object *item = list_get(candidates, i);
    if (!is_str(item) || str_eq(item, name)) continue;
    ssize maxd = (ssize)(nn + str_size(item) + 3) * MOVE_COST / 6;
    if (best_dist - 1 < maxd) maxd = best_dist - 1;
    if (maxd < 0) continue;
    size_t d = levenshtein(str_data(name), nn, str_data(item), str_size(item),
                           (size_t)maxd);
    if ((ssize)d > maxd) continue;
    if (!best || (ssize)d < best_dist) {
      best = item;
      best_dist = (ssize)d;
    }
  }
  return best;
}

static Object *suggest_from(Vm *vm, Object *source, Object *name) {
  Object *l = is_dict(source) ? dict_keys_list(vm, source)
                              : list_from_iterable(vm, source);
  if (!l) return NULL;
  Object *s = suggest(l, name);
  xincref(vm, s);
  decref(vm, l);
  return s;
}

static Object *name_error_suggestion(Vm *vm, Object *exc) {
  ExceptionObject *e = (ExceptionObject *)exc;
  Object *name = e->fields[EXC_F_NAME_NAME];
  TracebackObject *tb = (TracebackObject *)e->traceback;
  if (!name || !is_str(name) || !tb) return NULL;
  while (tb->next) tb = (TracebackObject *)tb->next;
  Frame *f = tb->frame->frame;
  CodeObject *code = f->code;
  Object *varnames = list_new(vm, 0);
  for (int i = 0; varnames && i < code->nlocalsplus; i++)
    if (code->localspluskinds[i] & LK_LOCAL)
      list_append(vm, varnames, tuple_get(code->localsplusnames, i));
  Object *s = varnames ? suggest(varnames, name) : NULL;
  xincref(vm, s);
  xdecref(vm, varnames);
  if (!s) s = suggest_from(vm, f->globals, name);
  if (!s) s = suggest_from(vm, f->builtins, name);
  return s;
}

static Object *attribute_error_suggestion(Vm *vm, Object *exc) {
  ExceptionObject *e = (ExceptionObject *)exc;
  Object *name = e->fields[EXC_F_ATTR_NAME], *obj = e->fields[EXC_F_ATTR_OBJ];
  if (!name || !obj || name->type != vm->t.str) return NULL;
  Object *dir = object_dir(vm, obj);
  if (!dir) return NULL;
  Object *s = suggest(dir, name);
  xincref(vm, s);
  decref(vm, dir);
  return s;
}

static Object *offer_suggestion(Vm *vm, Object *exc) {
  Object *saved = err_fetch(vm);
  Object *s = NULL;
  if (exc->type == vm->t.AttributeError) s = attribute_error_suggestion(vm, exc);
  else if (exc->type == vm->t.NameError) s = name_error_suggestion(vm, exc);
  err_clear(vm);
  err_restore(vm, saved);
  return s;
}

// ---- The exception line -------------------------------------------------------------------

static void print_type_name(Vm *vm, Buf *out, TypeObject *t) {
  Object *mod = (t->flags & TPF_HEAPTYPE) ? dict_get_str(vm, t->dict, vm->str.module)
                                          : NULL;
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins") &&
      !str_eq_cstr(mod, "__main__")) {
    buf_append(out, str_data(mod), str_size(mod));
    buf_putc(out, '.');
  }
  Object *q = t->qualname ? t->qualname : type_name_obj(vm, t);
  buf_append(out, str_data(q), str_size(q));
}

void tbprint_exception_line(Vm *vm, Buf *out, Object *exc) {
  print_type_name(vm, out, exc->type);
  Object *saved = err_fetch(vm);
  Object *msg = obj_str(vm, exc);
  if (!msg) {
    err_clear(vm);
    buf_puts(out, ": <exception str() failed>");
  } else {
    if (str_size(msg) > 0) {
      buf_puts(out, ": ");
      buf_append(out, str_data(msg), str_size(msg));
    }
    decref(vm, msg);
  }
  err_restore(vm, saved);
  Object *sug = offer_suggestion(vm, exc);
  if (sug) {
    buf_puts(out, ". Did you mean: '");
    buf_append(out, str_data(sug), str_size(sug));
    buf_puts(out, "'?");
    decref(vm, sug);
  }
}

static void print_notes(Vm *vm, Buf *out, Object *exc) {
  Object *saved = err_fetch(vm);
  Object *notes = obj_lookup_attr(vm, exc, vm->str.notes);
  if (notes && is_list(notes)) {
    for (ssize i = 0; i < list_size(notes); i++) {
      Object *s = obj_str(vm, list_get(notes, i));
      if (s) {
        buf_append(out, str_data(s), str_size(s));
        buf_putc(out, '\n');
        decref(vm, s);
      }
    }
  }
  xdecref(vm, notes);
  err_clear(vm);
  err_restore(vm, saved);
}

static void print_one(Vm *vm, Buf *out, Object *exc) {
  ExceptionObject *e = (ExceptionObject *)exc;
  if (e->traceback && e->traceback->type == vm->t.traceback)
    print_traceback(out, e->traceback, true);
  tbprint_exception_line(vm, out, exc);
  buf_putc(out, '\n');
  print_notes(vm, out, exc);
}

static void print_chain(Vm *vm, Buf *out, Object *exc, Object **seen, int *nseen) {
  if (*nseen < 64) seen[(*nseen)++] = exc;
  ExceptionObject *e = (ExceptionObject *)exc;
  Object *cause = e->cause, *ctx = e->context;
  bool in_seen_cause = false, in_seen_ctx = false;
  for (int i = 0; i < *nseen; i++) {
    in_seen_cause |= seen[i] == cause;
    in_seen_ctx |= seen[i] == ctx;
  }
  if (cause && is_exception(cause) && !in_seen_cause) {
    print_chain(vm, out, cause, seen, nseen);
    buf_puts(out, "\nThe above exception was the direct cause of the following "
                  "exception:\n\n");
  } else if (ctx && is_exception(ctx) && !e->suppress_context && !in_seen_ctx) {
    print_chain(vm, out, ctx, seen, nseen);
    buf_puts(out, "\nDuring handling of the above exception, another exception "
                  "occurred:\n\n");
  }
  print_one(vm, out, exc);
}

void tbprint_exception(Vm *vm, Buf *out, Object *exc, bool chain) {
  if (!is_exception(exc)) {
    Object *r = obj_repr(vm, exc);
    err_clear(vm);
    buf_printf(out, "%s\n", r ? str_data(r) : "<unprintable>");
    xdecref(vm, r);
    return;
  }
  if (!chain) {
    print_one(vm, out, exc);
    return;
  }
  Object *seen[64];
  int nseen = 0;
  print_chain(vm, out, exc, seen, &nseen);
}

// write_unraisable_exc_file: the traceback, then "Type: str" (": " even
// when str() is empty), no chain, notes or suggestions.
void tbprint_unraisable(Vm *vm, Buf *out, Object *exc) {
  if (!is_exception(exc)) {
    tbprint_exception(vm, out, exc, false);
    return;
  }
  ExceptionObject *e = (ExceptionObject *)exc;
  if (e->traceback && e->traceback->type == vm->t.traceback)
    print_traceback(out, e->traceback, !vm->modules_removed);
  print_type_name(vm, out, exc->type);
  buf_puts(out, ": ");
  Object *saved = err_fetch(vm);
  Object *msg = obj_str(vm, exc);
  if (msg) {
    buf_append(out, str_data(msg), str_size(msg));
    decref(vm, msg);
  } else {
    err_clear(vm);
    buf_puts(out, "<exception str() failed>");
  }
  err_restore(vm, saved);
  buf_putc(out, '\n');
}
