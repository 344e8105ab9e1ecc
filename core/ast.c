// ast.c — the Arena that owns AST nodes, the enum name tables and
// ast_dump(), which prints a Module exactly like CPython 3.11's
// `ast.dump(ast.parse(src), include_attributes=True)`: the parser's oracle.
// Constants print with Python's reprs (big ints, shortest floats, str and
// bytes quoting). See tests/parser/README.md.
#include "ast.h"

#include <math.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "parser.h"
#include "parser_unicode.h"

// ---- Arena -----------------------------------------------------------------

typedef struct Chunk {
  struct Chunk *next;
  size_t size, used;
  alignas(max_align_t) unsigned char data[];
} Chunk;

struct Arena {
  Chunk *head;
  size_t bytes;
};

enum { CHUNK_SIZE = 64 * 1024, ALIGN = alignof(max_align_t) };

Arena *arena_new(void) {
  return calloc(1, sizeof(Arena));
}

void arena_free(Arena *arena) {
  if (!arena) return;
  Chunk *c = arena->head;
  while (c) {
    Chunk *next = c->next;
    free(c);
    c = next;
  }
  free(arena);
}

static Chunk *new_chunk(Arena *arena, size_t size) {
  Chunk *c = malloc(sizeof(Chunk) + size);
  if (!c) return NULL;
  c->size = size;
  c->used = 0;
  arena->bytes += sizeof(Chunk) + size;
  return c;
}

static void *take(Chunk *c, size_t size) {
  void *p = c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

void *arena_alloc(Arena *arena, size_t size) {
  size = size ? (size + ALIGN - 1) / ALIGN * ALIGN : ALIGN;
  Chunk *head = arena->head;
  if (head && head->size - head->used >= size) return take(head, size);
  Chunk *c = new_chunk(arena, size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE);
  if (!c) return NULL;
  if (size > CHUNK_SIZE / 4 && head) { // a big block: keep filling head
    c->next = head->next;
    head->next = c;
  } else {
    c->next = head;
    arena->head = c;
  }
  return take(c, size);
}

char *arena_strndup(Arena *arena, const char *s, size_t len) {
  char *copy = arena_alloc(arena, len + 1);
  if (!copy) return NULL;
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

size_t arena_bytes(const Arena *arena) {
  return arena->bytes;
}

// ---- Names ------------------------------------------------------------------

#define AST_NAME_ITEM(name) #name,
static const char *const EXPR_NAMES[] = {AST_EXPR_KINDS(AST_NAME_ITEM)};
static const char *const STMT_NAMES[] = {AST_STMT_KINDS(AST_NAME_ITEM)};
static const char *const OPERATOR_NAMES[] = {AST_OPERATORS(AST_NAME_ITEM)};
static const char *const CMPOP_NAMES[] = {AST_CMPOPS(AST_NAME_ITEM)};
static const char *const UNARYOP_NAMES[] = {AST_UNARYOPS(AST_NAME_ITEM)};
static const char *const BOOLOP_NAMES[] = {AST_BOOLOPS(AST_NAME_ITEM)};
static const char *const CONTEXT_NAMES[] = {AST_EXPR_CONTEXTS(AST_NAME_ITEM)};
#undef AST_NAME_ITEM

const char *ast_expr_kind_name(ExprKind kind) {
  return EXPR_NAMES[kind];
}
const char *ast_stmt_kind_name(StmtKind kind) {
  return STMT_NAMES[kind];
}
const char *ast_operator_name(OperatorKind op) {
  return OPERATOR_NAMES[op];
}
const char *ast_cmpop_name(CmpOpKind op) {
  return CMPOP_NAMES[op];
}
const char *ast_unaryop_name(UnaryOpKind op) {
  return UNARYOP_NAMES[op];
}
const char *ast_boolop_name(BoolOpKind op) {
  return BOOLOP_NAMES[op];
}
const char *ast_context_name(ExprContext ctx) {
  return CONTEXT_NAMES[ctx];
}

const char *ast_operator_symbol(OperatorKind op) {
  static const char *const symbols[] = {"+",  "-",  "*", "@", "/", "%", "**",
                                        "<<", ">>", "|", "^", "&", "//"};
  return symbols[op];
}

// ---- Constant reprs ---------------------------------------------------------

// Appends the decimal form of the integer literal [text] ("0x1f", "007").
static void put_int(Buf *out, const char *text) {
  int base = 10;
  if (text[0] == '0' && text[1] && strchr("xXoObB", text[1])) {
    base = (text[1] | 32) == 'x' ? 16 : (text[1] | 32) == 'o' ? 8 : 2;
    text += 2;
  }
  // A hex digit adds at most 1.21 decimal digits.
  size_t n = strlen(text), cap = n * 2 / 9 + 2, used = 0;
  uint32_t *limbs = calloc(cap, sizeof *limbs); // base 1e9, little-endian
  if (!limbs) return;
  for (size_t i = 0; i < n; i++) {
    int c = text[i], d = c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
    uint64_t carry = (uint64_t)d;
    for (size_t k = 0; k < used; k++) {
      uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
      limbs[k] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs[used++] = (uint32_t)carry;
  }
  if (used == 0)
    buf_putc(out, '0');
  else
    buf_printf(out, "%u", limbs[used - 1]);
  for (size_t k = used; k-- > 1;)
    buf_printf(out, "%09u", limbs[k - 1]);
  free(limbs);
}

// Python's repr() of a finite or infinite double; [add_dot_0] for float
// (not for the imaginary part of a complex).
static void put_float(Buf *out, double x, int add_dot_0) {
  if (isinf(x)) {
    buf_puts(out, x < 0 ? "-inf" : "inf");
    return;
  }
  char s[40];
  for (int prec = 0; prec < 17; prec++) {
    snprintf(s, sizeof s, "%.*e", prec, x);
    if (strtod(s, NULL) == x) break;
  }
  // s is "[-]d[.ddd]e[+-]XX": split into digits and exponent.
  char digits[20];
  int nd = 0, neg = s[0] == '-';
  const char *c = s + neg;
  for (; *c != 'e'; c++)
    if (*c != '.') digits[nd++] = *c;
  while (nd > 1 && digits[nd - 1] == '0')
    nd--;
  int decpt = atoi(c + 1) + 1;
  if (neg) buf_putc(out, '-');
  if (decpt <= -4 || decpt > 16) {
    buf_putc(out, digits[0]);
    if (nd > 1) {
      buf_putc(out, '.');
      buf_append(out, digits + 1, (size_t)nd - 1);
    }
    buf_printf(out, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
  } else if (decpt <= 0) {
    buf_puts(out, "0.");
    for (int i = decpt; i < 0; i++)
      buf_putc(out, '0');
    buf_append(out, digits, (size_t)nd);
  } else {
    for (int i = 0; i < decpt; i++)
      buf_putc(out, i < nd ? digits[i] : '0');
    if (nd > decpt) {
      buf_putc(out, '.');
      buf_append(out, digits + decpt, (size_t)(nd - decpt));
    } else if (add_dot_0) {
      buf_puts(out, ".0");
    }
  }
}

// Decodes one code point of generalized UTF-8 (surrogates allowed).
static unsigned next_code_point(const char *s, size_t len, size_t *i) {
  const unsigned char *u = (const unsigned char *)s + *i;
  size_t left = len - *i;
  if (u[0] >= 0xE0 && u[0] < 0xF0 && left >= 3) {
    *i += 3;
    return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  }
  int n, cp = lexer_utf8_decode(s + *i, left, &n);
  *i += (size_t)n;
  return cp < 0 ? 0xFFFDu : (unsigned)cp;
}

static char repr_quote(const char *s, size_t len) {
  int single = memchr(s, '\'', len) != NULL, dbl = memchr(s, '"', len) != NULL;
  return single && !dbl ? '"' : '\'';
}

// unicode_repr for the UTF-8 text [s].
static void put_str(Buf *out, const char *s, size_t len) {
  char q = repr_quote(s, len);
  buf_putc(out, q);
  for (size_t i = 0; i < len;) {
    size_t at = i;
    unsigned cp = next_code_point(s, len, &i);
    if (cp == (unsigned char)q || cp == '\\')
      buf_printf(out, "\\%c", cp);
    else if (cp == '\t')
      buf_puts(out, "\\t");
    else if (cp == '\n')
      buf_puts(out, "\\n");
    else if (cp == '\r')
      buf_puts(out, "\\r");
    else if (cp < ' ' || cp == 0x7F)
      buf_printf(out, "\\x%02x", cp);
    else if (cp < 0x7F)
      buf_putc(out, (char)cp);
    else if (cp < 0xD800 || cp > 0xDFFF ? unicode_is_printable(cp) : 0)
      buf_append(out, s + at, i - at);
    else if (cp <= 0xFF)
      buf_printf(out, "\\x%02x", cp);
    else if (cp <= 0xFFFF)
      buf_printf(out, "\\u%04x", cp);
    else
      buf_printf(out, "\\U%08x", cp);
  }
  buf_putc(out, q);
}

static void put_bytes(Buf *out, const char *s, size_t len) {
  char q = repr_quote(s, len);
  buf_putc(out, 'b');
  buf_putc(out, q);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\')
      buf_printf(out, "\\%c", c);
    else if (c == '\t')
      buf_puts(out, "\\t");
    else if (c == '\n')
      buf_puts(out, "\\n");
    else if (c == '\r')
      buf_puts(out, "\\r");
    else if (c < ' ' || c >= 0x7F)
      buf_printf(out, "\\x%02x", c);
    else
      buf_putc(out, (char)c);
  }
  buf_putc(out, q);
}

static void put_constant(Buf *out, const Constant *c) {
  switch (c->kind) {
  case CONST_NONE:
    buf_puts(out, "None");
    break;
  case CONST_TRUE:
    buf_puts(out, "True");
    break;
  case CONST_FALSE:
    buf_puts(out, "False");
    break;
  case CONST_ELLIPSIS:
    buf_puts(out, "Ellipsis");
    break;
  case CONST_INT:
    put_int(out, c->text);
    break;
  case CONST_FLOAT:
    put_float(out, c->f, 1);
    break;
  case CONST_COMPLEX:
    put_float(out, c->f, 0);
    buf_putc(out, 'j');
    break;
  case CONST_STR: put_str(out, c->text, c->len); break;
  case CONST_BYTES: put_bytes(out, c->text, c->len); break;
  case CONST_OBJECT: buf_puts(out, "<object>"); break;
  }
}

// ---- ast_dump ---------------------------------------------------------------

// Fields are written "name=value, " by the helpers below; close() drops the
// last separator. Attributes (positions) come after the fields. Nesting is
// limited so that hostile input cannot exhaust the C stack.
enum { DUMP_MAX_DEPTH = 5000 };

typedef struct Dump {
  Buf *out;
  int depth, too_deep;
} Dump;

static void open_node(Dump *d, const char *name) {
  buf_puts(d->out, name);
  buf_putc(d->out, '(');
}

static void close_node(Dump *d) {
  Buf *out = d->out;
  if (out->len >= 2 && out->data[out->len - 2] == ',') out->len -= 2;
  buf_puts(d->out, ")");
}

static void field(Dump *d, const char *name) {
  buf_printf(d->out, "%s=", name);
}
static void sep(Dump *d) {
  buf_puts(d->out, ", ");
}

static void put_loc(Dump *d, Loc loc) {
  buf_printf(d->out,
             "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d, ",
             loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

static void put_ident(Dump *d, const char *name, const char *id) {
  if (!id) return;
  field(d, name);
  put_str(d->out, id, strlen(id));
  sep(d);
}

static void dump_expr(Dump *d, const Expr *e);
static void dump_stmt(Dump *d, const Stmt *s);

static void put_expr(Dump *d, const char *name, const Expr *e) {
  if (!e) return; // an optional field that is None is left out
  field(d, name);
  dump_expr(d, e);
  sep(d);
}

static void put_exprs(Dump *d, const char *name, ExprSeq seq) {
  field(d, name);
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    if (seq.items[i])
      dump_expr(d, seq.items[i]);
    else
      buf_puts(d->out, "None");
  }
  buf_puts(d->out, "], ");
}

static void put_stmts(Dump *d, const char *name, StmtSeq seq) {
  field(d, name);
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    dump_stmt(d, seq.items[i]);
  }
  buf_puts(d->out, "], ");
}

static void put_enum(Dump *d, const char *name, const char *value) {
  buf_printf(d->out, "%s=%s(), ", name, value);
}

static void put_int_field(Dump *d, const char *name, int value) {
  buf_printf(d->out, "%s=%d, ", name, value);
}

static void dump_arg(Dump *d, const Arg *a) {
  open_node(d, "arg");
  put_ident(d, "arg", a->arg);
  put_expr(d, "annotation", a->annotation);
  put_loc(d, a->loc);
  close_node(d);
}

static void put_args(Dump *d, const char *name, ArgSeq seq) {
  field(d, name);
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    dump_arg(d, seq.items[i]);
  }
  buf_puts(d->out, "], ");
}

static void put_arg(Dump *d, const char *name, const Arg *a) {
  if (!a) return;
  field(d, name);
  dump_arg(d, a);
  sep(d);
}

static void dump_arguments(Dump *d, const Arguments *a) {
  open_node(d, "arguments");
  put_args(d, "posonlyargs", a->posonlyargs);
  put_args(d, "args", a->args);
  put_arg(d, "vararg", a->vararg);
  put_args(d, "kwonlyargs", a->kwonlyargs);
  put_exprs(d, "kw_defaults", a->kw_defaults);
  put_arg(d, "kwarg", a->kwarg);
  put_exprs(d, "defaults", a->defaults);
  close_node(d);
}

static void put_keywords(Dump *d, KeywordSeq seq) {
  field(d, "keywords");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    open_node(d, "keyword");
    put_ident(d, "arg", seq.items[i]->arg);
    put_expr(d, "value", seq.items[i]->value);
    put_loc(d, seq.items[i]->loc);
    close_node(d);
  }
  buf_puts(d->out, "], ");
}

static void put_generators(Dump *d, ComprehensionSeq seq) {
  field(d, "generators");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    const Comprehension *c = seq.items[i];
    if (i) sep(d);
    open_node(d, "comprehension");
    put_expr(d, "target", c->target);
    put_expr(d, "iter", c->iter);
    put_exprs(d, "ifs", c->ifs);
    put_int_field(d, "is_async", c->is_async);
    close_node(d);
  }
  buf_puts(d->out, "], ");
}

// The fields of expression [e] (without its name and position).
static void expr_fields_ops(Dump *d, const Expr *e) {
  switch (e->kind) {
  case EXPR_BoolOp:
    put_enum(d, "op", ast_boolop_name(e->v.boolop.op));
    put_exprs(d, "values", e->v.boolop.values);
    break;
  case EXPR_NamedExpr:
    put_expr(d, "target", e->v.namedexpr.target);
    put_expr(d, "value", e->v.namedexpr.value);
    break;
  case EXPR_BinOp:
    put_expr(d, "left", e->v.binop.left);
    put_enum(d, "op", ast_operator_name(e->v.binop.op));
    put_expr(d, "right", e->v.binop.right);
    break;
  case EXPR_UnaryOp:
    put_enum(d, "op", ast_unaryop_name(e->v.unaryop.op));
    put_expr(d, "operand", e->v.unaryop.operand);
    break;
  case EXPR_Lambda:
    field(d, "args");
    dump_arguments(d, e->v.lambda.args);
    sep(d);
    put_expr(d, "body", e->v.lambda.body);
    break;
  case EXPR_IfExp:
    put_expr(d, "test", e->v.ifexp.test);
    put_expr(d, "body", e->v.ifexp.body);
    put_expr(d, "orelse", e->v.ifexp.orelse);
    break;
  case EXPR_Dict:
    put_exprs(d, "keys", e->v.dict.keys);
    put_exprs(d, "values", e->v.dict.values);
    break;
  case EXPR_Set:
    put_exprs(d, "elts", e->v.set.elts);
    break;
  case EXPR_ListComp:
  case EXPR_SetComp:
  case EXPR_GeneratorExp:
    put_expr(d, "elt", e->v.comp.elt);
    put_generators(d, e->v.comp.generators);
    break;
  case EXPR_DictComp:
    put_expr(d, "key", e->v.comp.key);
    put_expr(d, "value", e->v.comp.value);
    put_generators(d, e->v.comp.generators);
    break;
  case EXPR_Await:
  case EXPR_Yield:
  case EXPR_YieldFrom:
    put_expr(d, "value",
             e->kind == EXPR_Await ? e->v.await_.value : e->v.yield.value);
    break;
  case EXPR_Compare:
    put_expr(d, "left", e->v.compare.left);
    field(d, "ops");
    buf_putc(d->out, '[');
    for (int i = 0; i < e->v.compare.n; i++)
      buf_printf(d->out, "%s%s()", i ? ", " : "",
                 ast_cmpop_name(e->v.compare.ops[i]));
    buf_puts(d->out, "], ");
    put_exprs(d, "comparators", e->v.compare.comparators);
    break;
  default:
    break;
  }
}

static void expr_fields_rest(Dump *d, const Expr *e) {
  switch (e->kind) {
  case EXPR_Call:
    put_expr(d, "func", e->v.call.func);
    put_exprs(d, "args", e->v.call.args);
    put_keywords(d, e->v.call.keywords);
    break;
  case EXPR_FormattedValue:
    put_expr(d, "value", e->v.formatted.value);
    put_int_field(d, "conversion", e->v.formatted.conversion);
    put_expr(d, "format_spec", e->v.formatted.format_spec);
    break;
  case EXPR_JoinedStr:
    put_exprs(d, "values", e->v.joinedstr.values);
    break;
  case EXPR_Constant:
    field(d, "value");
    put_constant(d->out, &e->v.constant);
    sep(d);
    if (e->v.constant.u_prefix) buf_puts(d->out, "kind='u', ");
    break;
  case EXPR_Attribute:
    put_expr(d, "value", e->v.attribute.value);
    put_ident(d, "attr", e->v.attribute.attr);
    put_enum(d, "ctx", ast_context_name(e->v.attribute.ctx));
    break;
  case EXPR_Subscript:
    put_expr(d, "value", e->v.subscript.value);
    put_expr(d, "slice", e->v.subscript.slice);
    put_enum(d, "ctx", ast_context_name(e->v.subscript.ctx));
    break;
  case EXPR_Starred:
    put_expr(d, "value", e->v.starred.value);
    put_enum(d, "ctx", ast_context_name(e->v.starred.ctx));
    break;
  case EXPR_Name:
    put_ident(d, "id", e->v.name.id);
    put_enum(d, "ctx", ast_context_name(e->v.name.ctx));
    break;
  case EXPR_List:
  case EXPR_Tuple:
    put_exprs(d, "elts", e->v.list.elts);
    put_enum(d, "ctx", ast_context_name(e->v.list.ctx));
    break;
  case EXPR_Slice:
    put_expr(d, "lower", e->v.slice.lower);
    put_expr(d, "upper", e->v.slice.upper);
    put_expr(d, "step", e->v.slice.step);
    break;
  default:
    break;
  }
}

static void expr_fields(Dump *d, const Expr *e) {
  if (e->kind < EXPR_Call)
    expr_fields_ops(d, e);
  else
    expr_fields_rest(d, e);
}

// Enters one level of nesting; 0 (and "...") when too deep.
static int enter(Dump *d) {
  if (d->depth >= DUMP_MAX_DEPTH) {
    d->too_deep = 1;
    buf_puts(d->out, "...");
    return 0;
  }
  d->depth++;
  return 1;
}

static void dump_expr(Dump *d, const Expr *e) {
  if (!enter(d)) return;
  open_node(d, ast_expr_kind_name(e->kind));
  expr_fields(d, e);
  put_loc(d, e->loc);
  close_node(d);
  d->depth--;
}

static void put_aliases(Dump *d, AliasSeq seq) {
  field(d, "names");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    open_node(d, "alias");
    put_ident(d, "name", seq.items[i]->name);
    put_ident(d, "asname", seq.items[i]->asname);
    put_loc(d, seq.items[i]->loc);
    close_node(d);
  }
  buf_puts(d->out, "], ");
}

static void put_withitems(Dump *d, WithItemSeq seq) {
  field(d, "items");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    open_node(d, "withitem");
    put_expr(d, "context_expr", seq.items[i]->context_expr);
    put_expr(d, "optional_vars", seq.items[i]->optional_vars);
    close_node(d);
  }
  buf_puts(d->out, "], ");
}

static void put_handlers(Dump *d, HandlerSeq seq) {
  field(d, "handlers");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    const ExceptHandler *h = seq.items[i];
    if (i) sep(d);
    open_node(d, "ExceptHandler");
    put_expr(d, "type", h->type);
    put_ident(d, "name", h->name);
    put_stmts(d, "body", h->body);
    put_loc(d, h->loc);
    close_node(d);
  }
  buf_puts(d->out, "], ");
}

static void put_names(Dump *d, IdentSeq seq) {
  field(d, "names");
  buf_putc(d->out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(d);
    put_str(d->out, seq.items[i], strlen(seq.items[i]));
  }
  buf_puts(d->out, "], ");
}

static void funcdef_fields(Dump *d, const Stmt *s) {
  put_ident(d, "name", s->v.funcdef.name);
  field(d, "args");
  dump_arguments(d, s->v.funcdef.args);
  sep(d);
  put_stmts(d, "body", s->v.funcdef.body);
  put_exprs(d, "decorator_list", s->v.funcdef.decorator_list);
  put_expr(d, "returns", s->v.funcdef.returns);
}

static void stmt_fields_defs(Dump *d, const Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef:
    funcdef_fields(d, s);
    break;
  case STMT_ClassDef:
    put_ident(d, "name", s->v.classdef.name);
    put_exprs(d, "bases", s->v.classdef.bases);
    put_keywords(d, s->v.classdef.keywords);
    put_stmts(d, "body", s->v.classdef.body);
    put_exprs(d, "decorator_list", s->v.classdef.decorator_list);
    break;
  case STMT_Return:
    put_expr(d, "value", s->v.return_.value);
    break;
  case STMT_Delete:
    put_exprs(d, "targets", s->v.delete_.targets);
    break;
  case STMT_Assign:
    put_exprs(d, "targets", s->v.assign.targets);
    put_expr(d, "value", s->v.assign.value);
    break;
  case STMT_AugAssign:
    put_expr(d, "target", s->v.augassign.target);
    put_enum(d, "op", ast_operator_name(s->v.augassign.op));
    put_expr(d, "value", s->v.augassign.value);
    break;
  case STMT_AnnAssign:
    put_expr(d, "target", s->v.annassign.target);
    put_expr(d, "annotation", s->v.annassign.annotation);
    put_expr(d, "value", s->v.annassign.value);
    put_int_field(d, "simple", s->v.annassign.simple);
    break;
  case STMT_For:
  case STMT_AsyncFor:
    put_expr(d, "target", s->v.for_.target);
    put_expr(d, "iter", s->v.for_.iter);
    put_stmts(d, "body", s->v.for_.body);
    put_stmts(d, "orelse", s->v.for_.orelse);
    break;
  case STMT_While:
  case STMT_If:
    put_expr(d, "test", s->v.if_.test);
    put_stmts(d, "body", s->v.if_.body);
    put_stmts(d, "orelse", s->v.if_.orelse);
    break;
  case STMT_With:
  case STMT_AsyncWith:
    put_withitems(d, s->v.with.items);
    put_stmts(d, "body", s->v.with.body);
    break;
  default:
    break;
  }
}

static void stmt_fields_rest(Dump *d, const Stmt *s) {
  switch (s->kind) {
  case STMT_Raise:
    put_expr(d, "exc", s->v.raise.exc);
    put_expr(d, "cause", s->v.raise.cause);
    break;
  case STMT_Try:
  case STMT_TryStar:
    put_stmts(d, "body", s->v.try_.body);
    put_handlers(d, s->v.try_.handlers);
    put_stmts(d, "orelse", s->v.try_.orelse);
    put_stmts(d, "finalbody", s->v.try_.finalbody);
    break;
  case STMT_Assert:
    put_expr(d, "test", s->v.assert_.test);
    put_expr(d, "msg", s->v.assert_.msg);
    break;
  case STMT_Import:
    put_aliases(d, s->v.import.names);
    break;
  case STMT_ImportFrom:
    put_ident(d, "module", s->v.importfrom.module);
    put_aliases(d, s->v.importfrom.names);
    put_int_field(d, "level", s->v.importfrom.level);
    break;
  case STMT_Global:
  case STMT_Nonlocal:
    put_names(d, s->v.global.names);
    break;
  case STMT_Expr:
    put_expr(d, "value", s->v.expr.value);
    break;
  case STMT_Pass:
  case STMT_Break:
  case STMT_Continue:
    break;
  default:
    break;
  }
}

static void stmt_fields(Dump *d, const Stmt *s) {
  if (s->kind < STMT_Raise)
    stmt_fields_defs(d, s);
  else
    stmt_fields_rest(d, s);
}

static void dump_stmt(Dump *d, const Stmt *s) {
  if (!enter(d)) return;
  open_node(d, ast_stmt_kind_name(s->kind));
  stmt_fields(d, s);
  put_loc(d, s->loc);
  close_node(d);
  d->depth--;
}

int ast_dump(Buf *out, const Module *mod) {
  Dump dump = {out, 0, 0}, *d = &dump;
  open_node(d, "Module");
  put_stmts(d, "body", mod->body);
  buf_puts(d->out, "type_ignores=[]");
  buf_putc(d->out, ')');
  return d->too_deep ? -1 : 0;
}
