// compile_stmt.c — code generation for statements, following CPython 3.11's
// compile.c: try/except with PUSH_EXC_INFO/POP_EXCEPT and the implicit
// `e = None; del e`, try/finally, with/__exit__, loops, unwinding on
// break/continue/return (compiler_unwind_fblock), class bodies run by
// __build_class__, decorators, imports, annotations.
#include "compile_impl.h"

#include "errors.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"
#include "int.h"

int ce_binop_arg(OperatorKind op, bool inplace);

static int stmts(Compiler *c, StmtSeq *s) {
  for (int i = 0; i < s->len; i++)
    if (cs_stmt(c, s->items[i]) < 0) return -1;
  return 0;
}

// ---- Unwinding ---------------------------------------------------------------------

static int call_exit_with_nones(Compiler *c) {
  for (int i = 0; i < 3; i++)
    if (cu_load_none(c) < 0) return -1;
  return cu_emit(c, OP_CALL, 2);
}

static int unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos) {
  switch (info->kind) {
  case FB_WHILE_LOOP:
  case FB_EXCEPTION_HANDLER:
    return 0;
  case FB_FOR_LOOP:
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    return cu_emit(c, OP_POP_TOP, 0);
  case FB_TRY_EXCEPT:
    return cu_emit(c, OP_POP_BLOCK, 0);
  case FB_FINALLY_TRY:
    if (cu_emit(c, OP_POP_BLOCK, 0) < 0) return -1;
    if (preserve_tos && cu_push_fblock(c, FB_POP_VALUE, -1, -1, NULL) < 0)
      return -1;
    if (stmts(c, (StmtSeq *)info->datum) < 0) return -1;
    if (preserve_tos) cu_pop_fblock(c);
    cu_unset_loc(c);
    return 0;
  case FB_FINALLY_END:
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    if (cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    if (cu_emit(c, OP_POP_BLOCK, 0) < 0) return -1;
    return cu_emit(c, OP_POP_EXCEPT, 0);
  case FB_WITH:
    cu_set_loc(c, ((const Stmt *)info->datum)->loc);
    if (cu_emit(c, OP_POP_BLOCK, 0) < 0) return -1;
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    if (call_exit_with_nones(c) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
    cu_unset_loc(c);
    return 0;
  case FB_HANDLER_CLEANUP:
    if (info->datum && cu_emit(c, OP_POP_BLOCK, 0) < 0) return -1;
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    if (cu_emit(c, OP_POP_BLOCK, 0) < 0 || cu_emit(c, OP_POP_EXCEPT, 0) < 0)
      return -1;
    if (info->datum) {
      const char *name = info->datum;
      if (cu_load_none(c) < 0 || cu_nameop(c, name, AST_Store) < 0 ||
          cu_nameop(c, name, AST_Del) < 0)
        return -1;
    }
    return 0;
  case FB_POP_VALUE:
    if (preserve_tos && cu_emit(c, OP_SWAP, 2) < 0) return -1;
    return cu_emit(c, OP_POP_TOP, 0);
  }
  return 0;
}

// Unwinds the blocks up to (not including) the innermost loop when [loop]
// is given; all of them otherwise.
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock *loop,
                               bool *found_loop) {
  Unit *u = c->u;
  if (u->nfblocks == 0) return 0;
  FBlock *top = &u->fblocks[u->nfblocks - 1];
  if (found_loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
    *loop = *top;
    *found_loop = true;
    return 0;
  }
  FBlock copy = *top;
  u->nfblocks--;
  int r = unwind_fblock(c, &copy, preserve_tos);
  if (r == 0) r = unwind_fblock_stack(c, preserve_tos, loop, found_loop);
  u->fblocks[u->nfblocks++] = copy;
  return r;
}

static int compile_return(Compiler *c, Stmt *s) {
  Expr *v = s->v.return_.value;
  bool preserve = v && v->kind != EXPR_Constant;
  if (c->u->scope->type != BLOCK_FUNCTION)
    return cu_error(c, s->loc, "'return' outside function");
  if (preserve) {
    if (ce_expr(c, v) < 0) return -1;
  } else if (v) {
    cu_set_loc(c, v->loc);
    if (cu_emit(c, OP_NOP, 0) < 0) return -1;
  }
  if (!v || v->loc.lineno != s->loc.lineno) {
    cu_set_loc(c, s->loc);
    if (cu_emit(c, OP_NOP, 0) < 0) return -1;
  }
  if (unwind_fblock_stack(c, preserve, NULL, NULL) < 0) return -1;
  if (!v) {
    if (cu_load_none(c) < 0) return -1;
  } else if (!preserve && ce_expr(c, v) < 0) {
    return -1;
  }
  return cu_emit(c, OP_RETURN_VALUE, 0);
}

static int compile_break_continue(Compiler *c, Stmt *s, bool is_break) {
  Loc loc = s->loc;
  if (cu_emit(c, OP_NOP, 0) < 0) return -1;
  FBlock loop;
  bool found = false;
  if (unwind_fblock_stack(c, false, &loop, &found) < 0) return -1;
  if (!found)
    return cu_error(c, loc, is_break ? "'break' outside loop"
                                     : "'continue' not properly in loop");
  if (is_break) {
    if (unwind_fblock(c, &loop, false) < 0) return -1;
    return cu_emit(c, OP_JUMP, loop.exit_label);
  }
  return cu_emit(c, OP_JUMP, loop.block_label);
}

// ---- Control flow -------------------------------------------------------------------

static int compile_if(Compiler *c, Stmt *s) {
  int end = cu_new_label(c);
  int next = s->v.if_.orelse.len ? cu_new_label(c) : end;
  if (ce_jump_if(c, s->v.if_.test, next, false) < 0 || stmts(c, &s->v.if_.body) < 0)
    return -1;
  if (s->v.if_.orelse.len) {
    if (cu_emit_noline(c, OP_JUMP, end) < 0) return -1;
    cu_place_label(c, next);
    if (stmts(c, &s->v.if_.orelse) < 0) return -1;
  }
  cu_place_label(c, end);
  return 0;
}

static int compile_for(Compiler *c, Stmt *s) {
  int start = cu_new_label(c), cleanup = cu_new_label(c), end = cu_new_label(c);
  if (cu_push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0) return -1;
  if (ce_expr(c, s->v.for_.iter) < 0 || cu_emit(c, OP_GET_ITER, 0) < 0) return -1;
  cu_place_label(c, start);
  if (cu_emit(c, OP_FOR_ITER, cleanup) < 0 ||
      ce_assign_target(c, s->v.for_.target) < 0 || stmts(c, &s->v.for_.body) < 0)
    return -1;
  cu_unset_loc(c);
  if (cu_emit(c, OP_JUMP, start) < 0) return -1;
  cu_place_label(c, cleanup);
  cu_pop_fblock(c);
  if (stmts(c, &s->v.for_.orelse) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

static int compile_while(Compiler *c, Stmt *s) {
  int loop = cu_new_label(c), body = cu_new_label(c), anchor = cu_new_label(c),
      end = cu_new_label(c);
  cu_place_label(c, loop);
  if (cu_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL) < 0) return -1;
  if (ce_jump_if(c, s->v.while_.test, anchor, false) < 0) return -1;
  cu_place_label(c, body);
  if (stmts(c, &s->v.while_.body) < 0) return -1;
  cu_set_loc(c, s->loc);
  if (ce_jump_if(c, s->v.while_.test, body, true) < 0) return -1;
  cu_pop_fblock(c);
  cu_place_label(c, anchor);
  if (stmts(c, &s->v.while_.orelse) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

// ---- try / except / finally ----------------------------------------------------------

static int pop_except_and_reraise(Compiler *c) {
  if (cu_emit(c, OP_COPY, 3) < 0 || cu_emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
  return cu_emit(c, OP_RERAISE, 1);
}

static int handler_body(Compiler *c, ExceptHandler *h, int end) {
  if (h->name) {
    int cleanup_end = cu_new_label(c), cleanup_body = cu_new_label(c);
    if (cu_nameop(c, h->name, AST_Store) < 0 ||
        cu_emit(c, OP_SETUP_CLEANUP, cleanup_end) < 0)
      return -1;
    cu_place_label(c, cleanup_body);
    if (cu_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name) < 0 ||
        stmts(c, &h->body) < 0)
      return -1;
    cu_pop_fblock(c);
    cu_unset_loc(c);
    if (cu_emit(c, OP_POP_BLOCK, 0) < 0 || cu_emit(c, OP_POP_BLOCK, 0) < 0 ||
        cu_emit(c, OP_POP_EXCEPT, 0) < 0 || cu_load_none(c) < 0 ||
        cu_nameop(c, h->name, AST_Store) < 0 || cu_nameop(c, h->name, AST_Del) < 0 ||
        cu_emit(c, OP_JUMP, end) < 0)
      return -1;
    cu_place_label(c, cleanup_end);
    cu_unset_loc(c);
    if (cu_load_none(c) < 0 || cu_nameop(c, h->name, AST_Store) < 0 ||
        cu_nameop(c, h->name, AST_Del) < 0)
      return -1;
    return cu_emit(c, OP_RERAISE, 1);
  }
  int cleanup_body = cu_new_label(c);
  if (cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
  cu_place_label(c, cleanup_body);
  if (cu_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL) < 0 ||
      stmts(c, &h->body) < 0)
    return -1;
  cu_pop_fblock(c);
  cu_unset_loc(c);
  if (cu_emit(c, OP_POP_BLOCK, 0) < 0 || cu_emit(c, OP_POP_EXCEPT, 0) < 0)
    return -1;
  return cu_emit(c, OP_JUMP, end);
}

static int compile_try_except(Compiler *c, Stmt *s) {
  int body = cu_new_label(c), except = cu_new_label(c), end = cu_new_label(c),
      cleanup = cu_new_label(c);
  if (cu_emit(c, OP_SETUP_FINALLY, except) < 0) return -1;
  cu_place_label(c, body);
  if (cu_push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL) < 0 ||
      stmts(c, &s->v.try_.body) < 0)
    return -1;
  cu_pop_fblock(c);
  if (cu_emit_noline(c, OP_POP_BLOCK, 0) < 0 || stmts(c, &s->v.try_.orelse) < 0 ||
      cu_emit_noline(c, OP_JUMP, end) < 0)
    return -1;
  int n = s->v.try_.handlers.len;
  cu_place_label(c, except);
  cu_unset_loc(c);
  if (cu_emit(c, OP_SETUP_CLEANUP, cleanup) < 0 ||
      cu_emit(c, OP_PUSH_EXC_INFO, 0) < 0 ||
      cu_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL) < 0)
    return -1;
  for (int i = 0; i < n; i++) {
    ExceptHandler *h = s->v.try_.handlers.items[i];
    cu_set_loc(c, h->loc);
    if (!h->type && i < n - 1)
      return cu_error(c, h->loc, "default 'except:' must be last");
    int next = cu_new_label(c);
    if (h->type) {
      if (ce_expr(c, h->type) < 0 || cu_emit(c, OP_CHECK_EXC_MATCH, 0) < 0 ||
          cu_emit(c, OP_POP_JUMP_IF_FALSE, next) < 0)
        return -1;
    }
    if (handler_body(c, h, end) < 0) return -1;
    cu_place_label(c, next);
  }
  cu_unset_loc(c);
  cu_pop_fblock(c);
  if (cu_emit(c, OP_RERAISE, 0) < 0) return -1;
  cu_place_label(c, cleanup);
  if (pop_except_and_reraise(c) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

static int compile_try_finally(Compiler *c, Stmt *s) {
  int body = cu_new_label(c), end = cu_new_label(c), exit = cu_new_label(c),
      cleanup = cu_new_label(c);
  StmtSeq *finalbody = &s->v.try_.finalbody;
  if (cu_emit(c, OP_SETUP_FINALLY, end) < 0) return -1;
  cu_place_label(c, body);
  if (cu_push_fblock(c, FB_FINALLY_TRY, body, end, finalbody) < 0) return -1;
  if (s->v.try_.handlers.len) {
    if (compile_try_except(c, s) < 0) return -1;
  } else if (stmts(c, &s->v.try_.body) < 0) {
    return -1;
  }
  if (cu_emit_noline(c, OP_POP_BLOCK, 0) < 0) return -1;
  cu_pop_fblock(c);
  if (stmts(c, finalbody) < 0 || cu_emit_noline(c, OP_JUMP, exit) < 0) return -1;
  cu_place_label(c, end);
  cu_unset_loc(c);
  if (cu_emit(c, OP_SETUP_CLEANUP, cleanup) < 0 ||
      cu_emit(c, OP_PUSH_EXC_INFO, 0) < 0 ||
      cu_push_fblock(c, FB_FINALLY_END, end, -1, NULL) < 0 ||
      stmts(c, finalbody) < 0)
    return -1;
  cu_pop_fblock(c);
  if (cu_emit(c, OP_RERAISE, 0) < 0) return -1;
  cu_place_label(c, cleanup);
  if (pop_except_and_reraise(c) < 0) return -1;
  cu_place_label(c, exit);
  return 0;
}

static int compile_try(Compiler *c, Stmt *s) {
  if (s->kind == STMT_TryStar)
    return cu_error(c, s->loc, "except* is not supported by Refscope");
  if (s->v.try_.finalbody.len) return compile_try_finally(c, s);
  return compile_try_except(c, s);
}

// ---- with --------------------------------------------------------------------------------

static int with_except_finish(Compiler *c, int cleanup) {
  int exit = cu_new_label(c);
  if (cu_emit(c, OP_POP_JUMP_IF_TRUE, exit) < 0) return -1;
  cu_unset_loc(c);
  if (cu_emit(c, OP_RERAISE, 2) < 0) return -1;
  cu_place_label(c, exit);
  if (cu_emit(c, OP_POP_TOP, 0) < 0 || cu_emit(c, OP_POP_BLOCK, 0) < 0 ||
      cu_emit(c, OP_POP_EXCEPT, 0) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0 ||
      cu_emit(c, OP_POP_TOP, 0) < 0)
    return -1;
  int after = cu_new_label(c);
  if (cu_emit(c, OP_JUMP, after) < 0) return -1;
  cu_place_label(c, cleanup);
  if (pop_except_and_reraise(c) < 0) return -1;
  cu_place_label(c, after);
  return 0;
}

static int compile_with(Compiler *c, Stmt *s, int pos) {
  WithItem *item = s->v.with.items.items[pos];
  int block = cu_new_label(c), final = cu_new_label(c), exit = cu_new_label(c),
      cleanup = cu_new_label(c);
  if (ce_expr(c, item->context_expr) < 0) return -1;
  cu_set_loc(c, s->loc);
  if (cu_emit(c, OP_BEFORE_WITH, 0) < 0 || cu_emit(c, OP_SETUP_WITH, final) < 0)
    return -1;
  cu_place_label(c, block);
  if (cu_push_fblock(c, FB_WITH, block, final, s) < 0) return -1;
  if (item->optional_vars) {
    if (ce_assign_target(c, item->optional_vars) < 0) return -1;
  } else if (cu_emit(c, OP_POP_TOP, 0) < 0) {
    return -1;
  }
  pos++;
  if (pos == s->v.with.items.len) {
    if (stmts(c, &s->v.with.body) < 0) return -1;
  } else if (compile_with(c, s, pos) < 0) {
    return -1;
  }
  cu_unset_loc(c);
  if (cu_emit(c, OP_POP_BLOCK, 0) < 0) return -1;
  cu_pop_fblock(c);
  cu_set_loc(c, s->loc);
  if (call_exit_with_nones(c) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0 ||
      cu_emit(c, OP_JUMP, exit) < 0)
    return -1;
  cu_place_label(c, final);
  if (cu_emit(c, OP_SETUP_CLEANUP, cleanup) < 0 ||
      cu_emit(c, OP_PUSH_EXC_INFO, 0) < 0 ||
      cu_emit(c, OP_WITH_EXCEPT_START, 0) < 0 || with_except_finish(c, cleanup) < 0)
    return -1;
  cu_place_label(c, exit);
  return 0;
}

// ---- Assignment ------------------------------------------------------------------------------

static int compile_assign(Compiler *c, Stmt *s) {
  ExprSeq *targets = &s->v.assign.targets;
  if (ce_expr(c, s->v.assign.value) < 0) return -1;
  for (int i = 0; i < targets->len; i++) {
    if (i < targets->len - 1 && cu_emit(c, OP_COPY, 1) < 0) return -1;
    if (ce_assign_target(c, targets->items[i]) < 0) return -1;
  }
  return 0;
}

static int compile_augassign(Compiler *c, Stmt *s) {
  Expr *e = s->v.augassign.target;
  Loc saved = c->u->loc;
  cu_set_loc(c, e->loc);
  switch (e->kind) {
  case EXPR_Attribute: {
    if (ce_expr(c, e->v.attribute.value) < 0 || cu_emit(c, OP_COPY, 1) < 0)
      return -1;
    Object *n = cu_mangle(c, e->v.attribute.attr);
    int ni = n ? cu_add_name(c, n) : -1;
    xdecref(c->vm, n);
    if (ni < 0 || cu_emit(c, OP_LOAD_ATTR, ni) < 0) return -1;
    break;
  }
  case EXPR_Subscript:
    if (ce_expr(c, e->v.subscript.value) < 0) return -1;
    if (e->v.subscript.slice->kind == EXPR_Slice) {
      if (ce_expr(c, e->v.subscript.slice) < 0) return -1;
    } else if (ce_expr(c, e->v.subscript.slice) < 0) {
      return -1;
    }
    if (cu_emit(c, OP_COPY, 2) < 0 || cu_emit(c, OP_COPY, 2) < 0 ||
        cu_emit(c, OP_BINARY_SUBSCR, 0) < 0)
      return -1;
    break;
  case EXPR_Name:
    if (cu_nameop(c, e->v.name.id, AST_Load) < 0) return -1;
    break;
  default:
    return cu_error(c, e->loc, "illegal expression for augmented assignment");
  }
  c->u->loc = saved;
  if (ce_expr(c, s->v.augassign.value) < 0) return -1;
  cu_set_loc(c, s->loc);
  if (cu_emit(c, OP_BINARY_OP, ce_binop_arg(s->v.augassign.op, true)) < 0)
    return -1;
  cu_set_loc(c, e->loc);
  switch (e->kind) {
  case EXPR_Attribute: {
    Object *n = cu_mangle(c, e->v.attribute.attr);
    int ni = n ? cu_add_name(c, n) : -1;
    xdecref(c->vm, n);
    if (ni < 0 || cu_emit(c, OP_SWAP, 2) < 0) return -1;
    return cu_emit(c, OP_STORE_ATTR, ni);
  }
  case EXPR_Subscript:
    if (cu_emit(c, OP_SWAP, 3) < 0 || cu_emit(c, OP_SWAP, 2) < 0) return -1;
    return cu_emit(c, OP_STORE_SUBSCR, 0);
  default:
    return cu_nameop(c, e->v.name.id, AST_Store);
  }
}

static int compile_annassign(Compiler *c, Stmt *s) {
  Expr *t = s->v.annassign.target;
  if (s->v.annassign.value) {
    if (ce_expr(c, s->v.annassign.value) < 0 || ce_assign_target(c, t) < 0)
      return -1;
  }
  if (t->kind == EXPR_Name) {
    UnitKind k = c->u->kind;
    if (s->v.annassign.simple && (k == UNIT_MODULE || k == UNIT_CLASS)) {
      if (ce_expr(c, s->v.annassign.annotation) < 0) return -1;
      Object *ann = cu_str(c, "__annotations__");
      int ni = ann ? cu_add_name(c, ann) : -1;
      xdecref(c->vm, ann);
      Object *m = cu_mangle(c, t->v.name.id);
      if (ni < 0 || !m || cu_emit(c, OP_LOAD_NAME, ni) < 0 ||
          cu_load_const(c, m) < 0)
        return -1;
      return cu_emit(c, OP_STORE_SUBSCR, 0);
    }
    return 0;
  }
  // Complex targets: the target's parts are evaluated (not assigned).
  if (!s->v.annassign.value) {
    if (t->kind == EXPR_Attribute) {
      if (ce_expr(c, t->v.attribute.value) < 0) return -1;
      if (cu_emit(c, OP_POP_TOP, 0) < 0) return -1;
    } else if (t->kind == EXPR_Subscript) {
      if (ce_expr(c, t->v.subscript.value) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0 ||
          ce_expr(c, t->v.subscript.slice) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0)
        return -1;
    }
  }
  UnitKind k = c->u->kind;
  if (k == UNIT_MODULE || k == UNIT_CLASS) {
    if (ce_expr(c, s->v.annassign.annotation) < 0) return -1;
    return cu_emit(c, OP_POP_TOP, 0);
  }
  return 0;
}

// ---- Raise, assert, import ---------------------------------------------------------------------

static int compile_raise(Compiler *c, Stmt *s) {
  int n = 0;
  if (s->v.raise.exc) {
    if (ce_expr(c, s->v.raise.exc) < 0) return -1;
    n++;
    if (s->v.raise.cause) {
      if (ce_expr(c, s->v.raise.cause) < 0) return -1;
      n++;
    }
  }
  cu_set_loc(c, s->loc);
  return cu_emit(c, OP_RAISE_VARARGS, n);
}

static int compile_assert(Compiler *c, Stmt *s) {
  Expr *test = s->v.assert_.test;
  if (test->kind == EXPR_Tuple && test->v.list.elts.len > 0)
    compile_warn(c, s->loc, "assertion is always true, perhaps remove parentheses?");
  int end = cu_new_label(c);
  // The raise keeps the location ce_jump_if left (a comparison's).
  if (ce_jump_if(c, test, end, true) < 0) return -1;
  if (cu_emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0) return -1;
  if (s->v.assert_.msg) {
    if (ce_expr(c, s->v.assert_.msg) < 0) return -1;
    if (cu_emit(c, OP_CALL, 0) < 0) return -1;
  }
  if (cu_emit(c, OP_RAISE_VARARGS, 1) < 0) return -1;
  cu_place_label(c, end);
  return 0;
}

static int load_int_const(Compiler *c, int v) {
  return cu_load_const(c, int_from_i64(c->vm, v));
}

static int store_import_as(Compiler *c, const char *dotted, const char *asname) {
  // import a.b.c as d: IMPORT_NAME a.b.c, then IMPORT_FROM b, c, store d
  const char *dot = strchr(dotted, '.');
  if (dot) {
    while (dot) {
      const char *start = dot + 1;
      const char *next = strchr(start, '.');
      size_t len = next ? (size_t)(next - start) : strlen(start);
      char *part = arena_strndup(c->arena, start, len);
      Object *n = part ? cu_str(c, part) : NULL;
      int ni = n ? cu_add_name(c, n) : -1;
      xdecref(c->vm, n);
      if (ni < 0 || cu_emit(c, OP_IMPORT_FROM, ni) < 0) return -1;
      if (next && (cu_emit(c, OP_SWAP, 2) < 0 || cu_emit(c, OP_POP_TOP, 0) < 0))
        return -1;
      dot = next;
    }
    if (cu_nameop(c, asname, AST_Store) < 0) return -1;
    return cu_emit(c, OP_POP_TOP, 0);
  }
  return cu_nameop(c, asname, AST_Store);
}

static int compile_import(Compiler *c, Stmt *s) {
  AliasSeq *names = &s->v.import.names;
  for (int i = 0; i < names->len; i++) {
    Alias *a = names->items[i];
    Object *n = cu_str(c, a->name);
    int ni = n ? cu_add_name(c, n) : -1;
    xdecref(c->vm, n);
    if (ni < 0 || load_int_const(c, 0) < 0 || cu_load_none(c) < 0 ||
        cu_emit(c, OP_IMPORT_NAME, ni) < 0)
      return -1;
    if (a->asname) {
      if (store_import_as(c, a->name, a->asname) < 0) return -1;
    } else {
      const char *dot = strchr(a->name, '.');
      const char *store = dot ? arena_strndup(c->arena, a->name,
                                              (size_t)(dot - a->name))
                              : a->name;
      if (!store || cu_nameop(c, store, AST_Store) < 0) return -1;
    }
  }
  return 0;
}

static int compile_from_import(Compiler *c, Stmt *s) {
  AliasSeq *names = &s->v.importfrom.names;
  Object *fromlist = tuple_new(c->vm, names->len);
  for (int i = 0; fromlist && i < names->len; i++) {
    Object *n = cu_str(c, names->items[i]->name);
    if (!n) return -1;
    tuple_init_item(c->vm, fromlist, i, n);
  }
  if (!fromlist) return -1;
  if (load_int_const(c, s->v.importfrom.level) < 0 ||
      cu_load_const(c, fromlist) < 0)
    return -1;
  Object *mod = cu_str(c, s->v.importfrom.module ? s->v.importfrom.module : "");
  int mi = mod ? cu_add_name(c, mod) : -1;
  xdecref(c->vm, mod);
  if (mi < 0 || cu_emit(c, OP_IMPORT_NAME, mi) < 0) return -1;
  for (int i = 0; i < names->len; i++) {
    Alias *a = names->items[i];
    if (strcmp(a->name, "*") == 0) return cu_emit(c, OP_IMPORT_STAR, 0);
    Object *n = cu_str(c, a->name);
    int ni = n ? cu_add_name(c, n) : -1;
    xdecref(c->vm, n);
    if (ni < 0 || cu_emit(c, OP_IMPORT_FROM, ni) < 0 ||
        cu_nameop(c, a->asname ? a->asname : a->name, AST_Store) < 0)
      return -1;
  }
  return cu_emit(c, OP_POP_TOP, 0);
}

// ---- Functions and classes -----------------------------------------------------------------------

static int apply_decorators(Compiler *c, ExprSeq *decos) {
  for (int i = decos->len - 1; i >= 0; i--) {
    cu_set_loc(c, decos->items[i]->loc);
    if (cu_emit(c, OP_CALL, 0) < 0) return -1;
  }
  return 0;
}

static bool is_docstring(Stmt *s) {
  return s->kind == STMT_Expr && s->v.expr.value->kind == EXPR_Constant &&
         s->v.expr.value->v.constant.kind == CONST_STR;
}

static int compile_function(Compiler *c, Stmt *s) {
  Arguments *a = s->v.funcdef.args;
  ExprSeq *decos = &s->v.funcdef.decorator_list;
  if (s->kind == STMT_AsyncFunctionDef)
    return cu_error(c, s->loc, "async functions are not supported by Refscope");
  if (ce_exprs(c, decos) < 0) return -1;
  int firstlineno = decos->len ? decos->items[0]->loc.lineno : s->loc.lineno;
  int flags = ce_default_arguments(c, a);
  if (flags < 0) return -1;
  int ann = ce_annotations(c, a, s->v.funcdef.returns);
  if (ann < 0) return -1;
  if (ann > 0) flags |= MF_ANNOTATIONS;
  Object *name = cu_str(c, s->v.funcdef.name);
  if (!name || cu_enter_scope(c, name, UNIT_FUNCTION, s, firstlineno) < 0) {
    xdecref(c->vm, name);
    return -1;
  }
  decref(c->vm, name);
  StmtSeq *body = &s->v.funcdef.body;
  bool doc = body->len > 0 && is_docstring(body->items[0]);
  Object *first = doc ? cf_constant_value(c, &body->items[0]->v.expr.value->v.constant)
                      : vm_none(c->vm);
  if (!first || cu_add_const(c, first) < 0) goto fail;
  c->u->argcount = a->args.len + a->posonlyargs.len;
  c->u->posonlyargcount = a->posonlyargs.len;
  c->u->kwonlyargcount = a->kwonlyargs.len;
  for (int i = doc ? 1 : 0; i < body->len; i++)
    if (cs_stmt(c, body->items[i]) < 0) goto fail;
  Object *code = ca_assemble(c);
  Object *qualname = code ? newref(c->vm, c->u->qualname) : NULL;
  cu_exit_scope(c);
  if (!code) return -1;
  cu_set_loc(c, s->loc);
  int r = ce_make_closure(c, code, flags, qualname);
  decref(c->vm, code);
  decref(c->vm, qualname);
  if (r < 0 || apply_decorators(c, decos) < 0) return -1;
  cu_set_loc(c, s->loc);
  return cu_nameop(c, s->v.funcdef.name, AST_Store);
fail:
  cu_exit_scope(c);
  return -1;
}

static bool has_annotations(StmtSeq *body);

static int compile_class_body(Compiler *c, Stmt *s) {
  Object *mod = cu_str(c, "__module__"), *qual = cu_str(c, "__qualname__");
  if (!mod || !qual) return -1;
  decref(c->vm, mod);
  decref(c->vm, qual);
  if (cu_nameop(c, "__name__", AST_Load) < 0 ||
      cu_nameop(c, "__module__", AST_Store) < 0 ||
      cu_load_const(c, newref(c->vm, c->u->qualname)) < 0 ||
      cu_nameop(c, "__qualname__", AST_Store) < 0)
    return -1;
  StmtSeq *body = &s->v.classdef.body;
  if (has_annotations(body) && cu_emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return -1;
  int first = 0;
  if (body->len > 0 && is_docstring(body->items[0])) {
    cu_set_loc(c, body->items[0]->loc);
    Object *d = cf_constant_value(c, &body->items[0]->v.expr.value->v.constant);
    if (!d || cu_load_const(c, d) < 0 || cu_nameop(c, "__doc__", AST_Store) < 0)
      return -1;
    first = 1;
  }
  for (int i = first; i < body->len; i++)
    if (cs_stmt(c, body->items[i]) < 0) return -1;
  cu_unset_loc(c);
  if (c->u->scope->needs_class_closure) {
    if (cu_emit(c, OP_LOAD_CLOSURE, 0) < 0 || cu_emit(c, OP_COPY, 1) < 0 ||
        cu_nameop(c, "__classcell__", AST_Store) < 0)
      return -1;
  } else if (cu_load_none(c) < 0) {
    return -1;
  }
  return cu_emit(c, OP_RETURN_VALUE, 0);
}

static int compile_class(Compiler *c, Stmt *s) {
  ExprSeq *decos = &s->v.classdef.decorator_list;
  if (ce_exprs(c, decos) < 0) return -1;
  int firstlineno = decos->len ? decos->items[0]->loc.lineno : s->loc.lineno;
  Object *name = cu_str(c, s->v.classdef.name);
  if (!name || cu_enter_scope(c, name, UNIT_CLASS, s, firstlineno) < 0) {
    xdecref(c->vm, name);
    return -1;
  }
  cu_set_loc(c, s->loc);
  if (compile_class_body(c, s) < 0) {
    decref(c->vm, name);
    cu_exit_scope(c);
    return -1;
  }
  Object *code = ca_assemble(c);
  cu_exit_scope(c);
  if (!code) {
    decref(c->vm, name);
    return -1;
  }
  cu_set_loc(c, s->loc);
  int r = cu_emit(c, OP_PUSH_NULL, 0) < 0 || cu_emit(c, OP_LOAD_BUILD_CLASS, 0) < 0 ||
                  ce_make_closure(c, code, 0, NULL) < 0 || cu_load_const(c, name) < 0
              ? -1 : 0;
  decref(c->vm, code);
  if (r < 0) return -1;
  if (ce_call_helper(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords) < 0 ||
      apply_decorators(c, decos) < 0)
    return -1;
  cu_set_loc(c, s->loc);
  return cu_nameop(c, s->v.classdef.name, AST_Store);
}

// ---- Dispatch -----------------------------------------------------------------------------------

static bool has_annotations(StmtSeq *body) {
  for (int i = 0; i < body->len; i++) {
    Stmt *s = body->items[i];
    switch (s->kind) {
    case STMT_AnnAssign: return true;
    case STMT_For:
    case STMT_AsyncFor:
      if (has_annotations(&s->v.for_.body) || has_annotations(&s->v.for_.orelse))
        return true;
      break;
    case STMT_While:
      if (has_annotations(&s->v.while_.body) ||
          has_annotations(&s->v.while_.orelse))
        return true;
      break;
    case STMT_If:
      if (has_annotations(&s->v.if_.body) || has_annotations(&s->v.if_.orelse))
        return true;
      break;
    case STMT_With:
      if (has_annotations(&s->v.with.body)) return true;
      break;
    case STMT_Try:
      if (has_annotations(&s->v.try_.body) || has_annotations(&s->v.try_.orelse) ||
          has_annotations(&s->v.try_.finalbody))
        return true;
      for (int k = 0; k < s->v.try_.handlers.len; k++)
        if (has_annotations(&s->v.try_.handlers.items[k]->body)) return true;
      break;
    default:
      break;
    }
  }
  return false;
}

int cs_stmt(Compiler *c, Stmt *s) {
  if (c->failed) return -1;
  cu_set_loc(c, s->loc);
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef: return compile_function(c, s);
  case STMT_ClassDef: return compile_class(c, s);
  case STMT_Return: return compile_return(c, s);
  case STMT_Delete:
    for (int i = 0; i < s->v.delete_.targets.len; i++)
      if (ce_delete_target(c, s->v.delete_.targets.items[i]) < 0) return -1;
    return 0;
  case STMT_Assign: return compile_assign(c, s);
  case STMT_AugAssign: return compile_augassign(c, s);
  case STMT_AnnAssign: return compile_annassign(c, s);
  case STMT_For: return compile_for(c, s);
  case STMT_While: return compile_while(c, s);
  case STMT_If: return compile_if(c, s);
  case STMT_With: return compile_with(c, s, 0);
  case STMT_Raise: return compile_raise(c, s);
  case STMT_Try:
  case STMT_TryStar: return compile_try(c, s);
  case STMT_Assert: return compile_assert(c, s);
  case STMT_Import: return compile_import(c, s);
  case STMT_ImportFrom: return compile_from_import(c, s);
  case STMT_Global:
  case STMT_Nonlocal:
  case STMT_Pass: return cu_emit(c, OP_NOP, 0);
  case STMT_Break: return compile_break_continue(c, s, true);
  case STMT_Continue: return compile_break_continue(c, s, false);
  case STMT_Expr:
    if (s->v.expr.value->kind == EXPR_Constant) return cu_emit(c, OP_NOP, 0);
    if (ce_expr(c, s->v.expr.value) < 0) return -1;
    cu_set_loc(c, s->loc);
    return cu_emit(c, OP_POP_TOP, 0);
  case STMT_AsyncFor:
  case STMT_AsyncWith:
    return cu_error(c, s->loc, "async statements are not supported by Refscope");
  }
  return 0;
}

int cs_body(Compiler *c, StmtSeq *body) {
  int first = 0;
  if (has_annotations(body) && cu_emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return -1;
  if (body->len > 0 && is_docstring(body->items[0])) {
    cu_set_loc(c, body->items[0]->loc);
    Object *d = cf_constant_value(c, &body->items[0]->v.expr.value->v.constant);
    if (!d || cu_load_const(c, d) < 0 || cu_nameop(c, "__doc__", AST_Store) < 0)
      return -1;
    first = 1;
  }
  for (int i = first; i < body->len; i++)
    if (cs_stmt(c, body->items[i]) < 0) return -1;
  return 0;
}
