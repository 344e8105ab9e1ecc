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

Arena *arena_new(void) { return calloc(1, sizeof(Arena)); }

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

size_t arena_bytes(const Arena *arena) { return arena->bytes; }

// ---- Names -------------------------------------------------------------------

#define AST_NAME_ITEM(name) #name,
static const char *const EXPR_NAMES[] = {AST_EXPR_KINDS(AST_NAME_ITEM)};
static const char *const STMT_NAMES[] = {AST_STMT_KINDS(AST_NAME_ITEM)};
static const char *const OPERATOR_NAMES[] = {AST_OPERATORS(AST_NAME_ITEM)};
static const char *const CMPOP_NAMES[] = {AST_CMPOPS(AST_NAME_ITEM)};
static const char *const UNARYOP_NAMES[] = {AST_UNARYOPS(AST_NAME_ITEM)};
static const char *const BOOLOP_NAMES[] = {AST_BOOLOPS(AST_NAME_ITEM)};
static const char *const CONTEXT_NAMES[] = {AST_EXPR_CONTEXTS(AST_NAME_ITEM)};
#undef AST_NAME_ITEM

const char *ast_expr_kind_name(ExprKind kind) { return EXPR_NAMES[kind]; }
const char *ast_stmt_kind_name(StmtKind kind) { return STMT_NAMES[kind]; }
const char *ast_operator_name(OperatorKind op) { return OPERATOR_NAMES[op]; }
const char *ast_cmpop_name(CmpOpKind op) { return CMPOP_NAMES[op]; }
const char *ast_unaryop_name(UnaryOpKind op) { return UNARYOP_NAMES[op]; }
const char *ast_boolop_name(BoolOpKind op) { return BOOLOP_NAMES[op]; }
const char *ast_context_name(ExprContext ctx) { return CONTEXT_NAMES[ctx]; }

const char *ast_operator_symbol(OperatorKind op) {
  static const char *const symbols[] = {"+", "-",  "*", "@", "/", "%", "**",
                                        "<<", ">>", "|", "^", "&", "//"};
  return symbols[op];
}

// ---- Constant reprs ------------------------------------------------------------

// Appends the decimal form of the integer literal [text] ("0x1f", "007").
static void put_int(Buf *out, const char *text) {
  int base = 10;
  if (text[0] == '0' && text[1] && strchr("xXoObB", text[1])) {
    base = (text[1] | 32) == 'x' ? 16 : (text[1] | 32) == 'o' ? 8 : 2;
    text += 2;
  }
  size_t n = strlen(text), cap = n / 9 + 2, used = 0;
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
  if (used == 0) buf_putc(out, '0');
  else buf_printf(out, "%u", limbs[used - 1]);
  for (size_t k = used; k-- > 1;) buf_printf(out, "%09u", limbs[k - 1]);
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
  while (nd > 1 && digits[nd - 1] == '0') nd--;
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
    for (int i = decpt; i < 0; i++) buf_putc(out, '0');
    buf_append(out, digits, (size_t)nd);
  } else {
    for (int i = 0; i < decpt; i++) buf_putc(out, i < nd ? digits[i] : '0');
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
    if (cp == (unsigned char)q || cp == '\\') buf_printf(out, "\\%c", cp);
    else if (cp == '\t') buf_puts(out, "\\t");
    else if (cp == '\n') buf_puts(out, "\\n");
    else if (cp == '\r') buf_puts(out, "\\r");
    else if (cp < ' ' || cp == 0x7F) buf_printf(out, "\\x%02x", cp);
    else if (cp < 0x7F) buf_putc(out, (char)cp);
    else if (cp < 0xD800 || cp > 0xDFFF ? unicode_is_printable(cp) : 0)
      buf_append(out, s + at, i - at);
    else if (cp <= 0xFF) buf_printf(out, "\\x%02x", cp);
    else if (cp <= 0xFFFF) buf_printf(out, "\\u%04x", cp);
    else buf_printf(out, "\\U%08x", cp);
  }
  buf_putc(out, q);
}

static void put_bytes(Buf *out, const char *s, size_t len) {
  char q = repr_quote(s, len);
  buf_putc(out, 'b');
  buf_putc(out, q);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\') buf_printf(out, "\\%c", c);
    else if (c == '\t') buf_puts(out, "\\t");
    else if (c == '\n') buf_puts(out, "\\n");
    else if (c == '\r') buf_puts(out, "\\r");
    else if (c < ' ' || c >= 0x7F) buf_printf(out, "\\x%02x", c);
    else buf_putc(out, (char)c);
  }
  buf_putc(out, q);
}

static void put_constant(Buf *out, const Constant *c) {
  switch (c->kind) {
  case CONST_NONE: buf_puts(out, "None"); break;
  case CONST_TRUE: buf_puts(out, "True"); break;
  case CONST_FALSE: buf_puts(out, "False"); break;
  case CONST_ELLIPSIS: buf_puts(out, "Ellipsis"); break;
  case CONST_INT: put_int(out, c->text); break;
  case CONST_FLOAT: put_float(out, c->f, 1); break;
  case CONST_COMPLEX:
    put_float(out, c->f, 0);
    buf_putc(out, 'j');
    break;
  case CONST_STR: put_str(out, c->text, c->len); break;
  case CONST_BYTES: put_bytes(out, c->text, c->len); break;
  case CONST_OBJECT: buf_puts(out, "<object>"); break;
  }
}

// ---- ast_dump --------------------------------------------------------------------

// Fields are written "name=value, " by the helpers below; close() drops the
// last separator. Attributes (positions) come after the fields.
static void open_node(Buf *out, const char *name) {
  buf_puts(out, name);
  buf_putc(out, '(');
}

static void close_node(Buf *out) {
  if (out->len >= 2 && out->data[out->len - 2] == ',') out->len -= 2;
  buf_puts(out, ")");
}

static void field(Buf *out, const char *name) { buf_printf(out, "%s=", name); }
static void sep(Buf *out) { buf_puts(out, ", "); }

static void put_loc(Buf *out, Loc loc) {
  buf_printf(out, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d, ",
             loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

static void put_ident(Buf *out, const char *name, const char *id) {
  if (!id) return;
  field(out, name);
  put_str(out, id, strlen(id));
  sep(out);
}

static void dump_expr(Buf *out, const Expr *e);
static void dump_stmt(Buf *out, const Stmt *s);

static void put_expr(Buf *out, const char *name, const Expr *e) {
  if (!e) return; // an optional field that is None is left out
  field(out, name);
  dump_expr(out, e);
  sep(out);
}

static void put_exprs(Buf *out, const char *name, ExprSeq seq) {
  field(out, name);
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    if (seq.items[i]) dump_expr(out, seq.items[i]);
    else buf_puts(out, "None");
  }
  buf_puts(out, "], ");
}

static void put_stmts(Buf *out, const char *name, StmtSeq seq) {
  field(out, name);
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    dump_stmt(out, seq.items[i]);
  }
  buf_puts(out, "], ");
}

static void put_enum(Buf *out, const char *name, const char *value) {
  buf_printf(out, "%s=%s(), ", name, value);
}

static void put_int_field(Buf *out, const char *name, int value) {
  buf_printf(out, "%s=%d, ", name, value);
}

static void dump_arg(Buf *out, const Arg *a) {
  open_node(out, "arg");
  put_ident(out, "arg", a->arg);
  put_expr(out, "annotation", a->annotation);
  put_loc(out, a->loc);
  close_node(out);
}

static void put_args(Buf *out, const char *name, ArgSeq seq) {
  field(out, name);
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    dump_arg(out, seq.items[i]);
  }
  buf_puts(out, "], ");
}

static void put_arg(Buf *out, const char *name, const Arg *a) {
  if (!a) return;
  field(out, name);
  dump_arg(out, a);
  sep(out);
}

static void dump_arguments(Buf *out, const Arguments *a) {
  open_node(out, "arguments");
  put_args(out, "posonlyargs", a->posonlyargs);
  put_args(out, "args", a->args);
  put_arg(out, "vararg", a->vararg);
  put_args(out, "kwonlyargs", a->kwonlyargs);
  put_exprs(out, "kw_defaults", a->kw_defaults);
  put_arg(out, "kwarg", a->kwarg);
  put_exprs(out, "defaults", a->defaults);
  close_node(out);
}

static void put_keywords(Buf *out, KeywordSeq seq) {
  field(out, "keywords");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    open_node(out, "keyword");
    put_ident(out, "arg", seq.items[i]->arg);
    put_expr(out, "value", seq.items[i]->value);
    put_loc(out, seq.items[i]->loc);
    close_node(out);
  }
  buf_puts(out, "], ");
}

static void put_generators(Buf *out, ComprehensionSeq seq) {
  field(out, "generators");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    const Comprehension *c = seq.items[i];
    if (i) sep(out);
    open_node(out, "comprehension");
    put_expr(out, "target", c->target);
    put_expr(out, "iter", c->iter);
    put_exprs(out, "ifs", c->ifs);
    put_int_field(out, "is_async", c->is_async);
    close_node(out);
  }
  buf_puts(out, "], ");
}

// The fields of expression [e] (without its name and position).
static void expr_fields(Buf *out, const Expr *e) {
  switch (e->kind) {
  case EXPR_BoolOp:
    put_enum(out, "op", ast_boolop_name(e->v.boolop.op));
    put_exprs(out, "values", e->v.boolop.values);
    break;
  case EXPR_NamedExpr:
    put_expr(out, "target", e->v.namedexpr.target);
    put_expr(out, "value", e->v.namedexpr.value);
    break;
  case EXPR_BinOp:
    put_expr(out, "left", e->v.binop.left);
    put_enum(out, "op", ast_operator_name(e->v.binop.op));
    put_expr(out, "right", e->v.binop.right);
    break;
  case EXPR_UnaryOp:
    put_enum(out, "op", ast_unaryop_name(e->v.unaryop.op));
    put_expr(out, "operand", e->v.unaryop.operand);
    break;
  case EXPR_Lambda:
    field(out, "args");
    dump_arguments(out, e->v.lambda.args);
    sep(out);
    put_expr(out, "body", e->v.lambda.body);
    break;
  case EXPR_IfExp:
    put_expr(out, "test", e->v.ifexp.test);
    put_expr(out, "body", e->v.ifexp.body);
    put_expr(out, "orelse", e->v.ifexp.orelse);
    break;
  case EXPR_Dict:
    put_exprs(out, "keys", e->v.dict.keys);
    put_exprs(out, "values", e->v.dict.values);
    break;
  case EXPR_Set: put_exprs(out, "elts", e->v.set.elts); break;
  case EXPR_ListComp:
  case EXPR_SetComp:
  case EXPR_GeneratorExp:
    put_expr(out, "elt", e->v.comp.elt);
    put_generators(out, e->v.comp.generators);
    break;
  case EXPR_DictComp:
    put_expr(out, "key", e->v.comp.key);
    put_expr(out, "value", e->v.comp.value);
    put_generators(out, e->v.comp.generators);
    break;
  case EXPR_Await:
  case EXPR_Yield:
  case EXPR_YieldFrom:
    put_expr(out, "value", e->kind == EXPR_Await ? e->v.await_.value
                                                 : e->v.yield.value);
    break;
  case EXPR_Compare:
    put_expr(out, "left", e->v.compare.left);
    field(out, "ops");
    buf_putc(out, '[');
    for (int i = 0; i < e->v.compare.n; i++)
      buf_printf(out, "%s%s()", i ? ", " : "", ast_cmpop_name(e->v.compare.ops[i]));
    buf_puts(out, "], ");
    put_exprs(out, "comparators", e->v.compare.comparators);
    break;
  case EXPR_Call:
    put_expr(out, "func", e->v.call.func);
    put_exprs(out, "args", e->v.call.args);
    put_keywords(out, e->v.call.keywords);
    break;
  case EXPR_FormattedValue:
    put_expr(out, "value", e->v.formatted.value);
    put_int_field(out, "conversion", e->v.formatted.conversion);
    put_expr(out, "format_spec", e->v.formatted.format_spec);
    break;
  case EXPR_JoinedStr: put_exprs(out, "values", e->v.joinedstr.values); break;
  case EXPR_Constant:
    field(out, "value");
    put_constant(out, &e->v.constant);
    sep(out);
    if (e->v.constant.u_prefix) buf_puts(out, "kind='u', ");
    break;
  case EXPR_Attribute:
    put_expr(out, "value", e->v.attribute.value);
    put_ident(out, "attr", e->v.attribute.attr);
    put_enum(out, "ctx", ast_context_name(e->v.attribute.ctx));
    break;
  case EXPR_Subscript:
    put_expr(out, "value", e->v.subscript.value);
    put_expr(out, "slice", e->v.subscript.slice);
    put_enum(out, "ctx", ast_context_name(e->v.subscript.ctx));
    break;
  case EXPR_Starred:
    put_expr(out, "value", e->v.starred.value);
    put_enum(out, "ctx", ast_context_name(e->v.starred.ctx));
    break;
  case EXPR_Name:
    put_ident(out, "id", e->v.name.id);
    put_enum(out, "ctx", ast_context_name(e->v.name.ctx));
    break;
  case EXPR_List:
  case EXPR_Tuple:
    put_exprs(out, "elts", e->v.list.elts);
    put_enum(out, "ctx", ast_context_name(e->v.list.ctx));
    break;
  case EXPR_Slice:
    put_expr(out, "lower", e->v.slice.lower);
    put_expr(out, "upper", e->v.slice.upper);
    put_expr(out, "step", e->v.slice.step);
    break;
  }
}

static void dump_expr(Buf *out, const Expr *e) {
  open_node(out, ast_expr_kind_name(e->kind));
  expr_fields(out, e);
  put_loc(out, e->loc);
  close_node(out);
}

static void put_aliases(Buf *out, AliasSeq seq) {
  field(out, "names");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    open_node(out, "alias");
    put_ident(out, "name", seq.items[i]->name);
    put_ident(out, "asname", seq.items[i]->asname);
    put_loc(out, seq.items[i]->loc);
    close_node(out);
  }
  buf_puts(out, "], ");
}

static void put_withitems(Buf *out, WithItemSeq seq) {
  field(out, "items");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    open_node(out, "withitem");
    put_expr(out, "context_expr", seq.items[i]->context_expr);
    put_expr(out, "optional_vars", seq.items[i]->optional_vars);
    close_node(out);
  }
  buf_puts(out, "], ");
}

static void put_handlers(Buf *out, HandlerSeq seq) {
  field(out, "handlers");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    const ExceptHandler *h = seq.items[i];
    if (i) sep(out);
    open_node(out, "ExceptHandler");
    put_expr(out, "type", h->type);
    put_ident(out, "name", h->name);
    put_stmts(out, "body", h->body);
    put_loc(out, h->loc);
    close_node(out);
  }
  buf_puts(out, "], ");
}

static void put_names(Buf *out, IdentSeq seq) {
  field(out, "names");
  buf_putc(out, '[');
  for (int i = 0; i < seq.len; i++) {
    if (i) sep(out);
    put_str(out, seq.items[i], strlen(seq.items[i]));
  }
  buf_puts(out, "], ");
}

static void funcdef_fields(Buf *out, const Stmt *s) {
  put_ident(out, "name", s->v.funcdef.name);
  field(out, "args");
  dump_arguments(out, s->v.funcdef.args);
  sep(out);
  put_stmts(out, "body", s->v.funcdef.body);
  put_exprs(out, "decorator_list", s->v.funcdef.decorator_list);
  put_expr(out, "returns", s->v.funcdef.returns);
}

static void stmt_fields(Buf *out, const Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef: funcdef_fields(out, s); break;
  case STMT_ClassDef:
    put_ident(out, "name", s->v.classdef.name);
    put_exprs(out, "bases", s->v.classdef.bases);
    put_keywords(out, s->v.classdef.keywords);
    put_stmts(out, "body", s->v.classdef.body);
    put_exprs(out, "decorator_list", s->v.classdef.decorator_list);
    break;
  case STMT_Return: put_expr(out, "value", s->v.return_.value); break;
  case STMT_Delete: put_exprs(out, "targets", s->v.delete_.targets); break;
  case STMT_Assign:
    put_exprs(out, "targets", s->v.assign.targets);
    put_expr(out, "value", s->v.assign.value);
    break;
  case STMT_AugAssign:
    put_expr(out, "target", s->v.augassign.target);
    put_enum(out, "op", ast_operator_name(s->v.augassign.op));
    put_expr(out, "value", s->v.augassign.value);
    break;
  case STMT_AnnAssign:
    put_expr(out, "target", s->v.annassign.target);
    put_expr(out, "annotation", s->v.annassign.annotation);
    put_expr(out, "value", s->v.annassign.value);
    put_int_field(out, "simple", s->v.annassign.simple);
    break;
  case STMT_For:
  case STMT_AsyncFor:
    put_expr(out, "target", s->v.for_.target);
    put_expr(out, "iter", s->v.for_.iter);
    put_stmts(out, "body", s->v.for_.body);
    put_stmts(out, "orelse", s->v.for_.orelse);
    break;
  case STMT_While:
  case STMT_If:
    put_expr(out, "test", s->v.if_.test);
    put_stmts(out, "body", s->v.if_.body);
    put_stmts(out, "orelse", s->v.if_.orelse);
    break;
  case STMT_With:
  case STMT_AsyncWith:
    put_withitems(out, s->v.with.items);
    put_stmts(out, "body", s->v.with.body);
    break;
  case STMT_Raise:
    put_expr(out, "exc", s->v.raise.exc);
    put_expr(out, "cause", s->v.raise.cause);
    break;
  case STMT_Try:
  case STMT_TryStar:
    put_stmts(out, "body", s->v.try_.body);
    put_handlers(out, s->v.try_.handlers);
    put_stmts(out, "orelse", s->v.try_.orelse);
    put_stmts(out, "finalbody", s->v.try_.finalbody);
    break;
  case STMT_Assert:
    put_expr(out, "test", s->v.assert_.test);
    put_expr(out, "msg", s->v.assert_.msg);
    break;
  case STMT_Import: put_aliases(out, s->v.import.names); break;
  case STMT_ImportFrom:
    put_ident(out, "module", s->v.importfrom.module);
    put_aliases(out, s->v.importfrom.names);
    put_int_field(out, "level", s->v.importfrom.level);
    break;
  case STMT_Global:
  case STMT_Nonlocal: put_names(out, s->v.global.names); break;
  case STMT_Expr: put_expr(out, "value", s->v.expr.value); break;
  case STMT_Pass:
  case STMT_Break:
  case STMT_Continue: break;
  }
}

static void dump_stmt(Buf *out, const Stmt *s) {
  open_node(out, ast_stmt_kind_name(s->kind));
  stmt_fields(out, s);
  put_loc(out, s->loc);
  close_node(out);
}

void ast_dump(Buf *out, const Module *mod) {
  open_node(out, "Module");
  put_stmts(out, "body", mod->body);
  buf_puts(out, "type_ignores=[]");
  buf_putc(out, ')');
}
