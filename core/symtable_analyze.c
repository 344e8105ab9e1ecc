// symtable_analyze.c — the symbol table's second pass (CPython's
// analyze_block: local, global, free and cell scopes, __class__ cells) and
// the names each code object gets (co_varnames in the order compile.c adds
// them, co_cellvars, co_freevars, argument counts, co_flags). symtable.h.
#include "symtable_impl.h"

#include <stdlib.h>
#include <string.h>

// ==== Resolving scopes =======================================================

// Sets of names passed between analyze_block calls (malloc-backed).
typedef struct Sets {
  NameMap *bound; // NULL at module level
  NameMap *free, *global;
} Sets;

static int set_add(SymTable *st, NameMap *m, const char *name) {
  return symtab_map_put(m, name, 1) == 0 || symtab_oom(st);
}

static int set_has(const NameMap *m, const char *name) {
  return m && symtab_map_get(m, name, NULL);
}

// error_at_directive: the global/nonlocal statement behind [name].
static int error_at_directive(SymTable *st, Scope *s, const char *fmt,
                              const char *name) {
  for (int i = 0; i < s->impl->ndirectives; i++)
    if (strcmp(s->impl->directives[i].name, name) == 0)
      return symtab_error_at(st, s->impl->directives[i].loc, fmt, name);
  return symtab_error_at(st, s->impl->directives[0].loc, fmt, name);
}

// analyze_name: the scope of one symbol of [s]; [local] collects the names
// bound here.
static int analyze_name(SymTable *st, Scope *s, Symbol *sym, Sets *sets,
                        NameMap *local) {
  const char *name = sym->name;
  int flags = sym->flags;
  if (flags & SYM_GLOBAL) {
    if (flags & SYM_NONLOCAL)
      return error_at_directive(st, s, "name '%s' is nonlocal and global",
                                name);
    sym->scope = SCOPE_GLOBAL_EXPLICIT;
    if (sets->bound) symtab_map_del(sets->bound, name);
    return set_add(st, sets->global, name);
  }
  if (flags & SYM_NONLOCAL) {
    if (!sets->bound)
      return error_at_directive(st, s,
                                "nonlocal declaration not allowed at "
                                "module level%.0s",
                                name);
    if (!set_has(sets->bound, name))
      return error_at_directive(st, s, "no binding for nonlocal '%s' found",
                                name);
    sym->scope = SCOPE_FREE;
    s->has_free = 1;
    return set_add(st, sets->free, name);
  }
  if (flags & SYM_BOUND) {
    sym->scope = SCOPE_LOCAL;
    symtab_map_del(sets->global, name);
    return set_add(st, local, name);
  }
  if (set_has(sets->bound, name)) {
    sym->scope = SCOPE_FREE;
    s->has_free = 1;
    return set_add(st, sets->free, name);
  }
  if (!set_has(sets->global, name) && s->nested) s->has_free = 1;
  sym->scope = SCOPE_GLOBAL_IMPLICIT;
  return 1;
}

static int analyze_block(SymTable *st, Scope *s, Sets *sets);

// analyze_child_block: the child gets copies of what it may see.
static int analyze_child(SymTable *st, Scope *child, Sets *visible,
                         NameMap *child_free) {
  NameMap bound = {0}, free = {0}, global = {0};
  Sets sets = {&bound, &free, &global};
  int ok = symtab_map_union(&bound, visible->bound) == 0 &&
           symtab_map_union(&free, visible->free) == 0 &&
           symtab_map_union(&global, visible->global) == 0;
  if (!ok) symtab_oom(st);
  ok = ok && analyze_block(st, child, &sets) &&
       (symtab_map_union(child_free, &free) == 0 || symtab_oom(st));
  symtab_map_free(&bound);
  symtab_map_free(&free);
  symtab_map_free(&global);
  return ok;
}

// update_symbols: names free in children become FREE here unless bound
// (then they are cells, or marked FREE_CLASS in a class) or global.
static int update_symbols(SymTable *st, Scope *s, Sets *sets,
                          const NameMap *newfree) {
  for (int i = 0; i < newfree->cap; i++) {
    const char *name = newfree->keys[i];
    if (!name) continue;
    Symbol *sym = symtab_lookup(s, name);
    if (sym) {
      if (s->type == BLOCK_CLASS && (sym->flags & (SYM_BOUND | SYM_GLOBAL)))
        sym->flags |= SYM_FREE_CLASS;
      continue;
    }
    if (sets->bound && !set_has(sets->bound, name)) continue; // a global
    if (!(sym = symtab_add_symbol(st, s, name))) return 0;
    sym->scope = SCOPE_FREE;
  }
  return 1;
}

// Children see the enclosing function's locals; class bodies are skipped.
static int visible_sets(SymTable *st, Scope *s, Sets *sets, NameMap *local,
                        Sets *out) {
  int ok = 1;
  if (s->type == BLOCK_FUNCTION) ok = symtab_map_union(out->bound, local) == 0;
  if (ok && sets->bound && s->type != BLOCK_CLASS)
    ok = symtab_map_union(out->bound, sets->bound) == 0;
  if (ok && s->type != BLOCK_CLASS)
    ok = symtab_map_union(out->global, sets->global) == 0;
  if (ok && s->type == BLOCK_CLASS)
    ok = symtab_map_put(out->bound, "__class__", 1) == 0;
  return ok || symtab_oom(st);
}

static int analyze_children(SymTable *st, Scope *s, Sets *visible,
                            NameMap *allfree) {
  for (int i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    if (!analyze_child(st, c, visible, allfree)) return 0;
    if (c->has_free || c->child_free) s->child_free = 1;
  }
  return 1;
}

// analyze_cells / drop_class_free.
static void mark_cells(Scope *s, NameMap *newfree) {
  if (s->type == BLOCK_CLASS) {
    if (symtab_map_del(newfree, "__class__")) s->needs_class_closure = 1;
    return;
  }
  if (s->type != BLOCK_FUNCTION) return;
  for (int i = 0; i < s->nsymbols; i++) {
    Symbol *sym = &s->symbols[i];
    if (sym->scope == SCOPE_LOCAL && symtab_map_del(newfree, sym->name))
      sym->scope = SCOPE_CELL;
  }
}

static int analyze_block(SymTable *st, Scope *s, Sets *sets) {
  NameMap local = {0}, newbound = {0}, newglobal = {0}, newfree = {0},
          allfree = {0};
  Sets visible = {&newbound, &newfree, &newglobal};
  int ok = 1;
  if (s->type == BLOCK_CLASS) {
    ok = symtab_map_union(&newglobal, sets->global) == 0 &&
         (!sets->bound || symtab_map_union(&newbound, sets->bound) == 0);
    if (!ok) symtab_oom(st);
  }
  for (int i = 0; ok && i < s->nsymbols; i++)
    ok = analyze_name(st, s, &s->symbols[i], sets, &local);
  ok = ok && visible_sets(st, s, sets, &local, &visible) &&
       analyze_children(st, s, &visible, &allfree);
  if (ok && symtab_map_union(&newfree, &allfree) < 0) ok = symtab_oom(st);
  if (ok) mark_cells(s, &newfree);
  ok = ok && update_symbols(st, s, sets, &newfree) &&
       (symtab_map_union(sets->free, &newfree) == 0 || symtab_oom(st));
  NameMap *maps[] = {&local, &newbound, &newglobal, &newfree, &allfree};
  for (int i = 0; i < 5; i++)
    symtab_map_free(maps[i]);
  return ok;
}

int symtab_analyze(SymTable *st) {
  NameMap free = {0}, global = {0};
  Sets sets = {NULL, &free, &global};
  int ok = analyze_block(st, st->top, &sets);
  symtab_map_free(&free);
  symtab_map_free(&global);
  return ok;
}

// ==== co_varnames: names in compile.c's order ================================

// A walk over one function scope's code in the order the compiler emits
// name operations; each LOCAL name is added to co_varnames when first met.
// Like compile.c, a return, break or continue inside `try ... finally`
// compiles the finally body again at that point (fblock unwinding).
typedef struct FBlock {
  const StmtSeq *finally_body; // NULL for a loop
} FBlock;

typedef struct Order {
  SymTable *st;
  Scope *scope;
  const char *private_name;
  NameMap seen;
  int cap;
  FBlock *blocks;
  int nblocks, blocks_cap;
} Order;

static void order_expr(Order *o, const Expr *e);
static void order_stmts(Order *o, StmtSeq seq);

static void push_block(Order *o, const StmtSeq *finally_body) {
  if (o->nblocks == o->blocks_cap) {
    int cap = o->blocks_cap ? o->blocks_cap * 2 : 8;
    FBlock *b = realloc(o->blocks, (size_t)cap * sizeof *b);
    if (!b) return;
    o->blocks = b;
    o->blocks_cap = cap;
  }
  o->blocks[o->nblocks++].finally_body = finally_body;
}

// compiler_unwind_fblock_stack: compiles the finally bodies between here
// and the function (or the innermost loop, for break and continue).
static void unwind(Order *o, int to_loop) {
  for (int i = o->nblocks - 1; i >= 0; i--) {
    const StmtSeq *body = o->blocks[i].finally_body;
    if (!body) {
      if (to_loop) return;
      continue;
    }
    int saved = o->nblocks;
    o->nblocks = i;
    order_stmts(o, *body);
    o->nblocks = saved;
  }
}

// A loop body (break and continue unwind to it), then `else`.
static void order_loop(Order *o, StmtSeq body, StmtSeq orelse) {
  push_block(o, NULL);
  order_stmts(o, body);
  o->nblocks--;
  order_stmts(o, orelse);
}

static void order_name(Order *o, const char *name) {
  const char *mangled = symtable_mangle(o->st->arena, o->private_name, name);
  if (!mangled || symtab_map_get(&o->seen, mangled, NULL)) return;
  Symbol *sym = symtab_lookup(o->scope, mangled);
  if (!sym || sym->scope != SCOPE_LOCAL) return;
  if (symtab_map_put(&o->seen, mangled, 1) < 0) return;
  symtab_push_name(o->st, &o->scope->varnames, &o->cap, mangled);
}

static void order_exprs(Order *o, ExprSeq seq) {
  for (int i = 0; i < seq.len; i++)
    if (seq.items[i]) order_expr(o, seq.items[i]);
}

static void order_keywords(Order *o, KeywordSeq kws) {
  for (int i = 0; i < kws.len; i++)
    order_expr(o, kws.items[i]->value);
}

static void order_arg_annotations(Order *o, ArgSeq args) {
  for (int i = 0; i < args.len; i++)
    if (args.items[i]->annotation) order_expr(o, args.items[i]->annotation);
}

// What a def evaluates in the enclosing scope: decorators, defaults,
// annotations (compiler_visit_annotations' order), then the name store.
static void order_def(Order *o, const Stmt *s) {
  const Arguments *a = s->v.funcdef.args;
  order_exprs(o, s->v.funcdef.decorator_list);
  order_exprs(o, a->defaults);
  order_exprs(o, a->kw_defaults);
  if (!o->st->future_annotations) {
    order_arg_annotations(o, a->args);
    order_arg_annotations(o, a->posonlyargs);
    if (a->vararg && a->vararg->annotation)
      order_expr(o, a->vararg->annotation);
    order_arg_annotations(o, a->kwonlyargs);
    if (a->kwarg && a->kwarg->annotation) order_expr(o, a->kwarg->annotation);
    if (s->v.funcdef.returns) order_expr(o, s->v.funcdef.returns);
  }
  order_name(o, s->v.funcdef.name);
}

static void order_aliases(Order *o, AliasSeq names) {
  for (int i = 0; i < names.len; i++) {
    const Alias *a = names.items[i];
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) continue;
    const char *dot = strchr(name, '.');
    if (dot) name = arena_strndup(o->st->arena, name, (size_t)(dot - name));
    if (name) order_name(o, name);
  }
}

static void order_handlers(Order *o, HandlerSeq hs) {
  for (int i = 0; i < hs.len; i++) {
    if (hs.items[i]->type) order_expr(o, hs.items[i]->type);
    if (hs.items[i]->name) order_name(o, hs.items[i]->name);
    order_stmts(o, hs.items[i]->body);
  }
}

// compile.c visits a try's `else` before its handlers, a try*'s after.
static void order_try(Order *o, const Stmt *s) {
  int has_finally = s->v.try_.finalbody.len > 0;
  if (has_finally) push_block(o, &s->v.try_.finalbody);
  order_stmts(o, s->v.try_.body);
  if (s->kind == STMT_Try) order_stmts(o, s->v.try_.orelse);
  order_handlers(o, s->v.try_.handlers);
  if (s->kind == STMT_TryStar) order_stmts(o, s->v.try_.orelse);
  if (has_finally) o->nblocks--;
  order_stmts(o, s->v.try_.finalbody);
}

static void order_ann_assign(Order *o, const Stmt *s) {
  const Expr *t = s->v.annassign.target;
  if (s->v.annassign.value) {
    order_expr(o, s->v.annassign.value);
    order_expr(o, t);
  } else if (t->kind == EXPR_Attribute) {
    order_expr(o, t->v.attribute.value);
  } else if (t->kind == EXPR_Subscript) {
    order_expr(o, t->v.subscript.value);
    order_expr(o, t->v.subscript.slice);
  }
}

static void order_stmt_defs(Order *o, const Stmt *s) {
  switch (s->kind) {
  case STMT_FunctionDef:
  case STMT_AsyncFunctionDef:
    order_def(o, s);
    break;
  case STMT_ClassDef:
    order_exprs(o, s->v.classdef.decorator_list);
    order_exprs(o, s->v.classdef.bases);
    order_keywords(o, s->v.classdef.keywords);
    order_name(o, s->v.classdef.name);
    break;
  case STMT_Return:
    if (s->v.return_.value) order_expr(o, s->v.return_.value);
    unwind(o, 0);
    break;
  case STMT_Delete:
    order_exprs(o, s->v.delete_.targets);
    break;
  case STMT_Assign:
    order_expr(o, s->v.assign.value);
    order_exprs(o, s->v.assign.targets);
    break;
  case STMT_AugAssign:
    order_expr(o, s->v.augassign.target);
    order_expr(o, s->v.augassign.value);
    break;
  case STMT_AnnAssign:
    order_ann_assign(o, s);
    break;
  case STMT_For:
  case STMT_AsyncFor:
    order_expr(o, s->v.for_.iter);
    order_expr(o, s->v.for_.target);
    order_loop(o, s->v.for_.body, s->v.for_.orelse);
    break;
  case STMT_While:
    order_expr(o, s->v.while_.test);
    order_loop(o, s->v.while_.body, s->v.while_.orelse);
    break;
  case STMT_If:
    order_expr(o, s->v.if_.test);
    order_stmts(o, s->v.if_.body);
    order_stmts(o, s->v.if_.orelse);
    break;
  case STMT_With:
  case STMT_AsyncWith:
    for (int i = 0; i < s->v.with.items.len; i++) {
      order_expr(o, s->v.with.items.items[i]->context_expr);
      if (s->v.with.items.items[i]->optional_vars)
        order_expr(o, s->v.with.items.items[i]->optional_vars);
    }
    order_stmts(o, s->v.with.body);
    break;
  default:
    break;
  }
}

static void order_stmt_rest(Order *o, const Stmt *s) {
  switch (s->kind) {
  case STMT_Raise:
    if (s->v.raise.exc) order_expr(o, s->v.raise.exc);
    if (s->v.raise.cause) order_expr(o, s->v.raise.cause);
    break;
  case STMT_Try:
  case STMT_TryStar: order_try(o, s); break;
  case STMT_Assert:
    order_expr(o, s->v.assert_.test);
    if (s->v.assert_.msg) order_expr(o, s->v.assert_.msg);
    break;
  case STMT_Import:
    order_aliases(o, s->v.import.names);
    break;
  case STMT_ImportFrom:
    order_aliases(o, s->v.importfrom.names);
    break;
  case STMT_Expr:
    order_expr(o, s->v.expr.value);
    break;
  default:
    break; // global, nonlocal, pass, break, continue
  }
}

static void order_stmt(Order *o, const Stmt *s) {
  if (s->kind < STMT_Raise)
    order_stmt_defs(o, s);
  else
    order_stmt_rest(o, s);
}

static void order_stmts(Order *o, StmtSeq seq) {
  for (int i = 0; i < seq.len; i++)
    order_stmt(o, seq.items[i]);
}

// Inside a comprehension's own code: targets, conditions, inner loops,
// then the element (key before value).
static void order_comprehension_body(Order *o, const Expr *e) {
  ComprehensionSeq gens = e->v.comp.generators;
  for (int i = 0; i < gens.len; i++) {
    if (i > 0) order_expr(o, gens.items[i]->iter);
    order_expr(o, gens.items[i]->target);
    order_exprs(o, gens.items[i]->ifs);
  }
  if (e->kind == EXPR_DictComp) {
    order_expr(o, e->v.comp.key);
    order_expr(o, e->v.comp.value);
  } else {
    order_expr(o, e->v.comp.elt);
  }
}

static void order_children(Order *o, const Expr *e);

static void order_expr(Order *o, const Expr *e) {
  switch (e->kind) {
  case EXPR_Name:
    order_name(o, e->v.name.id);
    return;
  case EXPR_NamedExpr:
    order_expr(o, e->v.namedexpr.value);
    order_expr(o, e->v.namedexpr.target);
    return;
  case EXPR_Lambda:
    order_exprs(o, e->v.lambda.args->defaults);
    order_exprs(o, e->v.lambda.args->kw_defaults);
    return;
  case EXPR_ListComp:
  case EXPR_SetComp:
  case EXPR_DictComp:
  case EXPR_GeneratorExp:
    order_expr(o, e->v.comp.generators.items[0]->iter);
    return;
  case EXPR_Dict:
    for (int i = 0; i < e->v.dict.values.len; i++) {
      if (e->v.dict.keys.items[i]) order_expr(o, e->v.dict.keys.items[i]);
      order_expr(o, e->v.dict.values.items[i]);
    }
    return;
  default:
    order_children(o, e);
  }
}

// The remaining kinds evaluate their children in field order.
static void order_children(Order *o, const Expr *e) {
  switch (e->kind) {
  case EXPR_BoolOp:
    order_exprs(o, e->v.boolop.values);
    break;
  case EXPR_BinOp:
    order_expr(o, e->v.binop.left);
    order_expr(o, e->v.binop.right);
    break;
  case EXPR_UnaryOp:
    order_expr(o, e->v.unaryop.operand);
    break;
  case EXPR_IfExp:
    order_expr(o, e->v.ifexp.test);
    order_expr(o, e->v.ifexp.body);
    order_expr(o, e->v.ifexp.orelse);
    break;
  case EXPR_Set:
    order_exprs(o, e->v.set.elts);
    break;
  case EXPR_Await:
    order_expr(o, e->v.await_.value);
    break;
  case EXPR_Yield:
  case EXPR_YieldFrom:
    if (e->v.yield.value) order_expr(o, e->v.yield.value);
    break;
  case EXPR_Compare:
    order_expr(o, e->v.compare.left);
    order_exprs(o, e->v.compare.comparators);
    break;
  case EXPR_Call:
    order_expr(o, e->v.call.func);
    order_exprs(o, e->v.call.args);
    order_keywords(o, e->v.call.keywords);
    break;
  case EXPR_FormattedValue:
    order_expr(o, e->v.formatted.value);
    if (e->v.formatted.format_spec) order_expr(o, e->v.formatted.format_spec);
    break;
  case EXPR_JoinedStr:
    order_exprs(o, e->v.joinedstr.values);
    break;
  case EXPR_Attribute:
    order_expr(o, e->v.attribute.value);
    break;
  case EXPR_Subscript:
    order_expr(o, e->v.subscript.value);
    order_expr(o, e->v.subscript.slice);
    break;
  case EXPR_Starred:
    order_expr(o, e->v.starred.value);
    break;
  case EXPR_Slice:
    if (e->v.slice.lower) order_expr(o, e->v.slice.lower);
    if (e->v.slice.upper) order_expr(o, e->v.slice.upper);
    if (e->v.slice.step) order_expr(o, e->v.slice.step);
    break;
  case EXPR_List:
  case EXPR_Tuple:
    order_exprs(o, e->v.list.elts);
    break;
  default:
    break;
  }
}

// ==== Code object names ======================================================

// The class whose name mangles identifiers inside scope [s].
static const char *private_name(const Scope *s) {
  for (; s; s = s->parent)
    if (s->type == BLOCK_CLASS) return s->name;
  return NULL;
}

// A lambda's scope is the only function scope named "lambda".
static int is_lambda(const Scope *s) {
  return strcmp(s->name, "lambda") == 0;
}

// co_varnames: the parameters, then locals in compile order.
static void function_varnames(SymTable *st, Scope *s) {
  Order o = {st, s, private_name(s), {0}, 0, NULL, 0, 0};
  NameList params = s->impl->params;
  for (int i = 0; i < params.len; i++) {
    symtab_map_put(&o.seen, params.items[i], 1);
    symtab_push_name(st, &s->varnames, &o.cap, params.items[i]);
  }
  if (s->comprehension) {
    order_comprehension_body(&o, s->node);
  } else if (is_lambda(s)) {
    order_expr(&o, ((const Expr *)s->node)->v.lambda.body);
  } else {
    StmtSeq body = ((const Stmt *)s->node)->v.funcdef.body;
    order_stmts(&o, body);
  }
  symtab_map_free(&o.seen);
  free(o.blocks);
}

static void argument_counts(Scope *s) {
  const Arguments *a = NULL;
  if (s->comprehension) {
    s->argcount = 1; // the iterator, ".0"
    return;
  }
  a = is_lambda(s) ? ((const Expr *)s->node)->v.lambda.args
                   : ((const Stmt *)s->node)->v.funcdef.args;
  s->posonlyargcount = a->posonlyargs.len;
  s->argcount = a->posonlyargs.len + a->args.len;
  s->kwonlyargcount = a->kwonlyargs.len;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Appends to [list] the names of [s]'s symbols that pass [keep], sorted
// (compile.c's dictbytype).
static void sorted_names(SymTable *st, Scope *s, NameList *list, int *cap,
                         int (*keep)(const Scope *, const Symbol *)) {
  int start = list->len;
  for (int i = 0; i < s->nsymbols; i++)
    if (keep(s, &s->symbols[i]))
      symtab_push_name(st, list, cap, s->symbols[i].name);
  if (list->len > start)
    qsort(list->items + start, (size_t)(list->len - start), sizeof *list->items,
          compare_names);
}

static int is_param(const Scope *s, const char *name) {
  for (int i = 0; i < s->impl->params.len; i++)
    if (strcmp(s->impl->params.items[i], name) == 0) return 1;
  return 0;
}

static int is_cell_local(const Scope *s, const Symbol *sym) {
  return sym->scope == SCOPE_CELL && !is_param(s, sym->name);
}

static int is_free(const Scope *s, const Symbol *sym) {
  (void)s;
  return sym->scope == SCOPE_FREE || (sym->flags & SYM_FREE_CLASS);
}

// co_cellvars: parameter cells in parameter order, then the other cells
// sorted; a class needing __class__ has just that one. co_freevars sorted.
static void closure_names(SymTable *st, Scope *s) {
  int cell_cap = 0, free_cap = 0;
  if (s->needs_class_closure)
    symtab_push_name(st, &s->cellvars, &cell_cap, "__class__");
  for (int i = 0; i < s->varnames.len; i++) {
    Symbol *sym = symtab_lookup(s, s->varnames.items[i]);
    if (sym && sym->scope == SCOPE_CELL)
      symtab_push_name(st, &s->cellvars, &cell_cap, sym->name);
  }
  sorted_names(st, s, &s->cellvars, &cell_cap, is_cell_local);
  sorted_names(st, s, &s->freevars, &free_cap, is_free);
}

static void code_names(SymTable *st, Scope *s) {
  if (s->type == BLOCK_FUNCTION) {
    function_varnames(st, s);
    argument_counts(s);
  }
  closure_names(st, s);
  for (int i = 0; i < s->nchildren; i++)
    code_names(st, s->children[i]);
}

int symtab_code_names(SymTable *st) {
  code_names(st, st->top);
  return !st->failed;
}

int scope_code_flags(const Scope *s) {
  if (s->type != BLOCK_FUNCTION) return 0;
  int flags = CODE_OPTIMIZED | CODE_NEWLOCALS;
  if (s->nested) flags |= CODE_NESTED;
  if (s->generator && !s->coroutine) flags |= CODE_GENERATOR;
  if (!s->generator && s->coroutine) flags |= CODE_COROUTINE;
  if (s->generator && s->coroutine) flags |= CODE_ASYNC_GENERATOR;
  if (s->varargs) flags |= CODE_VARARGS;
  if (s->varkeywords) flags |= CODE_VARKEYWORDS;
  return flags;
}
