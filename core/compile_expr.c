// compile_expr.c — code generation for expressions, following CPython
// 3.11's compile.c: method calls through LOAD_METHOD, keyword names through
// KW_NAMES, star-unpacking helpers, comparison chains with SWAP/COPY,
// comprehensions as nested functions, and each instruction located at the
// node CPython uses (so traceback carets match).
#include "compile_impl.h"

#include "abstract.h"
#include "errors.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

enum { STACK_USE_GUIDELINE = 30 };

// ---- Constants --------------------------------------------------------------------------

static int load_constant(Compiler *c, Constant *k) {
  Object *o = cf_constant_value(c, k);
  if (!o) {
    c->failed = true;
    return -1;
  }
  return cu_load_const(c, o);
}

Object *ce_fold(Compiler *c, Expr *e) {
  return e->kind == EXPR_Constant ? cf_constant_value(c, &e->v.constant) : NULL;
}

static bool is_const_expr(Expr *e) { return e && e->kind == EXPR_Constant; }

// ---- Collections --------------------------------------------------------------------------

static bool all_const(ExprSeq *s) {
  for (int i = 0; i < s->len; i++)
    if (!is_const_expr(s->items[i])) return false;
  return true;
}

static Object *const_tuple_of(Compiler *c, ExprSeq *s) {
  Object *t = tuple_new(c->vm, s->len);
  for (int i = 0; t && i < s->len; i++) {
    Object *v = ce_fold(c, s->items[i]);
    if (!v) {
      decref(c->vm, t);
      return NULL;
    }
    tuple_init_item(c->vm, t, i, v);
  }
  return t;
}

// starunpack_helper: list/tuple/set displays and *args.
static int starunpack(Compiler *c, ExprSeq *elts, int pushed, Opcode build,
                      Opcode add, Opcode extend, bool tuple) {
  int n = elts->len;
  if (n > 2 && all_const(elts)) {
    Object *folded = const_tuple_of(c, elts);
    if (!folded) return -1;
    if (tuple) {
      if (pushed == 0) return cu_load_const(c, folded);
    }
    if (build == OP_BUILD_SET) {
      Object *fs = set_new(c->vm, c->vm->t.frozenset, folded);
      decref(c->vm, folded);
      if (!fs) return -1;
      folded = fs;
    }
    if (cu_emit(c, build, pushed) < 0 || cu_load_const(c, folded) < 0 ||
        cu_emit(c, extend, 1) < 0)
      return -1;
    return tuple ? cu_emit(c, OP_LIST_TO_TUPLE, 0) : 0;
  }
  bool big = n + pushed > STACK_USE_GUIDELINE, seen_star = false;
  for (int i = 0; i < n; i++)
    if (elts->items[i]->kind == EXPR_Starred) seen_star = true;
  if (!seen_star && !big) {
    for (int i = 0; i < n; i++)
      if (ce_expr(c, elts->items[i]) < 0) return -1;
    if (tuple) return cu_emit(c, OP_BUILD_TUPLE, n + pushed);
    return cu_emit(c, build, n + pushed);
  }
  int sequence_built = 0;
  if (big) {
    if (cu_emit(c, build, pushed) < 0) return -1;
    sequence_built = 1;
  }
  for (int i = 0; i < n; i++) {
    Expr *elt = elts->items[i];
    if (elt->kind == EXPR_Starred) {
      if (!sequence_built) {
        if (cu_emit(c, build, i + pushed) < 0) return -1;
        sequence_built = 1;
      }
      if (ce_expr(c, elt->v.starred.value) < 0 || cu_emit(c, extend, 1) < 0)
        return -1;
    } else {
      if (ce_expr(c, elt) < 0) return -1;
      if (sequence_built && cu_emit(c, add, 1) < 0) return -1;
    }
  }
  return tuple ? cu_emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

static int compile_subdict(Compiler *c, Expr *e, int begin, int end) {
  int n = end - begin;
  ExprSeq keys = {n, e->v.dict.keys.items + begin};
  bool big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && all_const(&keys)) {
    for (int i = begin; i < end; i++)
      if (ce_expr(c, e->v.dict.values.items[i]) < 0) return -1;
    Object *k = const_tuple_of(c, &keys);
    if (!k || cu_load_const(c, k) < 0) return -1;
    return cu_emit(c, OP_BUILD_CONST_KEY_MAP, n);
  }
  if (big && cu_emit(c, OP_BUILD_MAP, 0) < 0) return -1;
  for (int i = begin; i < end; i++) {
    if (ce_expr(c, e->v.dict.keys.items[i]) < 0 ||
        ce_expr(c, e->v.dict.values.items[i]) < 0)
      return -1;
    if (big && cu_emit(c, OP_MAP_ADD, 1) < 0) return -1;
  }
  return big ? 0 : cu_emit(c, OP_BUILD_MAP, n);
}

static int compile_dict(Compiler *c, Expr *e) {
  int n = e->v.dict.values.len, elements = 0;
  bool have_dict = false;
  for (int i = 0; i < n; i++) {
    bool is_unpacking = e->v.dict.keys.items[i] == NULL;
    if (is_unpacking) {
      if (elements) {
        if (compile_subdict(c, e, i - elements, i) < 0) return -1;
        if (have_dict && cu_emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        if (cu_emit(c, OP_BUILD_MAP, 0) < 0) return -1;
        have_dict = true;
      }
      if (ce_expr(c, e->v.dict.values.items[i]) < 0 ||
          cu_emit(c, OP_DICT_UPDATE, 1) < 0)
        return -1;
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      if (compile_subdict(c, e, i - elements, i + 1) < 0) return -1;
      if (have_dict && cu_emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    if (compile_subdict(c, e, n - elements, n) < 0) return -1;
    if (have_dict && cu_emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
    have_dict = true;
  }
  return have_dict ? 0 : cu_emit(c, OP_BUILD_MAP, 0);
}

// ---- Operators ------------------------------------------------------------------------------

static const NbOp binop_of[] = {
    [AST_Add] = NB_ADD, [AST_Sub] = NB_SUB, [AST_Mult] = NB_MUL,
    [AST_MatMult] = NB_MATMUL, [AST_Div] = NB_TRUEDIV, [AST_Mod] = NB_MOD,
    [AST_Pow] = NB_POW, [AST_LShift] = NB_LSHIFT, [AST_RShift] = NB_RSHIFT,
    [AST_BitOr] = NB_OR, [AST_BitXor] = NB_XOR, [AST_BitAnd] = NB_AND,
    [AST_FloorDiv] = NB_FLOORDIV};

int ce_binop_arg(OperatorKind op, bool inplace) {
  return (int)binop_of[op] + (inplace ? NB_COUNT : 0);
}

static int compare_op(Compiler *c, CmpOpKind op) {
  switch (op) {
  case AST_Eq: return cu_emit(c, OP_COMPARE_OP, CMP_EQ);
  case AST_NotEq: return cu_emit(c, OP_COMPARE_OP, CMP_NE);
  case AST_Lt: return cu_emit(c, OP_COMPARE_OP, CMP_LT);
  case AST_LtE: return cu_emit(c, OP_COMPARE_OP, CMP_LE);
  case AST_Gt: return cu_emit(c, OP_COMPARE_OP, CMP_GT);
  case AST_GtE: return cu_emit(c, OP_COMPARE_OP, CMP_GE);
  case AST_Is: return cu_emit(c, OP_IS_OP, 0);
  case AST_IsNot: return cu_emit(c, OP_IS_OP, 1);
  case AST_In: return cu_emit(c, OP_CONTAINS_OP, 0);
  case AST_NotIn: return cu_emit(c, OP_CONTAINS_OP, 1);
  }
  return -1;
}


// check_compare: `x is 257` compiles with a SyntaxWarning.
static void check_is_literal(Compiler *c, Expr *e) {
  Expr *left = e->v.compare.left;
  for (int i = 0; i < e->v.compare.n; i++) {
    CmpOpKind op = e->v.compare.ops[i];
    Expr *right = e->v.compare.comparators.items[i];
    if (op == AST_Is || op == AST_IsNot) {
      Expr *args[2] = {left, right};
      for (int k = 0; k < 2; k++) {
        Expr *a = args[k];
        if (a->kind != EXPR_Constant) continue;
        ConstKind kk = a->v.constant.kind;
        if (kk == CONST_NONE || kk == CONST_TRUE || kk == CONST_FALSE ||
            kk == CONST_ELLIPSIS)
          continue;
        if (kk == CONST_OBJECT) {
          Object *o = a->v.constant.object;
          if (o == c->vm->none || o == c->vm->true_ || o == c->vm->false_ ||
              o == c->vm->ellipsis)
            continue;
        }
        compile_warn(c, e->loc, op == AST_Is
                                    ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
    }
    left = right;
  }
}

static int compile_compare(Compiler *c, Expr *e) {
  check_is_literal(c, e);
  if (ce_expr(c, e->v.compare.left) < 0) return -1;
  int n = e->v.compare.n - 1;
  ExprSeq *cs = &e->v.compare.comparators;
  if (n == 0)
    return ce_expr(c, cs->items[0]) < 0 ? -1 : compare_op(c, e->v.compare.ops[0]);
  int cleanup = cu_new_label(c), end = cu_new_label(c);
  for (int i = 0; i < n; i++) {
    if (ce_expr(c, cs->items[i]) < 0 || cu_emit(c, OP_SWAP, 2) < 0 ||
        cu_emit(c, OP_COPY, 2) < 0 || compare_op(c, e->v.compare.ops[i]) < 0 ||
        cu_emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0)
      return -1;
  }
  if (ce_expr(c, cs->items[n]) < 0 || compare_op(c, e->v.compare.ops[n]) < 0 ||
      cu_emit_noline(c, OP_JUMP, end) < 0)
    return -1;
  cu_place_label(c, cleanup);
  if (cu_emit(c, OP_SWAP, 2) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

static int compile_boolop(Compiler *c, Expr *e) {
  Opcode jump = e->v.boolop.op == AST_And ? OP_JUMP_IF_FALSE_OR_POP
                                          : OP_JUMP_IF_TRUE_OR_POP;
  int end = cu_new_label(c);
  ExprSeq *s = &e->v.boolop.values;
  for (int i = 0; i < s->len - 1; i++)
    if (ce_expr(c, s->items[i]) < 0 || cu_emit(c, jump, end) < 0) return -1;
  if (ce_expr(c, s->items[s->len - 1]) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

int ce_jump_if(Compiler *c, Expr *e, int label, bool cond) {
  switch (e->kind) {
  case EXPR_UnaryOp:
    if (e->v.unaryop.op == AST_Not)
      return ce_jump_if(c, e->v.unaryop.operand, label, !cond);
    break;
  case EXPR_BoolOp: {
    ExprSeq *s = &e->v.boolop.values;
    bool cond2 = e->v.boolop.op == AST_Or;
    int next2 = label;
    if (cond2 != cond) next2 = cu_new_label(c);
    for (int i = 0; i < s->len - 1; i++)
      if (ce_jump_if(c, s->items[i], next2, cond2) < 0) return -1;
    if (ce_jump_if(c, s->items[s->len - 1], label, cond) < 0) return -1;
    if (next2 != label) cu_place_label(c, next2);
    return 0;
  }
  case EXPR_IfExp: {
    int end = cu_new_label(c), next2 = cu_new_label(c);
    if (ce_jump_if(c, e->v.ifexp.test, next2, false) < 0 ||
        ce_jump_if(c, e->v.ifexp.body, label, cond) < 0 ||
        cu_emit_noline(c, OP_JUMP, end) < 0)
      return -1;
    cu_place_label(c, next2);
    if (ce_jump_if(c, e->v.ifexp.orelse, label, cond) < 0) return -1;
    cu_place_label(c, end);
    return 0;
  }
  case EXPR_Compare:
    // CPython sets the comparison's location here and leaves it set: the
    // instructions after the jump (an assert's raise) carry it too.
    cu_set_loc(c, e->loc);
    if (e->v.compare.n > 1) {
      check_is_literal(c, e);
      if (ce_expr(c, e->v.compare.left) < 0) return -1;
      int n = e->v.compare.n - 1, cleanup = cu_new_label(c);
      ExprSeq *cs = &e->v.compare.comparators;
      for (int i = 0; i < n; i++) {
        if (ce_expr(c, cs->items[i]) < 0 || cu_emit(c, OP_SWAP, 2) < 0 ||
            cu_emit(c, OP_COPY, 2) < 0 || compare_op(c, e->v.compare.ops[i]) < 0 ||
            cu_emit(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0)
          return -1;
      }
      if (ce_expr(c, cs->items[n]) < 0 || compare_op(c, e->v.compare.ops[n]) < 0 ||
          cu_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) < 0)
        return -1;
      int end = cu_new_label(c);
      if (cu_emit_noline(c, OP_JUMP, end) < 0) return -1;
      cu_place_label(c, cleanup);
      if (cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
      if (!cond && cu_emit_noline(c, OP_JUMP, label) < 0) return -1;
      cu_place_label(c, end);
      return 0;
    }
    break;
  default:
    break;
  }
  if (ce_expr(c, e) < 0) return -1;
  return cu_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

// ---- Calls ---------------------------------------------------------------------------------

static int kw_names(Compiler *c, KeywordSeq *kws, int from, int to) {
  Object *names = tuple_new(c->vm, to - from);
  for (int i = from; names && i < to; i++) {
    Object *n = cu_str(c, kws->items[i]->arg);
    if (!n) {
      decref(c->vm, names);
      return -1;
    }
    tuple_init_item(c->vm, names, i - from, n);
  }
  if (!names) return -1;
  int idx = cu_add_const(c, names);
  return idx < 0 ? -1 : cu_emit(c, OP_KW_NAMES, idx);
}

static int validate_keywords(Compiler *c, KeywordSeq *kws) {
  for (int i = 0; i < kws->len; i++) {
    const char *a = kws->items[i]->arg;
    if (!a) continue;
    for (int j = i + 1; j < kws->len; j++) {
      const char *b = kws->items[j]->arg;
      if (b && strcmp(a, b) == 0)
        return cu_error(c, kws->items[j]->loc, "keyword argument repeated: %s", a);
    }
  }
  return 0;
}

// {name: value} for the keywords [begin, end) (compiler_subkwargs).
static int subkwargs(Compiler *c, KeywordSeq *kws, int begin, int end) {
  int n = end - begin;
  if (n > 1 && !(n * 2 > STACK_USE_GUIDELINE)) {
    for (int i = begin; i < end; i++)
      if (ce_expr(c, kws->items[i]->value) < 0) return -1;
    Object *keys = tuple_new(c->vm, n);
    for (int i = begin; keys && i < end; i++) {
      Object *k = cu_str(c, kws->items[i]->arg);
      if (!k) return -1;
      tuple_init_item(c->vm, keys, i - begin, k);
    }
    if (!keys || cu_load_const(c, keys) < 0) return -1;
    return cu_emit(c, OP_BUILD_CONST_KEY_MAP, n);
  }
  bool big = n * 2 > STACK_USE_GUIDELINE;
  if (big && cu_emit(c, OP_BUILD_MAP, 0) < 0) return -1;
  for (int i = begin; i < end; i++) {
    Object *k = cu_str(c, kws->items[i]->arg);
    if (!k || cu_load_const(c, k) < 0 || ce_expr(c, kws->items[i]->value) < 0)
      return -1;
    if (big && cu_emit(c, OP_MAP_ADD, 1) < 0) return -1;
  }
  return big ? 0 : cu_emit(c, OP_BUILD_MAP, n);
}

static int call_ex(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws) {
  if (n == 0 && args->len == 1 && args->items[0]->kind == EXPR_Starred) {
    if (ce_expr(c, args->items[0]->v.starred.value) < 0) return -1;
  } else if (starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND,
                        OP_LIST_EXTEND, true) < 0) {
    return -1;
  }
  int nkw = kws->len;
  if (nkw) {
    bool have_dict = false;
    int nseen = 0;
    for (int i = 0; i < nkw; i++) {
      Keyword *kw = kws->items[i];
      if (!kw->arg) {
        if (nseen) {
          if (subkwargs(c, kws, i - nseen, i) < 0) return -1;
          if (have_dict && cu_emit(c, OP_DICT_MERGE, 1) < 0) return -1;
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          if (cu_emit(c, OP_BUILD_MAP, 0) < 0) return -1;
          have_dict = true;
        }
        if (ce_expr(c, kw->value) < 0 || cu_emit(c, OP_DICT_MERGE, 1) < 0)
          return -1;
      } else {
        nseen++;
      }
    }
    if (nseen) {
      if (subkwargs(c, kws, nkw - nseen, nkw) < 0) return -1;
      if (have_dict && cu_emit(c, OP_DICT_MERGE, 1) < 0) return -1;
    }
  }
  return cu_emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

int ce_call_helper(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws) {
  if (validate_keywords(c, kws) < 0) return -1;
  int nelts = args->len, nkw = kws->len;
  bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
  for (int i = 0; i < nelts; i++)
    if (args->items[i]->kind == EXPR_Starred) ex = true;
  for (int i = 0; i < nkw; i++)
    if (!kws->items[i]->arg) ex = true;
  if (ex) return call_ex(c, n, args, kws);
  if (ce_exprs(c, args) < 0) return -1;
  for (int i = 0; i < nkw; i++)
    if (ce_expr(c, kws->items[i]->value) < 0) return -1;
  if (nkw && kw_names(c, kws, 0, nkw) < 0) return -1;
  return cu_emit(c, OP_CALL, n + nelts + nkw);
}

// update_start_location_to_match_attr: a method name on a later line than
// its object starts the location at the name.
static Loc attr_loc(Compiler *c, Expr *attr, Loc loc) {
  if (loc.lineno != attr->loc.end_lineno) {
    loc.lineno = attr->loc.end_lineno;
    int len = (int)strlen(attr->v.attribute.attr);
    if (len <= attr->loc.end_col_offset) {
      loc.col_offset = attr->loc.end_col_offset - len;
    } else {
      loc.col_offset = loc.end_col_offset = -1;
    }
    if (loc.end_lineno < loc.lineno) loc.end_lineno = loc.lineno;
    if (loc.lineno == loc.end_lineno && loc.end_col_offset < loc.col_offset)
      loc.end_col_offset = loc.col_offset;
  }
  UNUSED(c);
  return loc;
}

static int method_call(Compiler *c, Expr *e) {
  Expr *meth = e->v.call.func;
  ExprSeq *args = &e->v.call.args;
  KeywordSeq *kws = &e->v.call.keywords;
  if (args->len + kws->len + (kws->len != 0) >= STACK_USE_GUIDELINE) return 1;
  for (int i = 0; i < args->len; i++)
    if (args->items[i]->kind == EXPR_Starred) return 1;
  for (int i = 0; i < kws->len; i++)
    if (!kws->items[i]->arg) return 1;
  if (ce_expr(c, meth->v.attribute.value) < 0) return -1;
  cu_set_loc(c, attr_loc(c, meth, meth->loc));
  Object *name = cu_mangle(c, meth->v.attribute.attr);
  int ni = name ? cu_add_name(c, name) : -1;
  xdecref(c->vm, name);
  if (ni < 0 || cu_emit(c, OP_LOAD_METHOD, ni) < 0) return -1;
  if (ce_exprs(c, args) < 0) return -1;
  for (int i = 0; i < kws->len; i++)
    if (ce_expr(c, kws->items[i]->value) < 0) return -1;
  if (kws->len && kw_names(c, kws, 0, kws->len) < 0) return -1;
  cu_set_loc(c, attr_loc(c, meth, e->loc));
  return cu_emit(c, OP_CALL, args->len + kws->len);
}

static int compile_call(Compiler *c, Expr *e) {
  if (validate_keywords(c, &e->v.call.keywords) < 0) return -1;
  Expr *f = e->v.call.func;
  if (f->kind == EXPR_Attribute && f->v.attribute.ctx == AST_Load) {
    int r = method_call(c, e);
    if (r <= 0) return r;
  }
  ce_check_caller(c, e);
  cu_set_loc(c, f->loc);
  if (cu_emit(c, OP_PUSH_NULL, 0) < 0) return -1;
  cu_set_loc(c, e->loc);
  if (ce_expr(c, f) < 0) return -1;
  cu_set_loc(c, e->loc);
  return ce_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords);
}

// ---- Functions, lambdas, comprehensions ------------------------------------------------------

int ce_make_closure(Compiler *c, Object *code, int flags, Object *qualname) {
  CodeObject *co = (CodeObject *)code;
  if (co->nfrees) {
    for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++) {
      Object *name = tuple_get(co->localsplusnames, i);
      int arg = cu_lookup_cell_or_free(c, name, true);
      if (arg < 0) {
        err_format(c->vm, c->vm->t.SystemError,
                   "compiler_lookup_arg(name=%R) failed", name);
        c->failed = true;
        return -1;
      }
      if (cu_emit(c, OP_LOAD_CLOSURE, arg) < 0) return -1;
    }
    flags |= MF_CLOSURE;
    if (cu_emit(c, OP_BUILD_TUPLE, co->nfrees) < 0) return -1;
  }
  UNUSED(qualname);
  if (cu_load_const(c, newref(c->vm, code)) < 0) return -1;
  return cu_emit(c, OP_MAKE_FUNCTION, flags);
}

int ce_default_arguments(Compiler *c, Arguments *a) {
  int flags = 0;
  if (a->defaults.len) {
    if (starunpack(c, &a->defaults, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                   OP_LIST_EXTEND, true) < 0)
      return -1;
    flags |= MF_DEFAULTS;
  }
  int nkw = 0;
  for (int i = 0; i < a->kwonlyargs.len; i++) {
    Expr *d = a->kw_defaults.items[i];
    if (!d) continue;
    Object *name = cu_mangle(c, a->kwonlyargs.items[i]->arg);
    if (!name || cu_load_const(c, name) < 0 || ce_expr(c, d) < 0) return -1;
    nkw++;
  }
  if (nkw) {
    if (cu_emit(c, OP_BUILD_MAP, nkw) < 0) return -1;
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

// Annotations are evaluated at definition (3.11: no PEP 563) into a tuple
// (name, value, name, value, ...); returns 1 if any, 0 if none, -1.
static int annotation_of(Compiler *c, const char *name, Expr *ann, int *n) {
  if (!ann) return 0;
  Object *m = cu_mangle(c, name);
  if (!m || cu_load_const(c, m) < 0 || ce_expr(c, ann) < 0) return -1;
  (*n)++;
  return 0;
}

int ce_annotations(Compiler *c, Arguments *a, Expr *returns) {
  int n = 0;
  ArgSeq *seqs[] = {&a->posonlyargs, &a->args};
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < seqs[k]->len; i++)
      if (annotation_of(c, seqs[k]->items[i]->arg, seqs[k]->items[i]->annotation,
                        &n) < 0)
        return -1;
  if (a->vararg && annotation_of(c, a->vararg->arg, a->vararg->annotation, &n) < 0)
    return -1;
  for (int i = 0; i < a->kwonlyargs.len; i++)
    if (annotation_of(c, a->kwonlyargs.items[i]->arg,
                      a->kwonlyargs.items[i]->annotation, &n) < 0)
      return -1;
  if (a->kwarg && annotation_of(c, a->kwarg->arg, a->kwarg->annotation, &n) < 0)
    return -1;
  if (returns && annotation_of(c, "return", returns, &n) < 0) return -1;
  if (!n) return 0;
  return cu_emit(c, OP_BUILD_TUPLE, n * 2) < 0 ? -1 : 1;
}

static int compile_lambda(Compiler *c, Expr *e) {
  Arguments *a = e->v.lambda.args;
  int flags = ce_default_arguments(c, a);
  if (flags < 0) return -1;
  Object *name = cu_str(c, "<lambda>");
  int r = name ? cu_enter_scope(c, name, UNIT_LAMBDA, e, e->loc.lineno) : -1;
  xdecref(c->vm, name);
  if (r < 0) return -1;
  // None is the first constant, so a lambda never has a docstring.
  if (cu_add_const(c, vm_none(c->vm)) < 0) goto fail;
  c->u->argcount = a->args.len + a->posonlyargs.len;
  c->u->posonlyargcount = a->posonlyargs.len;
  c->u->kwonlyargcount = a->kwonlyargs.len;
  cu_set_loc(c, e->v.lambda.body->loc);
  if (ce_expr(c, e->v.lambda.body) < 0) goto fail;
  if (c->u->scope->generator) {
    if (cu_emit(c, OP_POP_TOP, 0) < 0 || cu_load_none(c) < 0) goto fail;
  }
  if (cu_emit(c, OP_RETURN_VALUE, 0) < 0) goto fail;
  Object *code = ca_assemble(c);
  Object *qualname = code ? newref(c->vm, c->u->qualname) : NULL;
  cu_exit_scope(c);
  if (!code) return -1;
  cu_set_loc(c, e->loc);
  r = ce_make_closure(c, code, flags, qualname);
  decref(c->vm, code);
  decref(c->vm, qualname);
  return r;
fail:
  cu_exit_scope(c);
  return -1;
}

// The comprehension kinds are symtable.h's ComprehensionKind.
static int comprehension_generator(Compiler *c, ComprehensionSeq *gens,
                                   int index, int depth, Expr *elt, Expr *val,
                                   int type);

static int comp_append(Compiler *c, Expr *elt, Expr *val, int type,
                       int depth) {
  switch (type) {
  case COMP_GENEXP:
    return ce_expr(c, elt) < 0 || cu_emit(c, OP_YIELD_VALUE, 0) < 0
               ? -1 : cu_emit(c, OP_POP_TOP, 0);
  case COMP_LIST:
    return ce_expr(c, elt) < 0 ? -1 : cu_emit(c, OP_LIST_APPEND, depth + 1);
  case COMP_SET:
    return ce_expr(c, elt) < 0 ? -1 : cu_emit(c, OP_SET_ADD, depth + 1);
  default:
    return ce_expr(c, elt) < 0 || ce_expr(c, val) < 0
               ? -1 : cu_emit(c, OP_MAP_ADD, depth + 1);
  }
}

static int comprehension_generator(Compiler *c, ComprehensionSeq *gens,
                                   int index, int depth, Expr *elt, Expr *val,
                                   int type) {
  Comprehension *g = gens->items[index];
  int start = cu_new_label(c), if_cleanup = cu_new_label(c),
      anchor = cu_new_label(c);
  if (index == 0) {
    c->u->argcount = 1;
    if (cu_emit(c, OP_LOAD_FAST, 0) < 0) return -1;
  } else {
    if (ce_expr(c, g->iter) < 0 || cu_emit(c, OP_GET_ITER, 0) < 0) return -1;
  }
  depth++;
  cu_place_label(c, start);
  if (cu_emit(c, OP_FOR_ITER, anchor) < 0 || ce_assign_target(c, g->target) < 0)
    return -1;
  for (int i = 0; i < g->ifs.len; i++)
    if (ce_jump_if(c, g->ifs.items[i], if_cleanup, false) < 0) return -1;
  if (++index < gens->len) {
    if (comprehension_generator(c, gens, index, depth, elt, val, type) < 0)
      return -1;
  } else if (comp_append(c, elt, val, type, depth) < 0) {
    return -1;
  }
  cu_place_label(c, if_cleanup);
  if (cu_emit(c, OP_JUMP, start) < 0) return -1;
  cu_place_label(c, anchor);
  return 0;
}

static int compile_comprehension(Compiler *c, Expr *e, int type,
                                 const char *name) {
  ComprehensionSeq *gens = &e->v.comp.generators;
  Comprehension *outer = gens->items[0];
  Object *n = cu_str(c, name);
  int r = n ? cu_enter_scope(c, n, UNIT_COMPREHENSION, e, e->loc.lineno) : -1;
  xdecref(c->vm, n);
  if (r < 0) return -1;
  cu_set_loc(c, e->loc);
  if (type != COMP_GENEXP) {
    Opcode op = type == COMP_LIST ? OP_BUILD_LIST
                : type == COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP;
    if (cu_emit(c, op, 0) < 0) goto fail;
  }
  Expr *elt = type == COMP_DICT ? e->v.comp.key : e->v.comp.elt;
  if (comprehension_generator(c, gens, 0, 0, elt, e->v.comp.value, type) < 0)
    goto fail;
  if (type != COMP_GENEXP) {
    if (cu_emit(c, OP_RETURN_VALUE, 0) < 0) goto fail;
  } else if (cu_load_none(c) < 0 || cu_emit(c, OP_RETURN_VALUE, 0) < 0) {
    goto fail;
  }
  Object *code = ca_assemble(c);
  Object *qualname = code ? newref(c->vm, c->u->qualname) : NULL;
  cu_exit_scope(c);
  if (!code) return -1;
  r = ce_make_closure(c, code, 0, qualname);
  decref(c->vm, code);
  decref(c->vm, qualname);
  if (r < 0 || ce_expr(c, outer->iter) < 0 || cu_emit(c, OP_GET_ITER, 0) < 0)
    return -1;
  return cu_emit(c, OP_CALL, 0);
fail:
  cu_exit_scope(c);
  return -1;
}

// ---- f-strings ---------------------------------------------------------------------------------

static int compile_formatted(Compiler *c, Expr *e) {
  if (ce_expr(c, e->v.formatted.value) < 0) return -1;
  int conv = e->v.formatted.conversion;
  int flags = conv == 's' ? FV_STR : conv == 'r' ? FV_REPR
              : conv == 'a' ? FV_ASCII : FV_NONE;
  if (e->v.formatted.format_spec) {
    if (ce_expr(c, e->v.formatted.format_spec) < 0) return -1;
    flags |= FV_HAVE_SPEC;
  }
  return cu_emit(c, OP_FORMAT_VALUE, flags);
}

static int compile_joined(Compiler *c, Expr *e) {
  ExprSeq *vals = &e->v.joinedstr.values;
  if (vals->len > STACK_USE_GUIDELINE) {
    // ''.join([...]) as CPython does for long f-strings
    Object *empty = cu_str(c, "");
    if (!empty || cu_load_const(c, empty) < 0) return -1;
    Object *join = cu_str(c, "join");
    int ni = join ? cu_add_name(c, join) : -1;
    xdecref(c->vm, join);
    if (ni < 0 || cu_emit(c, OP_LOAD_METHOD, ni) < 0 ||
        cu_emit(c, OP_BUILD_LIST, 0) < 0)
      return -1;
    for (int i = 0; i < vals->len; i++)
      if (ce_expr(c, vals->items[i]) < 0 || cu_emit(c, OP_LIST_APPEND, 1) < 0)
        return -1;
    return cu_emit(c, OP_CALL, 1);
  }
  if (ce_exprs(c, vals) < 0) return -1;
  if (vals->len != 1) return cu_emit(c, OP_BUILD_STRING, vals->len);
  return 0;
}

// ---- Subscripts and slices ------------------------------------------------------------------

static int compile_slice(Compiler *c, Expr *s) {
  int n = 2;
  if (s->v.slice.lower) {
    if (ce_expr(c, s->v.slice.lower) < 0) return -1;
  } else if (cu_load_none(c) < 0) {
    return -1;
  }
  if (s->v.slice.upper) {
    if (ce_expr(c, s->v.slice.upper) < 0) return -1;
  } else if (cu_load_none(c) < 0) {
    return -1;
  }
  if (s->v.slice.step) {
    n++;
    if (ce_expr(c, s->v.slice.step) < 0) return -1;
  }
  return cu_emit(c, OP_BUILD_SLICE, n);
}

static int compile_subscript(Compiler *c, Expr *e) {
  ExprContext ctx = e->v.subscript.ctx;
  if (ctx == AST_Load) ce_check_subscript(c, e);
  if (ce_expr(c, e->v.subscript.value) < 0) return -1;
  Expr *s = e->v.subscript.slice;
  if (s->kind == EXPR_Slice) {
    if (compile_slice(c, s) < 0) return -1;
  } else if (ce_expr(c, s) < 0) {
    return -1;
  }
  cu_set_loc(c, e->loc);
  Opcode op = ctx == AST_Load ? OP_BINARY_SUBSCR
              : ctx == AST_Store ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR;
  return cu_emit(c, op, 0);
}

// ---- Yield ----------------------------------------------------------------------------------

static int compile_yield_from(Compiler *c) {
  int send = cu_new_label(c), exit = cu_new_label(c);
  cu_place_label(c, send);
  if (cu_emit(c, OP_SEND, exit) < 0 || cu_emit(c, OP_YIELD_VALUE, 0) < 0 ||
      cu_emit_noline(c, OP_JUMP, send) < 0)
    return -1;
  cu_place_label(c, exit);
  return 0;
}

// ---- Dispatch --------------------------------------------------------------------------------

static int expr1(Compiler *c, Expr *e) {
  Vm *vm = c->vm;
  switch (e->kind) {
  case EXPR_NamedExpr:
    if (ce_expr(c, e->v.namedexpr.value) < 0 || cu_emit(c, OP_COPY, 1) < 0)
      return -1;
    return ce_assign_target(c, e->v.namedexpr.target);
  case EXPR_BoolOp:
    return compile_boolop(c, e);
  case EXPR_BinOp:
    if (ce_expr(c, e->v.binop.left) < 0 || ce_expr(c, e->v.binop.right) < 0)
      return -1;
    cu_set_loc(c, e->loc);
    return cu_emit(c, OP_BINARY_OP, ce_binop_arg(e->v.binop.op, false));
  case EXPR_UnaryOp: {
    if (ce_expr(c, e->v.unaryop.operand) < 0) return -1;
    cu_set_loc(c, e->loc);
    static const Opcode ops[] = {[AST_Invert] = OP_UNARY_INVERT,
                                 [AST_Not] = OP_UNARY_NOT,
                                 [AST_UAdd] = OP_UNARY_POSITIVE,
                                 [AST_USub] = OP_UNARY_NEGATIVE};
    return cu_emit(c, ops[e->v.unaryop.op], 0);
  }
  case EXPR_Lambda:
    return compile_lambda(c, e);
  case EXPR_IfExp: {
    int end = cu_new_label(c), next = cu_new_label(c);
    if (ce_jump_if(c, e->v.ifexp.test, next, false) < 0 ||
        ce_expr(c, e->v.ifexp.body) < 0 || cu_emit_noline(c, OP_JUMP, end) < 0)
      return -1;
    cu_place_label(c, next);
    if (ce_expr(c, e->v.ifexp.orelse) < 0) return -1;
    cu_place_label(c, end);
    return 0;
  }
  case EXPR_Dict:
    return compile_dict(c, e);
  case EXPR_Set:
    return starunpack(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD,
                      OP_SET_UPDATE, false);
  case EXPR_GeneratorExp:
    return compile_comprehension(c, e, COMP_GENEXP, "<genexpr>");
  case EXPR_ListComp:
    return compile_comprehension(c, e, COMP_LIST, "<listcomp>");
  case EXPR_SetComp:
    return compile_comprehension(c, e, COMP_SET, "<setcomp>");
  case EXPR_DictComp:
    return compile_comprehension(c, e, COMP_DICT, "<dictcomp>");
  case EXPR_Yield:
    if (c->u->scope->type != BLOCK_FUNCTION)
      return cu_error(c, e->loc, "'yield' outside function");
    if (e->v.yield.value) {
      if (ce_expr(c, e->v.yield.value) < 0) return -1;
    } else if (cu_load_none(c) < 0) {
      return -1;
    }
    return cu_emit(c, OP_YIELD_VALUE, 0);
  case EXPR_YieldFrom:
    if (c->u->scope->type != BLOCK_FUNCTION)
      return cu_error(c, e->loc, "'yield' outside function");
    if (ce_expr(c, e->v.yield.value) < 0 ||
        cu_emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0 || cu_load_none(c) < 0)
      return -1;
    return compile_yield_from(c);
  case EXPR_Await:
    return cu_error(c, e->loc, "'await' outside function");
  case EXPR_Compare:
    return compile_compare(c, e);
  case EXPR_Call:
    return compile_call(c, e);
  case EXPR_FormattedValue:
    return compile_formatted(c, e);
  case EXPR_JoinedStr:
    return compile_joined(c, e);
  case EXPR_Constant:
    return load_constant(c, &e->v.constant);
  case EXPR_Attribute: {
    ExprContext ctx = e->v.attribute.ctx;
    if (cu_check_debug(c, e->v.attribute.attr, ctx) < 0 ||
        ce_expr(c, e->v.attribute.value) < 0)
      return -1;
    cu_set_loc(c, attr_loc(c, e, e->loc));
    Object *name = cu_mangle(c, e->v.attribute.attr);
    int ni = name ? cu_add_name(c, name) : -1;
    xdecref(vm, name);
    if (ni < 0) return -1;
    Opcode op = ctx == AST_Load ? OP_LOAD_ATTR
                : ctx == AST_Store ? OP_STORE_ATTR : OP_DELETE_ATTR;
    return cu_emit(c, op, ni);
  }
  case EXPR_Subscript:
    return compile_subscript(c, e);
  case EXPR_Starred:
    if (e->v.starred.ctx == AST_Store)
      return cu_error(c, e->loc, "starred assignment target must be in a list or tuple");
    return cu_error(c, e->loc, "can't use starred expression here");
  case EXPR_Slice:
    return compile_slice(c, e);
  case EXPR_Name:
    return cu_nameop(c, e->v.name.id, e->v.name.ctx);
  case EXPR_List:
  case EXPR_Tuple:
    if (e->v.list.ctx == AST_Store) return ce_unpack_helper(c, &e->v.list.elts, e->loc);
    if (e->v.list.ctx == AST_Del) {
      for (int i = 0; i < e->v.list.elts.len; i++)
        if (ce_expr(c, e->v.list.elts.items[i]) < 0) return -1;
      return 0;
    }
    return starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                      OP_LIST_EXTEND, e->kind == EXPR_Tuple);
  }
  return 0;
}

int ce_expr(Compiler *c, Expr *e) {
  if (c->failed) return -1;
  Loc saved = c->u->loc;
  cu_set_loc(c, e->loc);
  int r = expr1(c, e);
  c->u->loc = saved;
  return r;
}

int ce_exprs(Compiler *c, ExprSeq *s) {
  for (int i = 0; i < s->len; i++)
    if (ce_expr(c, s->items[i]) < 0) return -1;
  return 0;
}

// ---- Assignment targets ---------------------------------------------------------------------

int ce_unpack_helper(Compiler *c, ExprSeq *elts, Loc loc) {
  int n = elts->len, star = -1;
  for (int i = 0; i < n; i++) {
    if (elts->items[i]->kind != EXPR_Starred) continue;
    if (star >= 0)
      return cu_error(c, loc, "multiple starred expressions in assignment");
    star = i;
  }
  cu_set_loc(c, loc);
  if (star >= 0) {
    if (star >= (1 << 8) || n - star - 1 >= (INT32_MAX >> 8))
      return cu_error(c, loc, "too many expressions in star-unpacking assignment");
    if (cu_emit(c, OP_UNPACK_EX, star + ((n - star - 1) << 8)) < 0) return -1;
  } else if (cu_emit(c, OP_UNPACK_SEQUENCE, n) < 0) {
    return -1;
  }
  for (int i = 0; i < n; i++) {
    Expr *t = elts->items[i];
    if (ce_assign_target(c, t->kind == EXPR_Starred ? t->v.starred.value : t) < 0)
      return -1;
  }
  return 0;
}

int ce_assign_target(Compiler *c, Expr *t) {
  switch (t->kind) {
  case EXPR_Name:
  case EXPR_Attribute:
  case EXPR_Subscript:
  case EXPR_List:
  case EXPR_Tuple:
    return ce_expr(c, t);
  case EXPR_Starred:
    return cu_error(c, t->loc, "starred assignment target must be in a list or tuple");
  default:
    return cu_error(c, t->loc, "cannot assign to expression");
  }
}

int ce_delete_target(Compiler *c, Expr *t) { return ce_expr(c, t); }
