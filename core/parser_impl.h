// parser_impl.h — internals shared by the parser's files: the Parser state,
// token and memo access, error raising, AST-building actions and the rule
// entry points (one per grammar rule that other files call). The rules follow
// CPython 3.11's Grammar/python.gram; tests/parser/README.md.
#ifndef core_parser_impl_h
#define core_parser_impl_h

#include "parser.h"

typedef struct Memo {
  int type, mark;
  void *node;
  struct Memo *next;
} Memo;

typedef struct MemoBlock MemoBlock;
typedef struct TokenBlock TokenBlock;

typedef struct Parser {
  Lexer *lx;
  Arena *arena;
  Token **tokens; // tokens read so far; tokens[mark] is the next one
  int fill, size, mark;
  TokenBlock *token_blocks;
  MemoBlock *memo_blocks;
  Memo *free_memos;
  int memo_released; // tokens before this index hold no memos
  int level, max_level; // rule nesting (CPython's p->level / MAXSTACK)
  int error;            // set once an error is recorded: every rule fails
  int call_invalid_rules;
  SyntaxErrorInfo *err;
  const char *filename;
  const char *source; // the file's bytes (error lines are re-read from it)
  size_t source_len;
  // An f-string expression parser: messages get "f-string: ", columns are
  // shifted (CPython's Py_fstring_input start rule).
  int fstring_mode, starting_lineno, starting_col_offset;
  const ParserConfig *config;
} Parser;

// A rule body: returns a node (or any non-NULL result), NULL on failure.
typedef void *(*RuleFn)(Parser *p);

// ---- parser.c: tokens, memo, rule calls -------------------------------------

// Makes tokens[p->mark] available. Returns -1 on error.
int parser_fill(Parser *p);
// The type of the next token without consuming it (-1 on error).
int parser_peek(Parser *p);
static inline int parser_at(Parser *p, int type) {
  return parser_peek(p) == type;
}
// Consumes the next token if it has [type].
Token *parser_expect(Parser *p, int type);
// `&&'x'`: consumes a token of [type] or raises "expected 'x'".
Token *parser_expect_forced(Parser *p, int type, const char *expected);
// The last token before p->mark that is not NEWLINE/INDENT/DEDENT/ENDMARKER.
Token *parser_last_nonwhitespace(Parser *p);
// Calls [fn] as one rule level (limit and error checks).
void *parser_rule(Parser *p, RuleFn fn);
// Like parser_rule, with the result memoized per position under [memo_id].
void *parser_memo_rule(Parser *p, int memo_id, RuleFn fn);
// The same for a left-recursive rule (written as a loop): its body counts
// one more nesting level, as in CPython.
void *parser_left_rec_rule(Parser *p, int memo_id, RuleFn fn);
// Tests whether [fn] matches here without consuming input.
int parser_lookahead(Parser *p, RuleFn fn);
// Drops the memos of tokens before p->mark (safe between top-level
// statements, where the parser never backtracks).
void parser_release_memos(Parser *p);
// Location from tokens[start_mark] to the last non-whitespace token.
Loc parser_extra(Parser *p, int start_mark);
// Parses an f-string expression "(expr)" at [line], [col] (sub-parser).
Expr *parser_parse_fstring_expr(Parser *p, const char *text, size_t len,
                                int lineno, int col_offset);

// Memoized rules.
enum {
  MEMO_SIMPLE_STMT = 1,
  MEMO_BLOCK,
  MEMO_EXPRESSION,
  MEMO_STAR_EXPRESSION,
  MEMO_DISJUNCTION,
  MEMO_CONJUNCTION,
  MEMO_INVERSION,
  MEMO_FACTOR,
  MEMO_AWAIT_PRIMARY,
  MEMO_STRINGS,
  MEMO_ARGUMENTS,
  MEMO_STAR_TARGET,
  MEMO_TARGET_WITH_STAR_ATOM,
  MEMO_DEL_TARGET,
  MEMO_INVALID_NAMED_EXPRESSION,
  MEMO_BITWISE_OR,
  MEMO_BITWISE_XOR,
  MEMO_BITWISE_AND,
  MEMO_SHIFT_EXPR,
  MEMO_SUM,
  MEMO_TERM,
  MEMO_PRIMARY,
  MEMO_T_PRIMARY,
  MEMO_DOTTED_NAME,
};

// ---- parser_errors.c --------------------------------------------------------

// Marks "use the tokenizer's current position" (CPython's CURRENT_POS).
#define PARSER_CURRENT_POS (-5)

// RAISE_ERROR_KNOWN_LOCATION: columns are 0-based byte offsets (-1: none).
void *parser_raise_at(Parser *p, SyntaxErrorKind kind, int lineno, int col,
                      int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read.
void *parser_raise(Parser *p, SyntaxErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// RAISE_SYNTAX_ERROR_KNOWN_RANGE from [a]'s start to [b]'s end.
void *parser_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
// RAISE_SYNTAX_ERROR_STARTING_FROM [a] to the tokenizer's position.
void *parser_raise_from(Parser *p, Loc a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// The parser's nesting limit was hit (CPython: MemoryError).
void parser_raise_memory(Parser *p);
// A lexer error on the token just read: converts it like CPython.
void parser_tokenizer_error(Parser *p);
// After the second pass: CPython's _Pypegen_set_syntax_error.
void parser_set_syntax_error(Parser *p, Token *last_token);
Loc parser_token_loc(const Token *t);

// ---- parser_actions.c: AST construction helpers ----------------------------

// A growable list of pointers in the arena, for building sequences.
typedef struct PVec {
  void **items;
  int len, cap;
} PVec;

int pvec_push(Parser *p, PVec *v, void *item); // -1 when out of memory
ExprSeq pvec_exprs(Parser *p, const PVec *v);
StmtSeq pvec_stmts(Parser *p, const PVec *v);
KeywordSeq pvec_keywords(Parser *p, const PVec *v);
ArgSeq pvec_args(Parser *p, const PVec *v);
AliasSeq pvec_aliases(Parser *p, const PVec *v);
WithItemSeq pvec_withitems(Parser *p, const PVec *v);
HandlerSeq pvec_handlers(Parser *p, const PVec *v);
ComprehensionSeq pvec_comprehensions(Parser *p, const PVec *v);
IdentSeq pvec_idents(Parser *p, const PVec *v); // from Name nodes
ExprSeq expr_seq1(Parser *p, Expr *e);
StmtSeq stmt_seq1(Parser *p, Stmt *s);

void *action_alloc(Parser *p, size_t size); // sets p->error when out of memory
Expr *action_expr(Parser *p, ExprKind kind, Loc loc);
Stmt *action_stmt(Parser *p, StmtKind kind, Loc loc);
Expr *action_name(Parser *p, Token *t);   // NAME token -> Name (NFKC)
Expr *action_number(Parser *p, Token *t); // NUMBER token -> Constant
Expr *action_constant(Parser *p, ConstKind kind, Loc loc);
Expr *action_binop(Parser *p, Expr *l, OperatorKind op, Expr *r, Loc loc);
Expr *action_tuple(Parser *p, ExprSeq elts, ExprContext ctx, Loc loc);
// Attribute [value].[name] (a NAME token) and Subscript [value][[slice]].
Expr *action_attribute(Parser *p, Expr *value, Token *name, ExprContext ctx,
                       Loc loc);
Expr *action_subscript(Parser *p, Expr *value, Expr *slice, ExprContext ctx,
                       Loc loc);
// _PyPegen_set_expr_context: a copy of [e] with context [ctx].
Expr *action_set_context(Parser *p, Expr *e, ExprContext ctx);
// _PyPegen_get_expr_name ("function call", "literal", ...).
const char *action_expr_name(const Expr *e);
typedef enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR } TargetsType;
// RAISE_SYNTAX_ERROR_INVALID_TARGET. Returns NULL (raised or not).
void *action_invalid_target(Parser *p, TargetsType type, Expr *e);
// _PyPegen_check_legacy_stmt: [e] is the name print or exec.
int action_is_legacy_name(const Expr *e);
// _PyPegen_get_last_comprehension_item.
Expr *action_last_comprehension_item(const Comprehension *c);
Arguments *action_empty_arguments(Parser *p);

// Parameter pieces collected by the parameter rules.
typedef struct NameDefault {
  Arg *arg;
  Expr *value;
} NameDefault;
typedef struct SlashWithDefault {
  PVec plain;
  PVec with_defaults;
} SlashWithDefault;
typedef struct StarEtc {
  Arg *vararg;
  PVec kwonly;
  Arg *kwarg;
  int has_kwonly;
} StarEtc;
Arguments *action_make_arguments(Parser *p, PVec *slash_no_default,
                                 SlashWithDefault *slash_with_default,
                                 PVec *plain, PVec *with_default,
                                 StarEtc *star_etc);

// ---- parser_string.c / fstring.c --------------------------------------------

// strings: STRING+ -> Constant or JoinedStr (concatenated).
Expr *parser_concatenate_strings(Parser *p, Token **toks, int n);
// Decodes a str literal body (escapes unless [raw]) into [out] as UTF-8.
int parser_decode_str(Parser *p, const char *s, size_t len, int raw, Buf *out);

// The pieces of a concatenation with f-strings (CPython's FstringParser):
// literal text not yet turned into a Constant, and the values so far.
typedef struct FstringState {
  Buf last_str;
  PVec values;
  int fmode; // an f-string was seen: the result is a JoinedStr
} FstringState;
void fstring_state_init(FstringState *st);
void fstring_state_free(FstringState *st);
// Adds the f-string body at *[str] (up to [end]) of token [t] to [st];
// [first] and [last] are the tokens of the whole concatenation.
int fstring_concat(Parser *p, FstringState *st, const char **str,
                   const char *end, int raw, int recurse_lvl, Token *first,
                   Token *t, Token *last);
// The Constant or JoinedStr for everything added to [st].
Expr *fstring_finish(Parser *p, FstringState *st, Token *first, Token *last);

// ---- Rules used across files ------------------------------------------------

// parser_stmt.c
StmtSeq *parse_statements(Parser *p);      // NULL: none parsed
int parse_statement(Parser *p, PVec *out); // appends; 0 when none
StmtSeq *parse_block(Parser *p);
Expr *parse_dotted_name(Parser *p);
Expr *parse_as_name(Parser *p); // ['as' NAME]; NULL when absent
// parser_compound.c
Stmt *parse_compound_stmt(Parser *p);
Stmt *parse_function_def(Parser *p);
Stmt *parse_class_def(Parser *p);
// parser_params.c
Arguments *parse_params(Parser *p);
Arguments *parse_lambda_params(Parser *p);
void *parse_param_no_default(Parser *p);
void *parse_param_with_default(Parser *p);
void *parse_param_maybe_default(Parser *p);
void *parse_slash_no_default(Parser *p);
void *parse_slash_with_default(Parser *p);
void *parse_lambda_param_no_default(Parser *p);
void *parse_lambda_param_with_default(Parser *p);
void *parse_lambda_param_maybe_default(Parser *p);
void *parse_lambda_slash_no_default(Parser *p);
void *parse_lambda_slash_with_default(Parser *p);
Arg *parse_param(Parser *p);
Arg *parse_lambda_param(Parser *p);
// parser_expr.c
Expr *parse_expressions(Parser *p);
Expr *parse_expression(Parser *p);
Expr *parse_expression_without_invalid(Parser *p);
Expr *parse_yield_expr(Parser *p);
Expr *parse_star_expressions(Parser *p);
Expr *parse_star_expression(Parser *p);
int parse_star_named_expressions(Parser *p, PVec *out);
Expr *parse_star_named_expression(Parser *p);
Expr *parse_assignment_expression(Parser *p);
Expr *parse_named_expression(Parser *p);
Expr *parse_disjunction(Parser *p);
Expr *parse_bitwise_or(Parser *p);
Expr *parse_annotated_rhs(Parser *p);
Expr *parse_lambdef(Parser *p);
// parser_primary.c
Expr *parse_primary(Parser *p);
Expr *parse_atom(Parser *p);
Expr *parse_slices(Parser *p);
Expr *parse_strings(Parser *p);
Expr *parse_list(Parser *p);
Expr *parse_tuple(Parser *p);
Expr *parse_genexp(Parser *p);
Expr *parse_arguments(Parser *p);
Expr *parse_call_args(Parser *p);
// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
int parse_positional_args(Parser *p, PVec *out);
int parse_kwargs(Parser *p, PVec *out);
Expr *parse_starred_expression(Parser *p);
int parse_for_if_clauses(Parser *p, PVec *out);
int parse_kvpair(Parser *p, Expr **key, Expr **value);
int parse_double_starred_kvpair(Parser *p, Expr **key, Expr **value);
// parser_targets.c
Expr *parse_star_targets(Parser *p);
Expr *parse_star_target(Parser *p);
Expr *parse_single_target(Parser *p);
Expr *parse_single_subscript_attribute_target(Parser *p);
Expr *parse_t_primary(Parser *p);
int parse_del_targets(Parser *p, PVec *out);
int parse_t_lookahead(Parser *p);
// parser_invalid*.c (only called when p->call_invalid_rules)
void *parse_invalid_arguments(Parser *p);
void *parse_invalid_kwarg(Parser *p);
void *parse_invalid_expression(Parser *p);
void *parse_invalid_legacy_expression(Parser *p);
void *parse_invalid_named_expression(Parser *p);
void *parse_invalid_assignment(Parser *p);
void *parse_invalid_del_stmt(Parser *p);
void *parse_invalid_block(Parser *p);
void *parse_invalid_comprehension(Parser *p);
void *parse_invalid_dict_comprehension(Parser *p);
void *parse_invalid_parameters(Parser *p);
void *parse_invalid_default(Parser *p);
void *parse_invalid_star_etc(Parser *p);
void *parse_invalid_kwds(Parser *p);
void *parse_invalid_lambda_parameters(Parser *p);
void *parse_invalid_lambda_star_etc(Parser *p);
void *parse_invalid_lambda_kwds(Parser *p);
void *parse_invalid_with_item(Parser *p);
void *parse_invalid_for_target(Parser *p);
void *parse_invalid_group(Parser *p);
void *parse_invalid_import_from_targets(Parser *p);
void *parse_invalid_with_stmt(Parser *p);
void *parse_invalid_with_stmt_indent(Parser *p);
void *parse_invalid_try_stmt(Parser *p);
void *parse_invalid_except_stmt(Parser *p);
void *parse_invalid_finally_stmt(Parser *p);
void *parse_invalid_except_stmt_indent(Parser *p);
void *parse_invalid_except_star_stmt_indent(Parser *p);
void *parse_invalid_if_stmt(Parser *p);
void *parse_invalid_elif_stmt(Parser *p);
void *parse_invalid_else_stmt(Parser *p);
void *parse_invalid_while_stmt(Parser *p);
void *parse_invalid_for_stmt(Parser *p);
void *parse_invalid_def_raw(Parser *p);
void *parse_invalid_class_def_raw(Parser *p);
void *parse_invalid_double_starred_kvpairs(Parser *p);
void *parse_invalid_kvpair(Parser *p);
// parser_compound.c: except blocks (used by invalid_try_stmt)
void *parse_except_block(Parser *p);
void *parse_except_star_block(Parser *p);

#endif
