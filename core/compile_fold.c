// compile_fold.c — CPython 3.11's AST optimizer (Python/ast_opt.c), which
// decides which expressions become constants: folding is observable through
// `is` (two folded 2**100 in one module are one object) and through the
// constants' refcounts. Folding obeys CPython's size limits and never
// raises: an operation that would fail is left for run time.
#include "compile_impl.h"

#include "abstract.h"
#include "bigint.h"
#include "complex.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

enum { MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096,
       MAX_TOTAL_ITEMS = 1024 };


Object *cf_constant_value(Compiler *c, const Constant *k) {
  Vm *vm = c->vm;
  switch (k->kind) {
  case CONST_NONE: return vm_none(vm);
  case CONST_TRUE: return vm_bool(vm, true);
  case CONST_FALSE: return vm_bool(vm, false);
  case CONST_ELLIPSIS: return newref(vm, vm->ellipsis);
  case CONST_FLOAT: return float_new(vm, k->f);
  case CONST_COMPLEX: return complex_new_values(vm, 0.0, k->f);
  case CONST_STR: return str_new(vm, k->text, k->len);
  case CONST_BYTES: return bytes_new(vm, k->text, k->len);
  case CONST_OBJECT: return newref(vm, (Object *)k->object);
  case CONST_INT: {
    BigAlloc al = vm_big_alloc(vm);
    BigErr err = {0};
    BigInt *b = big_from_literal(&al, k->text, k->len, vm->int_max_str_digits,
                                 &err);
    return b ? int_from_big(vm, b) : raise_big_error(vm, &err);
  }
  }
  return NULL;
}

static bool is_const(const Expr *e) { return e && e->kind == EXPR_Constant; }

// Replaces [e] by a constant holding [value] (a new reference, or NULL:
// then the pending exception is dropped and [e] stays as it was).
static int make_const(Compiler *c, Expr *e, Object *value) {
  Vm *vm = c->vm;
  if (!value) {
    if (err_matches(vm, vm->t.MemoryError) && vm->stopping) return -1;
    err_clear(vm);
    return 0;
  }
  if (list_append(vm, c->folded, value) < 0) {
    decref(vm, value);
    return -1;
  }
  decref(vm, value);
  memset(&e->v, 0, sizeof e->v);
  e->kind = EXPR_Constant;
  e->v.constant.kind = CONST_OBJECT;
  e->v.constant.object = value;
  return 0;
}

static Object *const_of(Compiler *c, Expr *e) {
  return cf_constant_value(c, &e->v.constant);
}

static int64_t bits_of(Object *o) {
  IntObject *i = (IntObject *)o;
  if (i->big) return big_bit_length(i->big);
  uint64_t v = i->v < 0 ? (uint64_t)0 - (uint64_t)i->v : (uint64_t)i->v;
  int n = 0;
  for (; v; v >>= 1) n++;
  return n;
}

static ssize seq_len_of(Object *o) {
  if (is_tuple(o)) return tuple_size(o);
  if (is_str(o)) return str_len(o);
  if (is_bytes(o)) return ((BytesObject *)o)->size;
  if (is_anyset(o)) return set_size(o);
  return -1;
}

// safe_multiply / safe_power / safe_lshift / safe_mod: may [op] be folded?
static bool safe_to_fold(Vm *vm, OperatorKind op, Object *v, Object *w) {
  bool vi = is_int(v) && v->type != vm->t.bool_, wi = is_int(w);
  switch (op) {
  case AST_Mult:
    if (is_int(v) && is_int(w))
      return bits_of(v) + bits_of(w) <= MAX_INT_SIZE;
    if (is_int(v) && seq_len_of(w) >= 0) {
      Object *t = v;
      v = w;
      w = t;
    }
    if (seq_len_of(v) >= 0 && is_int(w)) {
      ssize size = seq_len_of(v);
      if (!size) return true;
      if (!int_is_small(w)) return false;
      int64_t n = int_small_value(w);
      ssize limit = is_str(v) || is_bytes(v) ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
      return n >= 0 && n <= limit / size;
    }
    return true;
  case AST_Pow:
    if (vi && wi && int_sign(w) >= 0 && bits_of(v) > 0) {
      if (!int_is_small(w)) return false;
      return bits_of(v) * int_small_value(w) <= MAX_INT_SIZE;
    }
    return true;
  case AST_LShift:
    if (is_int(v) && is_int(w)) {
      if (!int_is_small(w)) return false;
      int64_t n = int_small_value(w);
      if (n < 0 || n > MAX_INT_SIZE) return false;
      return bits_of(v) <= MAX_INT_SIZE - n;
    }
    return true;
  case AST_Mod:
    return !is_str(v) && !is_bytes(v);
  default:
    return true;
  }
}

static const NbOp nb_of_operator[] = {
    [AST_Add] = NB_ADD, [AST_Sub] = NB_SUB, [AST_Mult] = NB_MUL,
    [AST_MatMult] = NB_MATMUL, [AST_Div] = NB_TRUEDIV, [AST_Mod] = NB_MOD,
    [AST_Pow] = NB_POW, [AST_LShift] = NB_LSHIFT, [AST_RShift] = NB_RSHIFT,
    [AST_BitOr] = NB_OR, [AST_BitXor] = NB_XOR, [AST_BitAnd] = NB_AND,
    [AST_FloorDiv] = NB_FLOORDIV};

static int fold_binop(Compiler *c, Expr *e) {
  Expr *l = e->v.binop.left, *r = e->v.binop.right;
  if (!is_const(l) || !is_const(r) || e->v.binop.op == AST_MatMult) return 0;
  Vm *vm = c->vm;
  Object *v = const_of(c, l), *w = v ? const_of(c, r) : NULL;
  Object *res = NULL;
  if (v && w && safe_to_fold(vm, e->v.binop.op, v, w))
    res = number_binop(vm, v, w, nb_of_operator[e->v.binop.op]);
  // Folding that would make a huge str is not done either.
  if (res && is_str(res) && str_len(res) > MAX_STR_SIZE) clear_ref(vm, &res);
  xdecref(vm, v);
  xdecref(vm, w);
  return make_const(c, e, res);
}

static int fold_unaryop(Compiler *c, Expr *e) {
  Expr *arg = e->v.unaryop.operand;
  if (e->v.unaryop.op == AST_Not && arg->kind == EXPR_Compare &&
      arg->v.compare.n == 1) {
    CmpOpKind *op = &arg->v.compare.ops[0];
    CmpOpKind flip = *op == AST_Is ? AST_IsNot : *op == AST_IsNot ? AST_Is
                     : *op == AST_In ? AST_NotIn : *op == AST_NotIn ? AST_In
                                                                     : *op;
    if (flip != *op) {
      *op = flip;
      Loc loc = e->loc;
      *e = *arg;
      e->loc = loc;
      return 0;
    }
  }
  if (!is_const(arg)) return 0;
  Vm *vm = c->vm;
  Object *v = const_of(c, arg), *res = NULL;
  if (v) {
    switch (e->v.unaryop.op) {
    case AST_Invert: res = number_invert(vm, v); break;
    case AST_UAdd: res = number_positive(vm, v); break;
    case AST_USub: res = number_negative(vm, v); break;
    case AST_Not: {
      int t = obj_not(vm, v);
      res = t < 0 ? NULL : vm_bool(vm, t);
      break;
    }
    }
  }
  xdecref(vm, v);
  return make_const(c, e, res);
}

static int fold_tuple(Compiler *c, Expr *e) {
  ExprSeq *elts = &e->v.list.elts;
  for (int i = 0; i < elts->len; i++)
    if (!is_const(elts->items[i])) return 0;
  Object *t = tuple_new(c->vm, elts->len);
  for (int i = 0; t && i < elts->len; i++) {
    Object *v = const_of(c, elts->items[i]);
    if (!v) {
      decref(c->vm, t);
      t = NULL;
      break;
    }
    tuple_init_item(c->vm, t, i, v);
  }
  return make_const(c, e, t);
}

static int fold_subscript(Compiler *c, Expr *e) {
  Expr *v = e->v.subscript.value, *s = e->v.subscript.slice;
  if (e->v.subscript.ctx != AST_Load || !is_const(v) || !is_const(s)) return 0;
  Object *vo = const_of(c, v), *so = vo ? const_of(c, s) : NULL;
  Object *r = vo && so ? obj_getitem(c->vm, vo, so) : NULL;
  xdecref(c->vm, vo);
  xdecref(c->vm, so);
  return make_const(c, e, r);
}

// A literal list or set of constants where only iteration or `in` sees it
// becomes a tuple or a frozenset.
static int fold_iter(Compiler *c, Expr *e) {
  if (e->kind == EXPR_List && e->v.list.ctx == AST_Load) {
    e->kind = EXPR_Tuple;
    return fold_tuple(c, e);
  }
  if (e->kind != EXPR_Set) return 0;
  ExprSeq *elts = &e->v.set.elts;
  for (int i = 0; i < elts->len; i++)
    if (!is_const(elts->items[i])) return 0;
  Vm *vm = c->vm;
  Object *s = set_new(vm, vm->t.frozenset, NULL);
  for (int i = 0; s && i < elts->len; i++) {
    Object *v = const_of(c, elts->items[i]);
    if (!v || set_add(vm, s, v) < 0) {
      xdecref(vm, v);
      decref(vm, s);
      s = NULL;
      break;
    }
    decref(vm, v);
  }
  return make_const(c, e, s);
}

// ---- The walk ------------------------------------------------------------------------

static int opt_expr(Compiler *c, Expr *e);
static int opt_stmts(Compiler *c, StmtSeq *s);

static int opt_exprs(Compiler *c, ExprSeq *s) {
  for (int i = 0; i < s->len; i++)
    if (s->items[i] && opt_expr(c, s->items[i]) < 0) return -1;
  return 0;
}

static int opt_arguments(Compiler *c, Arguments *a) {
  if (opt_exprs(c, &a->defaults) < 0 || opt_exprs(c, &a->kw_defaults) < 0)
    return -1;
  ArgSeq *seqs[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (int i = 0; i < seqs[k]->len; i++)
      if (seqs[k]->items[i]->annotation &&
          opt_expr(c, seqs[k]->items[i]->annotation) < 0)
        return -1;
  return 0;
}

static int opt_comprehensions(Compiler *c, ComprehensionSeq *gens) {
  for (int i = 0; i < gens->len; i++) {
    Comprehension *g = gens->items[i];
    if (opt_expr(c, g->target) < 0 || opt_expr(c, g->iter) < 0 ||
        opt_exprs(c, &g->ifs) < 0 || fold_iter(c, g->iter) < 0)
      return -1;
  }
  return 0;
}

static int opt_expr(Compiler *c, Expr *e) {
  if (++c->nest_depth > 3000) {
    c->nest_depth--;
    return 0; // the symbol table already rejected such depths
  }
  int r = 0;
  switch (e->kind) {
  case EXPR_BoolOp: r = opt_exprs(c, &e->v.boolop.values); break;
  case EXPR_BinOp:
    r = opt_expr(c, e->v.binop.left) < 0 || opt_expr(c, e->v.binop.right) < 0
            ? -1 : fold_binop(c, e);
    break;
  case EXPR_UnaryOp:
    r = opt_expr(c, e->v.unaryop.operand) < 0 ? -1 : fold_unaryop(c, e);
    break;
  case EXPR_Lambda:
    r = opt_arguments(c, e->v.lambda.args) < 0 ? -1 : opt_expr(c, e->v.lambda.body);
    break;
  case EXPR_IfExp:
    r = opt_expr(c, e->v.ifexp.test) < 0 || opt_expr(c, e->v.ifexp.body) < 0
            ? -1 : opt_expr(c, e->v.ifexp.orelse);
    break;
  case EXPR_Dict:
    r = opt_exprs(c, &e->v.dict.keys) < 0 ? -1 : opt_exprs(c, &e->v.dict.values);
    break;
  case EXPR_Set: r = opt_exprs(c, &e->v.set.elts); break;
  case EXPR_ListComp:
  case EXPR_SetComp:
  case EXPR_GeneratorExp:
    r = opt_expr(c, e->v.comp.elt) < 0 ? -1
        : opt_comprehensions(c, &e->v.comp.generators);
    break;
  case EXPR_DictComp:
    r = opt_expr(c, e->v.comp.key) < 0 || opt_expr(c, e->v.comp.value) < 0
            ? -1 : opt_comprehensions(c, &e->v.comp.generators);
    break;
  case EXPR_Await:
  case EXPR_Yield:
  case EXPR_YieldFrom:
    r = e->v.yield.value ? opt_expr(c, e->v.yield.value) : 0;
    break;
  case EXPR_Compare: {
    ExprSeq *cs = &e->v.compare.comparators;
    r = opt_expr(c, e->v.compare.left) < 0 || opt_exprs(c, cs) < 0 ? -1 : 0;
    CmpOpKind last = e->v.compare.ops[e->v.compare.n - 1];
    if (r == 0 && (last == AST_In || last == AST_NotIn))
      r = fold_iter(c, cs->items[cs->len - 1]);
    break;
  }
  case EXPR_Call:
    r = opt_expr(c, e->v.call.func) < 0 || opt_exprs(c, &e->v.call.args) < 0 ? -1 : 0;
    for (int i = 0; r == 0 && i < e->v.call.keywords.len; i++)
      r = opt_expr(c, e->v.call.keywords.items[i]->value);
    break;
  case EXPR_FormattedValue:
    r = opt_expr(c, e->v.formatted.value) < 0 ? -1
        : e->v.formatted.format_spec ? opt_expr(c, e->v.formatted.format_spec) : 0;
    break;
  case EXPR_JoinedStr: r = opt_exprs(c, &e->v.joinedstr.values); break;
  case EXPR_Attribute: r = opt_expr(c, e->v.attribute.value); break;
  case EXPR_Subscript:
    r = opt_expr(c, e->v.subscript.value) < 0 || opt_expr(c, e->v.subscript.slice) < 0
            ? -1 : fold_subscript(c, e);
    break;
  case EXPR_Starred: r = opt_expr(c, e->v.starred.value); break;
  case EXPR_Slice:
    r = (e->v.slice.lower && opt_expr(c, e->v.slice.lower) < 0) ||
                (e->v.slice.upper && opt_expr(c, e->v.slice.upper) < 0) ||
                (e->v.slice.step && opt_expr(c, e->v.slice.step) < 0)
            ? -1 : 0;
    break;
  case EXPR_List: r = opt_exprs(c, &e->v.list.elts); break;
  case EXPR_Tuple:
    r = opt_exprs(c, &e->v.list.elts) < 0 ? -1
        : e->v.list.ctx == AST_Load ? fold_tuple(c, e) : 0;
    break;
  case EXPR_Name:
    if (e->v.name.ctx == AST_Load && strcmp(e->v.name.id, "__debug__") == 0)
      r = make_const(c, e, vm_bool(c->vm, true));
    break;
  case EXPR_NamedExpr: r = opt_expr(c, e->v.namedexpr.value); break;
  case EXPR_Constant: break;
  }
  c->nest_depth--;
  return r;
}

static int opt_stmt(Compiler *c, Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef:
    if (opt_arguments(c, s->v.funcdef.args) < 0 ||
        opt_stmts(c, &s->v.funcdef.body) < 0 ||
        opt_exprs(c, &s->v.funcdef.decorator_list) < 0)
      return -1;
    return s->v.funcdef.returns ? opt_expr(c, s->v.funcdef.returns) : 0;
  case STMT_ClassDef:
    if (opt_exprs(c, &s->v.classdef.bases) < 0 ||
        opt_stmts(c, &s->v.classdef.body) < 0)
      return -1;
    for (int i = 0; i < s->v.classdef.keywords.len; i++)
      if (opt_expr(c, s->v.classdef.keywords.items[i]->value) < 0) return -1;
    return opt_exprs(c, &s->v.classdef.decorator_list);
  case STMT_Return:
    return s->v.return_.value ? opt_expr(c, s->v.return_.value) : 0;
  case STMT_Delete:
    return opt_exprs(c, &s->v.delete_.targets);
  case STMT_Assign:
    return opt_exprs(c, &s->v.assign.targets) < 0 ? -1
                                                  : opt_expr(c, s->v.assign.value);
  case STMT_AugAssign:
    return opt_expr(c, s->v.augassign.target) < 0 ? -1
           : opt_expr(c, s->v.augassign.value);
  case STMT_AnnAssign:
    if (opt_expr(c, s->v.annassign.target) < 0 ||
        opt_expr(c, s->v.annassign.annotation) < 0)
      return -1;
    return s->v.annassign.value ? opt_expr(c, s->v.annassign.value) : 0;
  case STMT_For:
  case STMT_AsyncFor:
    if (opt_expr(c, s->v.for_.target) < 0 || opt_expr(c, s->v.for_.iter) < 0 ||
        opt_stmts(c, &s->v.for_.body) < 0 || opt_stmts(c, &s->v.for_.orelse) < 0)
      return -1;
    return fold_iter(c, s->v.for_.iter);
  case STMT_While:
  case STMT_If:
    if (opt_expr(c, s->v.if_.test) < 0 || opt_stmts(c, &s->v.if_.body) < 0)
      return -1;
    return opt_stmts(c, &s->v.if_.orelse);
  case STMT_With:
  case STMT_AsyncWith:
    for (int i = 0; i < s->v.with.items.len; i++) {
      WithItem *w = s->v.with.items.items[i];
      if (opt_expr(c, w->context_expr) < 0) return -1;
      if (w->optional_vars && opt_expr(c, w->optional_vars) < 0) return -1;
    }
    return opt_stmts(c, &s->v.with.body);
  case STMT_Raise:
    if (s->v.raise.exc && opt_expr(c, s->v.raise.exc) < 0) return -1;
    return s->v.raise.cause ? opt_expr(c, s->v.raise.cause) : 0;
  case STMT_Try:
  case STMT_TryStar:
    if (opt_stmts(c, &s->v.try_.body) < 0 || opt_stmts(c, &s->v.try_.orelse) < 0 ||
        opt_stmts(c, &s->v.try_.finalbody) < 0)
      return -1;
    for (int i = 0; i < s->v.try_.handlers.len; i++) {
      ExceptHandler *h = s->v.try_.handlers.items[i];
      if ((h->type && opt_expr(c, h->type) < 0) || opt_stmts(c, &h->body) < 0)
        return -1;
    }
    return 0;
  case STMT_Assert:
    if (opt_expr(c, s->v.assert_.test) < 0) return -1;
    return s->v.assert_.msg ? opt_expr(c, s->v.assert_.msg) : 0;
  case STMT_Expr:
    return opt_expr(c, s->v.expr.value);
  default:
    return 0;
  }
}

static int opt_stmts(Compiler *c, StmtSeq *s) {
  for (int i = 0; i < s->len; i++)
    if (opt_stmt(c, s->items[i]) < 0) return -1;
  return 0;
}

int cf_optimize(Compiler *c, Module *mod) {
  int depth = c->nest_depth;
  int r = opt_stmts(c, &mod->body);
  c->nest_depth = depth;
  return r;
}
