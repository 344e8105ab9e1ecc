// parser_primary.c — primaries and atoms of Grammar/python.gram: attribute,
// call and subscript chains, slices, literals and displays (tuple, list,
// set, dict), comprehensions and generator expressions, and call arguments.
// tests/parser/README.md.
#include "parser_impl.h"

static Expr *call_node(Parser *p, Expr *func, Expr *args, Loc loc) {
  Expr *e = action_expr(p, EXPR_Call, loc);
  if (!e) return NULL;
  e->v.call.func = func;
  if (args) {
    e->v.call.args = args->v.call.args;
    e->v.call.keywords = args->v.call.keywords;
  }
  return e;
}

// ==== primary ================================================================

// One step of `primary`: '.' NAME | genexp | '(' [arguments] ')' |
// '[' slices ']' applied to [a], which started at [start].
static Expr *primary_step(Parser *p, Expr *a, int start) {
  int m = p->mark;
  Token *name;
  Expr *b;
  if (parser_expect(p, TOK_DOT) && (name = parser_expect(p, TOK_NAME)))
    return action_attribute(p, a, name, AST_Load, parser_extra(p, start));
  p->mark = m;
  if ((b = parse_genexp(p))) {
    Expr *e = call_node(p, a, NULL, parser_extra(p, start));
    if (e) e->v.call.args = expr_seq1(p, b);
    return e;
  }
  p->mark = m;
  if (parser_expect(p, TOK_LPAR)) {
    b = parse_arguments(p);
    if (!p->error && parser_expect(p, TOK_RPAR))
      return call_node(p, a, b, parser_extra(p, start));
  }
  p->mark = m;
  if (parser_expect(p, TOK_LSQB) && (b = parse_slices(p)) &&
      parser_expect(p, TOK_RSQB))
    return action_subscript(p, a, b, AST_Load, parser_extra(p, start));
  p->mark = m;
  return NULL;
}

// primary (left-recursive): primary '.' NAME | primary genexp
//   | primary '(' [arguments] ')' | primary '[' slices ']' | atom
static void *primary_(Parser *p) {
  int start = p->mark;
  Expr *a = parse_atom(p);
  while (a) {
    Expr *next = primary_step(p, a, start);
    if (!next) break;
    a = next;
  }
  return p->error ? NULL : a;
}
Expr *parse_primary(Parser *p) {
  return parser_left_rec_rule(p, MEMO_PRIMARY, primary_);
}

// ==== slices =================================================================

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static void *slice_(Parser *p) {
  int mark = p->mark;
  Expr *lower = parse_expression(p), *upper, *step = NULL;
  if (!p->error && parser_expect(p, TOK_COLON)) {
    upper = parse_expression(p);
    if (!p->error && parser_expect(p, TOK_COLON)) step = parse_expression(p);
    Expr *e = action_expr(p, EXPR_Slice, parser_extra(p, mark));
    if (e) {
      e->v.slice.lower = lower;
      e->v.slice.upper = upper;
      e->v.slice.step = step;
    }
    return e;
  }
  p->mark = mark;
  return parse_named_expression(p);
}
static Expr *parse_slice(Parser *p) {
  return parser_rule(p, slice_);
}

static Expr *slice_or_starred(Parser *p) {
  Expr *e = parse_slice(p);
  return e || p->error ? e : parse_starred_expression(p);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
static void *slices_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_slice(p);
  if (a && !parser_at(p, TOK_COMMA)) return a;
  p->mark = mark;
  PVec v = {0};
  Expr *e = slice_or_starred(p);
  if (!e) return NULL;
  pvec_push(p, &v, e);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(e = slice_or_starred(p))) {
      p->mark = m;
      break;
    }
    pvec_push(p, &v, e);
  }
  parser_expect(p, TOK_COMMA);
  return action_tuple(p, pvec_exprs(p, &v), AST_Load, parser_extra(p, mark));
}
Expr *parse_slices(Parser *p) {
  return parser_rule(p, slices_);
}

// ==== atoms ==================================================================

static void *group_(Parser *p) {
  int mark = p->mark;
  if (parser_expect(p, TOK_LPAR)) {
    Expr *a = parse_yield_expr(p);
    if (!a && !p->error) a = parse_named_expression(p);
    if (a && parser_expect(p, TOK_RPAR)) return a;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_group(p);
  return NULL;
}

static Expr *parse_dict(Parser *p);
static Expr *parse_set(Parser *p);
static Expr *parse_dictcomp(Parser *p);
static Expr *parse_setcomp(Parser *p);
static Expr *parse_listcomp(Parser *p);

// Tries [rules] in order at the same position.
static Expr *first_of(Parser *p, Expr *(*const *rules)(Parser *), int n) {
  int mark = p->mark;
  for (int i = 0; i < n; i++) {
    Expr *e = rules[i](p);
    if (e || p->error) return e;
    p->mark = mark;
  }
  return NULL;
}

static Expr *parse_group(Parser *p) {
  return parser_rule(p, group_);
}

static Expr *keyword_constant(Parser *p, ConstKind kind) {
  Token *t = p->tokens[p->mark++];
  return action_constant(p, kind, parser_token_loc(t));
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//   | (tuple | group | genexp) | (list | listcomp)
//   | (dict | set | dictcomp | setcomp) | '...'
static void *atom_(Parser *p) {
  static Expr *(*const paren[])(Parser *) = {parse_tuple, parse_group,
                                             parse_genexp};
  static Expr *(*const square[])(Parser *) = {parse_list, parse_listcomp};
  static Expr *(*const curly[])(Parser *) = {parse_dict, parse_set,
                                             parse_dictcomp, parse_setcomp};
  switch (parser_peek(p)) {
  case TOK_NAME:
    return action_name(p, parser_expect(p, TOK_NAME));
  case KW_TRUE:
    return keyword_constant(p, CONST_TRUE);
  case KW_FALSE:
    return keyword_constant(p, CONST_FALSE);
  case KW_NONE:
    return keyword_constant(p, CONST_NONE);
  case TOK_STRING:
    return parse_strings(p);
  case TOK_NUMBER:
    return action_number(p, parser_expect(p, TOK_NUMBER));
  case TOK_LPAR:
    return first_of(p, paren, 3);
  case TOK_LSQB:
    return first_of(p, square, 2);
  case TOK_LBRACE:
    return first_of(p, curly, 4);
  case TOK_ELLIPSIS:
    return keyword_constant(p, CONST_ELLIPSIS);
  default:
    return NULL;
  }
}
Expr *parse_atom(Parser *p) {
  return parser_rule(p, atom_);
}

// strings: STRING+
static void *strings_(Parser *p) {
  PVec toks = {0};
  Token *t;
  while ((t = parser_expect(p, TOK_STRING)))
    pvec_push(p, &toks, t);
  if (p->error || toks.len == 0) return NULL;
  return parser_concatenate_strings(p, (Token **)toks.items, toks.len);
}
Expr *parse_strings(Parser *p) {
  return parser_memo_rule(p, MEMO_STRINGS, strings_);
}

static Expr *sequence_node(Parser *p, ExprKind kind, PVec *v, int mark) {
  Expr *e = action_expr(p, kind, parser_extra(p, mark));
  if (e) {
    e->v.list.elts = pvec_exprs(p, v);
    e->v.list.ctx = AST_Load;
  }
  return e;
}

// list: '[' [star_named_expressions] ']'
static void *list_(Parser *p) {
  int mark = p->mark;
  PVec v = {0};
  if (!parser_expect(p, TOK_LSQB)) return NULL;
  parse_star_named_expressions(p, &v);
  if (p->error || !parser_expect(p, TOK_RSQB)) return NULL;
  return sequence_node(p, EXPR_List, &v, mark);
}
Expr *parse_list(Parser *p) {
  return parser_rule(p, list_);
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
static void *tuple_(Parser *p) {
  int mark = p->mark;
  PVec v = {0};
  if (!parser_expect(p, TOK_LPAR)) return NULL;
  int m = p->mark;
  Expr *y = parse_star_named_expression(p);
  if (y && parser_expect(p, TOK_COMMA)) {
    pvec_push(p, &v, y);
    parse_star_named_expressions(p, &v);
  } else {
    p->mark = m;
  }
  if (p->error || !parser_expect(p, TOK_RPAR)) return NULL;
  return sequence_node(p, EXPR_Tuple, &v, mark);
}
Expr *parse_tuple(Parser *p) {
  return parser_rule(p, tuple_);
}

// set: '{' star_named_expressions '}'
static void *set_(Parser *p) {
  int mark = p->mark;
  PVec v = {0};
  if (!parser_expect(p, TOK_LBRACE) || !parse_star_named_expressions(p, &v) ||
      !parser_expect(p, TOK_RBRACE))
    return NULL;
  Expr *e = action_expr(p, EXPR_Set, parser_extra(p, mark));
  if (e) e->v.set.elts = pvec_exprs(p, &v);
  return e;
}
static Expr *parse_set(Parser *p) {
  return parser_rule(p, set_);
}

// ==== dicts ==================================================================

// kvpair: expression ':' expression. Returns 1 with *key and *value set.
int parse_kvpair(Parser *p, Expr **key, Expr **value) {
  int mark = p->mark;
  if ((*key = parse_expression(p)) && parser_expect(p, TOK_COLON) &&
      (*value = parse_expression(p)))
    return 1;
  p->mark = mark;
  return 0;
}

// double_starred_kvpair: '**' bitwise_or | kvpair. A '**' entry has a NULL
// *key.
int parse_double_starred_kvpair(Parser *p, Expr **key, Expr **value) {
  int mark = p->mark;
  *key = NULL;
  if (parser_expect(p, TOK_DOUBLESTAR) && (*value = parse_bitwise_or(p)))
    return 1;
  p->mark = mark;
  return parse_kvpair(p, key, value);
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
static int double_starred_kvpairs(Parser *p, PVec *keys, PVec *values) {
  Expr *key, *value;
  if (!parse_double_starred_kvpair(p, &key, &value)) return 0;
  for (;;) {
    pvec_push(p, keys, key);
    pvec_push(p, values, value);
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) ||
        !parse_double_starred_kvpair(p, &key, &value)) {
      p->mark = m;
      break;
    }
  }
  parser_expect(p, TOK_COMMA);
  return !p->error;
}

// dict: '{' [double_starred_kvpairs] '}'
//   | '{' invalid_double_starred_kvpairs '}'
static void *dict_(Parser *p) {
  int mark = p->mark;
  PVec keys = {0}, values = {0};
  if (parser_expect(p, TOK_LBRACE)) {
    double_starred_kvpairs(p, &keys, &values);
    if (!p->error && parser_expect(p, TOK_RBRACE)) {
      Expr *e = action_expr(p, EXPR_Dict, parser_extra(p, mark));
      if (e) {
        e->v.dict.keys = pvec_exprs(p, &keys);
        e->v.dict.values = pvec_exprs(p, &values);
      }
      return e;
    }
  }
  p->mark = mark;
  if (p->call_invalid_rules && parser_expect(p, TOK_LBRACE))
    parse_invalid_double_starred_kvpairs(p);
  return NULL;
}
static Expr *parse_dict(Parser *p) {
  return parser_rule(p, dict_);
}

// ==== comprehensions =========================================================

// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if'
// disjunction)*
//   | invalid_for_target
static void *for_if_clause_(Parser *p) {
  int mark = p->mark;
  for (int is_async = 1; is_async >= 0; is_async--) {
    p->mark = mark;
    if (is_async && !parser_expect(p, TOK_ASYNC)) continue;
    Expr *target, *iter, *cond;
    if (!parser_expect(p, KW_FOR) || !(target = parse_star_targets(p)) ||
        !parser_expect(p, KW_IN))
      continue;
    if (!(iter = parse_disjunction(p))) return NULL; // cut
    PVec ifs = {0};
    for (;;) {
      int m = p->mark;
      if (!parser_expect(p, KW_IF) || !(cond = parse_disjunction(p))) {
        p->mark = m;
        break;
      }
      pvec_push(p, &ifs, cond);
    }
    Comprehension *c = action_alloc(p, sizeof *c);
    if (!c) return NULL;
    c->target = target;
    c->iter = iter;
    c->ifs = pvec_exprs(p, &ifs);
    c->is_async = is_async;
    return c;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_for_target(p);
  return NULL;
}

// for_if_clauses: for_if_clause+
int parse_for_if_clauses(Parser *p, PVec *out) {
  Comprehension *c;
  while ((c = parser_rule(p, for_if_clause_)))
    pvec_push(p, out, c);
  return out->len > 0 && !p->error;
}

static Expr *comprehension_node(Parser *p, ExprKind kind, Expr *elt, PVec *gens,
                                int mark) {
  Expr *e = action_expr(p, kind, parser_extra(p, mark));
  if (e) {
    e->v.comp.elt = elt;
    e->v.comp.generators = pvec_comprehensions(p, gens);
  }
  return e;
}

// OPEN named_expression for_if_clauses CLOSE | invalid_comprehension
static Expr *simple_comprehension(Parser *p, int open, int close,
                                  ExprKind kind) {
  int mark = p->mark;
  PVec gens = {0};
  Expr *elt;
  if (parser_expect(p, open) && (elt = parse_named_expression(p)) &&
      parse_for_if_clauses(p, &gens) && parser_expect(p, close))
    return comprehension_node(p, kind, elt, &gens, mark);
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_comprehension(p);
  return NULL;
}

static void *listcomp_(Parser *p) {
  return simple_comprehension(p, TOK_LSQB, TOK_RSQB, EXPR_ListComp);
}
static Expr *parse_listcomp(Parser *p) {
  return parser_rule(p, listcomp_);
}

static void *setcomp_(Parser *p) {
  return simple_comprehension(p, TOK_LBRACE, TOK_RBRACE, EXPR_SetComp);
}
static Expr *parse_setcomp(Parser *p) {
  return parser_rule(p, setcomp_);
}

// assignment_expression | expression !':='
static Expr *genexp_element(Parser *p) {
  int mark = p->mark;
  Expr *e = parse_assignment_expression(p);
  if (e || p->error) return e;
  if ((e = parse_expression(p)) && !parser_at(p, TOK_COLONEQUAL)) return e;
  p->mark = mark;
  return NULL;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//   | invalid_comprehension
static void *genexp_(Parser *p) {
  int mark = p->mark;
  PVec gens = {0};
  Expr *elt;
  if (parser_expect(p, TOK_LPAR) && (elt = genexp_element(p)) &&
      parse_for_if_clauses(p, &gens) && parser_expect(p, TOK_RPAR))
    return comprehension_node(p, EXPR_GeneratorExp, elt, &gens, mark);
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_comprehension(p);
  return NULL;
}
Expr *parse_genexp(Parser *p) {
  return parser_rule(p, genexp_);
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
static void *dictcomp_(Parser *p) {
  int mark = p->mark;
  PVec gens = {0};
  Expr *key, *value;
  if (parser_expect(p, TOK_LBRACE) && parse_kvpair(p, &key, &value) &&
      parse_for_if_clauses(p, &gens) && parser_expect(p, TOK_RBRACE)) {
    Expr *e = comprehension_node(p, EXPR_DictComp, NULL, &gens, mark);
    if (e) {
      e->v.comp.key = key;
      e->v.comp.value = value;
    }
    return e;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_dict_comprehension(p);
  return NULL;
}
static Expr *parse_dictcomp(Parser *p) {
  return parser_rule(p, dictcomp_);
}

// ==== call arguments =========================================================

// starred_expression: '*' expression
static void *starred_expression_(Parser *p) {
  int mark = p->mark;
  Expr *a;
  if (!parser_expect(p, TOK_STAR) || !(a = parse_expression(p))) return NULL;
  Expr *e = action_expr(p, EXPR_Starred, parser_extra(p, mark));
  if (e) {
    e->v.starred.value = a;
    e->v.starred.ctx = AST_Load;
  }
  return e;
}
Expr *parse_starred_expression(Parser *p) {
  return parser_rule(p, starred_expression_);
}

// A keyword argument or a starred expression (KeywordOrStarred).
typedef struct KwOrStar {
  void *element;
  int is_keyword;
} KwOrStar;

static KwOrStar *kw_or_star(Parser *p, void *element, int is_keyword) {
  KwOrStar *k = element ? action_alloc(p, sizeof *k) : NULL;
  if (k) {
    k->element = element;
    k->is_keyword = is_keyword;
  }
  return k;
}

static Keyword *keyword_node(Parser *p, const char *arg, Expr *value, Loc loc) {
  Keyword *k = action_alloc(p, sizeof *k);
  if (k) {
    k->arg = arg;
    k->value = value;
    k->loc = loc;
  }
  return k;
}

// kwarg_or_starred / kwarg_or_double_starred: invalid_kwarg
//   | NAME '=' expression | ('*' expression  or  '**' expression)
static KwOrStar *kwarg(Parser *p, int double_star) {
  int mark = p->mark;
  if (p->call_invalid_rules) {
    parse_invalid_kwarg(p);
    if (p->error) return NULL;
    p->mark = mark;
  }
  Expr *name = action_name(p, parser_expect(p, TOK_NAME)), *value;
  if (name && parser_expect(p, TOK_EQUAL) && (value = parse_expression(p)))
    return kw_or_star(
        p, keyword_node(p, name->v.name.id, value, parser_extra(p, mark)), 1);
  p->mark = mark;
  if (!double_star) return kw_or_star(p, parse_starred_expression(p), 0);
  if (parser_expect(p, TOK_DOUBLESTAR) && (value = parse_expression(p)))
    return kw_or_star(p, keyword_node(p, NULL, value, parser_extra(p, mark)),
                      1);
  p->mark = mark;
  return NULL;
}

static void *kwarg_or_starred_(Parser *p) {
  return kwarg(p, 0);
}
static void *kwarg_or_double_starred_(Parser *p) {
  return kwarg(p, 1);
}

// ','.ITEM+ appended to [out]; returns the number gathered.
static int gather(Parser *p, RuleFn item, PVec *out) {
  void *e = parser_rule(p, item);
  if (!e) return 0;
  int n = 1;
  pvec_push(p, out, e);
  for (;;) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !(e = parser_rule(p, item))) {
      p->mark = m;
      return n;
    }
    pvec_push(p, out, e);
    n++;
  }
}

// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//   | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
int parse_kwargs(Parser *p, PVec *out) {
  int mark = p->mark;
  if (gather(p, kwarg_or_starred_, out)) {
    int m = p->mark;
    if (parser_expect(p, TOK_COMMA) && gather(p, kwarg_or_double_starred_, out))
      return 1;
    p->mark = m;
    return !p->error;
  }
  out->len = 0;
  p->mark = mark;
  return gather(p, kwarg_or_double_starred_, out) > 0;
}

// The Call node `args` builds: positional arguments first, then the
// starred expressions among the keywords, then the keywords.
static Expr *collect_call(Parser *p, PVec *positional, PVec *kw, Loc loc) {
  PVec args = {0}, keywords = {0};
  for (int i = 0; i < positional->len; i++)
    pvec_push(p, &args, positional->items[i]);
  for (int i = 0; i < kw->len; i++) {
    KwOrStar *k = kw->items[i];
    pvec_push(p, k->is_keyword ? &keywords : &args, k->element);
  }
  Expr *e = action_expr(p, EXPR_Call, loc);
  if (e) {
    e->v.call.args = pvec_exprs(p, &args);
    e->v.call.keywords = pvec_keywords(p, &keywords);
  }
  return e;
}

// starred_expression | (assignment_expression | expression !':=') !'='
static void *positional_arg_(Parser *p) {
  Expr *e = parse_starred_expression(p);
  if (e || p->error) return e;
  if ((e = genexp_element(p)) && parser_at(p, TOK_EQUAL)) return NULL;
  return e;
}

// ','.positional_arg+
int parse_positional_args(Parser *p, PVec *out) {
  return gather(p, positional_arg_, out);
}

// args: ','.positional_arg+ [',' kwargs] | kwargs
static void *args_(Parser *p) {
  int mark = p->mark;
  PVec positional = {0}, kw = {0};
  if (parse_positional_args(p, &positional)) {
    int m = p->mark;
    if (!parser_expect(p, TOK_COMMA) || !parse_kwargs(p, &kw)) {
      p->mark = m;
      kw.len = 0;
    }
    if (p->error) return NULL;
    return collect_call(p, &positional, &kw, parser_extra(p, mark));
  }
  p->mark = mark;
  if (!parse_kwargs(p, &kw)) return NULL;
  return collect_call(p, &positional, &kw, parser_extra(p, mark));
}
Expr *parse_call_args(Parser *p) { return parser_rule(p, args_); }

// arguments: args [','] &')' | invalid_arguments
static void *arguments_(Parser *p) {
  int mark = p->mark;
  Expr *a = parse_call_args(p);
  if (a) {
    parser_expect(p, TOK_COMMA);
    if (parser_at(p, TOK_RPAR)) return a;
  }
  p->mark = mark;
  if (p->call_invalid_rules) parse_invalid_arguments(p);
  return NULL;
}
Expr *parse_arguments(Parser *p) {
  return parser_memo_rule(p, MEMO_ARGUMENTS, arguments_);
}
