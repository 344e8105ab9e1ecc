// compile_assemble.c — turns a unit's instructions into a code object:
// resolves labels, applies CPython's BUILD_TUPLE/UNPACK_SEQUENCE -> SWAP
// peephole (no tuple is made for `a, b = b, a`), walks the control flow to
// compute the stack depth and which exception handler covers each
// instruction (CPython's exception table), drops the SETUP/POP_BLOCK
// pseudo-instructions, fills in line numbers, and lays out localsplus.
#include "compile_impl.h"

#include "errors.h"
#include "list.h"
#include "specialize.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

#include <stdlib.h>

static bool is_jump(Opcode op) {
  switch (op) {
  case OP_FOR_ITER: case OP_SEND: case OP_JUMP: case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
  case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP: case OP_SETUP_FINALLY: case OP_SETUP_CLEANUP:
  case OP_SETUP_WITH:
    return true;
  default:
    return false;
  }
}

static bool is_setup(Opcode op) {
  return op == OP_SETUP_FINALLY || op == OP_SETUP_CLEANUP || op == OP_SETUP_WITH;
}

static bool no_fallthrough(Opcode op) {
  return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
         op == OP_RERAISE;
}

static int popcount(int x) {
  int n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

// The stack effect of [op] (when [jump], on the jumping edge).
static int stack_effect(Opcode op, int arg, bool jump) {
  switch (op) {
  case OP_NOP: case OP_SWAP: case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE:
  case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_GET_ITER:
  case OP_GET_YIELD_FROM_ITER: case OP_YIELD_VALUE: case OP_DELETE_FAST:
  case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_DELETE_DEREF:
  case OP_LOAD_ATTR: case OP_LIST_TO_TUPLE: case OP_KW_NAMES: case OP_JUMP:
  case OP_CHECK_EXC_MATCH: case OP_SETUP_ANNOTATIONS: case OP_RETURN_GENERATOR:
  case OP_POP_BLOCK:
    return 0;
  case OP_POP_TOP: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
  case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_RETURN_VALUE:
  case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
  case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_LIST_APPEND:
  case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
  case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
  case OP_POP_JUMP_IF_NOT_NONE: case OP_POP_EXCEPT: case OP_RERAISE:
  case OP_IMPORT_NAME: case OP_IMPORT_STAR:
    return -1;
  case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST:
  case OP_LOAD_NAME: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF:
  case OP_LOAD_CLOSURE: case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS:
  case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
  case OP_LOAD_ASSERTION_ERROR: case OP_IMPORT_FROM:
    return 1;
  case OP_STORE_SUBSCR: return -3;
  case OP_DELETE_SUBSCR: case OP_STORE_ATTR: case OP_MAP_ADD: return -2;
  case OP_BUILD_SLICE: return 1 - arg;
  case OP_FOR_ITER: return jump ? -1 : 1;
  case OP_SEND: return jump ? -1 : 0;
  case OP_LOAD_GLOBAL: return 1 + (arg & 1);
  case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
  case OP_BUILD_STRING:
    return 1 - arg;
  case OP_BUILD_MAP: return 1 - 2 * arg;
  case OP_BUILD_CONST_KEY_MAP: return -arg;
  case OP_UNPACK_SEQUENCE: return arg - 1;
  case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
  case OP_CALL: return -arg - 1;
  case OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
  case OP_MAKE_FUNCTION: return -popcount(arg & 0xF);
  case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    return jump ? 0 : -1;
  case OP_RAISE_VARARGS: return -arg;
  case OP_FORMAT_VALUE: return (arg & FV_HAVE_SPEC) ? -1 : 0;
  case OP_SETUP_FINALLY: return jump ? 1 : 0;
  case OP_SETUP_CLEANUP: return jump ? 2 : 0;
  case OP_SETUP_WITH: return jump ? 1 : 0;
  default:
    return 0;
  }
}

// ---- The flow pass ------------------------------------------------------------------------

typedef struct HandlerNode {
  int target;  // instruction index
  int depth;   // stack depth to unwind to
  int lasti;
  int parent;  // node index or -1
} HandlerNode;

typedef struct Flow {
  Instr *in;
  int n;
  int *depth;   // per instruction, -1 = not reached
  int *handler; // per instruction: innermost handler node, or -1
  HandlerNode *nodes;
  int nnodes;
  int *node_of_setup; // per instruction: the node a SETUP made
  int *work;
  int nwork;
  int maxdepth;
  bool bad;
} Flow;

static void visit(Flow *f, int i, int depth, int handler) {
  if (i >= f->n || f->bad) return;
  if (f->depth[i] >= 0) {
    if (f->depth[i] != depth || f->handler[i] != handler) f->bad = true;
    return;
  }
  f->depth[i] = depth;
  f->handler[i] = handler;
  f->work[f->nwork++] = i;
}

static void flow_from(Flow *f, int start) {
  int i = start, depth = f->depth[i], handler = f->handler[i];
  for (; i < f->n; i++) {
    if (i != start) {
      if (f->depth[i] >= 0) {
        if (f->depth[i] != depth || f->handler[i] != handler) f->bad = true;
        return;
      }
      f->depth[i] = depth;
      f->handler[i] = handler;
    }
    Instr *in = &f->in[i];
    Opcode op = in->op;
    if (depth > f->maxdepth) f->maxdepth = depth;
    if (is_setup(op)) {
      int node = f->node_of_setup[i];
      if (node < 0) {
        node = f->nnodes++;
        f->node_of_setup[i] = node;
        HandlerNode *h = &f->nodes[node];
        h->target = in->arg;
        h->lasti = op != OP_SETUP_FINALLY;
        h->depth = op == OP_SETUP_WITH ? depth - 1 : depth;
        h->parent = handler;
      }
      int entry = depth + stack_effect(op, in->arg, true);
      if (entry > f->maxdepth) f->maxdepth = entry;
      visit(f, in->arg, entry, handler);
      handler = node;
      continue;
    }
    if (op == OP_POP_BLOCK) {
      handler = handler >= 0 ? f->nodes[handler].parent : -1;
      continue;
    }
    if (is_jump(op)) {
      int target_depth = depth + stack_effect(op, in->arg, true);
      if (target_depth > f->maxdepth) f->maxdepth = target_depth;
      visit(f, in->arg, target_depth, handler);
    }
    if (no_fallthrough(op)) return;
    depth += stack_effect(op, in->arg, false);
    if (depth < 0) {
      f->bad = true;
      return;
    }
  }
}

static int run_flow(Flow *f) {
  f->depth = malloc(sizeof(int) * (size_t)f->n);
  f->handler = malloc(sizeof(int) * (size_t)f->n);
  f->node_of_setup = malloc(sizeof(int) * (size_t)f->n);
  f->nodes = malloc(sizeof(HandlerNode) * (size_t)f->n);
  f->work = malloc(sizeof(int) * (size_t)(f->n + 1));
  if (!f->depth || !f->handler || !f->node_of_setup || !f->nodes || !f->work)
    return -1;
  for (int i = 0; i < f->n; i++) f->depth[i] = f->handler[i] = f->node_of_setup[i] = -1;
  if (f->n == 0) return 0;
  f->depth[0] = 0;
  f->handler[0] = -1;
  f->work[f->nwork++] = 0;
  while (f->nwork > 0 && !f->bad) flow_from(f, f->work[--f->nwork]);
  return f->bad ? -1 : 0;
}

static void free_flow(Flow *f) {
  free(f->depth);
  free(f->handler);
  free(f->node_of_setup);
  free(f->nodes);
  free(f->work);
}

// ---- Passes over the instruction list ------------------------------------------------------

static void resolve_labels(Unit *u) {
  for (int i = 0; i < u->ninstrs; i++)
    if (is_jump(u->instrs[i].op)) u->instrs[i].arg = u->labels[u->instrs[i].arg];
}

static bool is_target(Unit *u, int index) {
  for (int i = 0; i < u->ninstrs; i++)
    if (is_jump(u->instrs[i].op) && u->instrs[i].arg == index) return true;
  return false;
}

// BUILD_TUPLE n; UNPACK_SEQUENCE n  ->  nothing / SWAP n (n <= 3).
static void peephole(Unit *u) {
  for (int i = 0; i + 1 < u->ninstrs; i++) {
    Instr *a = &u->instrs[i], *b = &u->instrs[i + 1];
    if (a->op != OP_BUILD_TUPLE || b->op != OP_UNPACK_SEQUENCE ||
        a->arg != b->arg || a->arg < 1 || a->arg > 3 || is_target(u, i + 1))
      continue;
    a->op = OP_NOP;
    if (a->arg == 1) b->op = OP_NOP;
    else b->op = OP_SWAP;
  }
}

// Artificial instructions (lineno < 0) take the previous instruction's
// location; the first ones take the code's first line.
static void propagate_lines(Unit *u) {
  Loc prev = {u->firstlineno, -1, u->firstlineno, -1};
  for (int i = 0; i < u->ninstrs; i++) {
    Instr *in = &u->instrs[i];
    if (in->loc.lineno < 0) in->loc = prev;
    else prev = in->loc;
  }
}

// ---- localsplus and the code object ------------------------------------------------------------

static int index_of(Object *list, Object *name) {
  for (ssize i = 0; i < list_size(list); i++)
    if (str_eq(list_get(list, i), name)) return (int)i;
  return -1;
}

typedef struct LocalsLayout {
  int nlocals, ncells, nfrees, nplus;
  int *cell_slot; // cellvar index -> localsplus index
  Object *names;  // tuple
  uint8_t *kinds;
} LocalsLayout;

static int make_layout(Compiler *c, LocalsLayout *l) {
  Unit *u = c->u;
  Vm *vm = c->vm;
  l->nlocals = (int)list_size(u->varnames);
  l->ncells = (int)list_size(u->cellvars);
  l->nfrees = (int)list_size(u->freevars);
  l->cell_slot = malloc(sizeof(int) * (size_t)(l->ncells + 1));
  if (!l->cell_slot) return -1;
  int extra = 0;
  for (int i = 0; i < l->ncells; i++) {
    int li = index_of(u->varnames, list_get(u->cellvars, i));
    l->cell_slot[i] = li >= 0 ? li : l->nlocals + extra++;
  }
  l->nplus = l->nlocals + extra + l->nfrees;
  l->names = tuple_new(vm, l->nplus);
  l->kinds = alloc_bytes(&vm->alloc, (size_t)l->nplus + 1);
  if (!l->names || !l->kinds) return -1;
  for (int i = 0; i < l->nlocals; i++) {
    tuple_init_item(vm, l->names, i, newref(vm, list_get(u->varnames, i)));
    l->kinds[i] = LK_LOCAL | (i < u->argcount + u->kwonlyargcount +
                                      u->scope->varargs + u->scope->varkeywords
                                  ? LK_ARG : 0);
  }
  for (int i = 0; i < l->ncells; i++) {
    int s = l->cell_slot[i];
    if (s >= l->nlocals)
      tuple_init_item(vm, l->names, s, newref(vm, list_get(u->cellvars, i)));
    l->kinds[s] |= LK_CELL;
  }
  int base = l->nlocals + extra;
  for (int i = 0; i < l->nfrees; i++) {
    tuple_init_item(vm, l->names, base + i, newref(vm, list_get(u->freevars, i)));
    l->kinds[base + i] = LK_FREE;
  }
  return 0;
}

static int deref_slot(const LocalsLayout *l, int arg) {
  if (arg < l->ncells) return l->cell_slot[arg];
  return l->nplus - l->nfrees + (arg - l->ncells);
}

static bool is_deref(Opcode op) {
  return op == OP_LOAD_DEREF || op == OP_STORE_DEREF || op == OP_DELETE_DEREF ||
         op == OP_LOAD_CLASSDEREF || op == OP_LOAD_CLOSURE;
}

static int code_flags(Compiler *c) {
  Unit *u = c->u;
  int flags = 0;
  if (u->scope->type == BLOCK_FUNCTION) {
    flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (u->scope->nested) flags |= CO_NESTED;
    if (u->scope->generator) flags |= CO_GENERATOR;
    if (u->scope->varargs) flags |= CO_VARARGS;
    if (u->scope->varkeywords) flags |= CO_VARKEYWORDS;
  }
  if (list_size(u->freevars) == 0 && list_size(u->cellvars) == 0)
    flags |= CO_NOFREE;
  if (c->library) flags |= CO_LIBRARY;
  return flags;
}

// Copies the real instructions (pseudo-instructions dropped) into [co].
static int emit_code(Compiler *c, Flow *f, LocalsLayout *l, CodeObject *co) {
  Unit *u = c->u;
  Allocator *a = &c->vm->alloc;
  int *newpos = malloc(sizeof(int) * (size_t)(u->ninstrs + 1));
  if (!newpos) return -1;
  int n = 0;
  for (int i = 0; i < u->ninstrs; i++) {
    newpos[i] = n;
    Opcode op = u->instrs[i].op;
    if (!is_setup(op) && op != OP_POP_BLOCK) n++;
  }
  newpos[u->ninstrs] = n;
  co->ninstrs = n;
  co->instrs = alloc_bytes(a, sizeof(uint32_t) * (size_t)n);
  co->locs = alloc_bytes(a, sizeof(InstrLoc) * (size_t)n);
  co->handler_of = alloc_bytes(a, sizeof(int32_t) * (size_t)n);
  co->line_starts = alloc_bytes(a, (size_t)n);
  co->nhandlers = f->nnodes;
  co->handlers = alloc_bytes(a, sizeof(ExcHandler) * (size_t)f->nnodes);
  if ((n && (!co->instrs || !co->locs || !co->handler_of || !co->line_starts)) ||
      (f->nnodes && !co->handlers)) {
    free(newpos);
    return -1;
  }
  for (int k = 0; k < f->nnodes; k++) {
    co->handlers[k].target = newpos[f->nodes[k].target];
    co->handlers[k].depth = f->nodes[k].depth;
    co->handlers[k].lasti = f->nodes[k].lasti;
  }
  int prev_line = -1;
  for (int i = 0, j = 0; i < u->ninstrs; i++) {
    Instr *in = &u->instrs[i];
    Opcode op = in->op;
    if (is_setup(op) || op == OP_POP_BLOCK) continue;
    int arg = in->arg;
    if (is_jump(op)) arg = newpos[arg];
    else if (is_deref(op)) arg = deref_slot(l, arg);
    co->instrs[j] = instr_make(op, (uint32_t)arg);
    co->locs[j].lineno = in->loc.lineno;
    co->locs[j].end_lineno = in->loc.end_lineno;
    co->locs[j].col = in->loc.col_offset;
    co->locs[j].end_col = in->loc.end_col_offset;
    co->handler_of[j] = f->depth[i] >= 0 ? f->handler[i] : -1;
    co->line_starts[j] = in->loc.lineno != prev_line;
    prev_line = in->loc.lineno;
    j++;
  }
  free(newpos);
  return 0;
}

Object *ca_assemble(Compiler *c) {
  Unit *u = c->u;
  Vm *vm = c->vm;
  if (c->failed) return NULL;
  // An implicit `return None` ends every code object.
  cu_unset_loc(c);
  if (u->kind != UNIT_COMPREHENSION || u->ninstrs == 0 ||
      u->instrs[u->ninstrs - 1].op != OP_RETURN_VALUE) {
    if (cu_load_none(c) < 0 || cu_emit(c, OP_RETURN_VALUE, 0) < 0) return NULL;
  }
  resolve_labels(u);
  peephole(u);
  propagate_lines(u);
  Flow f = {u->instrs, u->ninstrs, NULL, NULL, NULL, 0, NULL, NULL, 0, 0, false};
  LocalsLayout l = {0};
  CodeObject *co = NULL;
  if (run_flow(&f) < 0) {
    if (!err_occurred(vm))
      err_set(vm, vm->t.SystemError, "compiler: inconsistent stack depth");
    goto fail;
  }
  if (make_layout(c, &l) < 0) goto fail;
  co = (CodeObject *)code_new(vm);
  if (!co) goto fail;
  co->consts = list_as_tuple(vm, u->consts);
  co->names = list_as_tuple(vm, u->names);
  if (!co->consts || !co->names || emit_code(c, &f, &l, co) < 0 ||
      spec_init(vm, co) < 0) goto fail;
  co->localsplusnames = l.names;
  co->localspluskinds = l.kinds;
  l.names = NULL;
  l.kinds = NULL;
  co->nlocalsplus = l.nplus;
  co->nlocals = l.nlocals;
  co->ncells = l.ncells;
  co->nfrees = l.nfrees;
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonlyargcount;
  co->kwonlyargcount = u->kwonlyargcount;
  co->flags = code_flags(c);
  co->stacksize = f.maxdepth + 1;
  co->firstlineno = u->firstlineno;
  co->name = newref(vm, u->name);
  co->qualname = newref(vm, u->qualname);
  co->filename = newref(vm, c->filename);
  co->source_lines = xnewref(vm, c->source_lines);
  free_flow(&f);
  free(l.cell_slot);
  return AS_OBJ(co);
fail:
  if (!err_occurred(vm)) err_no_memory(vm);
  c->failed = true;
  free_flow(&f);
  free(l.cell_slot);
  xdecref(vm, l.names);
  if (l.kinds) alloc_free(&vm->alloc, l.kinds, (size_t)l.nplus + 1);
  xdecref(vm, AS_OBJ(co));
  return NULL;
}
