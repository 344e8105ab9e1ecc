// compile_check.c — the SyntaxWarnings CPython 3.11's compiler gives for a
// literal that is called or subscripted ("'int' object is not callable;
// perhaps you missed a comma?"), from the expression's kind alone
// (compile.c's infer_type, check_caller, check_subscripter, check_index).
#include "compile_impl.h"

#include <stdio.h>
#include <string.h>

// The type name of a literal's value, or NULL when the kind says nothing.
static const char *constant_type(Constant *k) {
  switch (k->kind) {
  case CONST_NONE: return "NoneType";
  case CONST_TRUE: case CONST_FALSE: return "bool";
  case CONST_ELLIPSIS: return "ellipsis";
  case CONST_INT: return "int";
  case CONST_FLOAT: return "float";
  case CONST_COMPLEX: return "complex";
  case CONST_STR: return "str";
  case CONST_BYTES: return "bytes";
  case CONST_OBJECT: return ((Object *)k->object)->type->tp_name;
  }
  return NULL;
}

// infer_type: the type an expression's value must have, or NULL.
static const char *infer_type(Expr *e) {
  switch (e->kind) {
  case EXPR_Tuple: return "tuple";
  case EXPR_List: case EXPR_ListComp: return "list";
  case EXPR_Dict: case EXPR_DictComp: return "dict";
  case EXPR_Set: case EXPR_SetComp: return "set";
  case EXPR_GeneratorExp: return "generator";
  case EXPR_Lambda: return "function";
  case EXPR_JoinedStr: case EXPR_FormattedValue: return "str";
  case EXPR_Constant: return constant_type(&e->v.constant);
  default: return NULL;
  }
}

// "'<type>' object is not <what>; perhaps you missed a comma?"
static void warn_not(Compiler *c, Loc loc, const char *type, const char *what) {
  char msg[200];
  snprintf(msg, sizeof msg,
           "'%s' object is not %s; perhaps you missed a comma?", type, what);
  compile_warn(c, loc, msg);
}

void ce_check_caller(Compiler *c, Expr *call) {
  Expr *f = call->v.call.func;
  switch (f->kind) {
  case EXPR_Constant: case EXPR_Tuple: case EXPR_List: case EXPR_ListComp:
  case EXPR_Dict: case EXPR_DictComp: case EXPR_Set: case EXPR_SetComp:
  case EXPR_GeneratorExp: case EXPR_JoinedStr: case EXPR_FormattedValue:
    warn_not(c, call->loc, infer_type(f), "callable");
    return;
  default:
    return;
  }
}

// A literal whose type has no __getitem__ (the constants CPython checks).
static bool subscriptable_constant(Constant *k) {
  static const char *const scalars[] = {"NoneType", "ellipsis", "int", "bool",
                                        "float", "complex", "frozenset", "set"};
  const char *t = constant_type(k);
  for (size_t i = 0; i < COUNT_OF(scalars); i++)
    if (strcmp(t, scalars[i]) == 0) return false;
  return true;
}

static void check_subscripter(Compiler *c, Expr *e, Loc loc) {
  switch (e->kind) {
  case EXPR_Constant:
    if (subscriptable_constant(&e->v.constant)) return;
    // fall through
  case EXPR_Set: case EXPR_SetComp: case EXPR_GeneratorExp: case EXPR_Lambda:
    warn_not(c, loc, infer_type(e), "subscriptable");
    return;
  default:
    return;
  }
}

static bool is_sequence_constant(Constant *k) {
  const char *t = constant_type(k);
  return strcmp(t, "str") == 0 || strcmp(t, "bytes") == 0 ||
         strcmp(t, "tuple") == 0;
}

static void check_index(Compiler *c, Expr *e, Expr *s, Loc loc) {
  const char *index_type = infer_type(s);
  if (!index_type || strcmp(index_type, "int") == 0 ||
      strcmp(index_type, "bool") == 0)
    return;
  switch (e->kind) {
  case EXPR_Constant:
    if (!is_sequence_constant(&e->v.constant)) return;
    // fall through
  case EXPR_Tuple: case EXPR_List: case EXPR_ListComp: case EXPR_JoinedStr:
  case EXPR_FormattedValue:
  {
    char msg[200];
    snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s; "
             "perhaps you missed a comma?", infer_type(e), index_type);
    compile_warn(c, loc, msg);
    return;
  }
  default:
    return;
  }
}

void ce_check_subscript(Compiler *c, Expr *subscript) {
  Expr *value = subscript->v.subscript.value;
  check_subscripter(c, value, subscript->loc);
  check_index(c, value, subscript->v.subscript.slice, subscript->loc);
}
