// parser.c — the parser's machinery: the token buffer filled on demand from
// the lexer, per-position memoization, the rule-nesting limit, and the
// two-pass driver of CPython's Parser/pegen.c (_PyPegen_run_parser).
// tests/parser/README.md describes the whole pipeline.
#include "parser_impl.h"

#include <stdlib.h>
#include <string.h>

enum { BLOCK_ITEMS = 1024 };

struct TokenBlock {
  TokenBlock *next;
  int used;
  Token items[BLOCK_ITEMS];
};

struct MemoBlock {
  MemoBlock *next;
  int used;
  Memo items[BLOCK_ITEMS];
};

void parser_config_init(ParserConfig *config) {
  memset(config, 0, sizeof *config);
  config->max_depth = PARSER_MAX_DEPTH;
}

// ==== Tokens =================================================================

static Token *new_token(Parser *p) {
  TokenBlock *b = p->token_blocks;
  if (!b || b->used == BLOCK_ITEMS) {
    b = malloc(sizeof *b);
    if (!b) return NULL;
    b->used = 0;
    b->next = p->token_blocks;
    p->token_blocks = b;
  }
  return &b->items[b->used++];
}

static int grow_tokens(Parser *p) {
  int size = p->size ? p->size * 2 : 256;
  Token **tokens = realloc(p->tokens, (size_t)size * sizeof *tokens);
  if (!tokens) return -1;
  p->tokens = tokens;
  p->size = size;
  return 0;
}

// An f-string expression's first line is shifted to its place in the file.
static void shift_fstring_token(Parser *p, Token *t) {
  if (p->lx->lineno != p->starting_lineno) return;
  t->col_offset += p->starting_col_offset;
  t->end_col_offset += p->starting_col_offset;
}

int parser_fill(Parser *p) {
  if (p->mark < p->fill) return 0;
  Token *t = NULL;
  if ((p->fill == p->size && grow_tokens(p) < 0) || !(t = new_token(p))) {
    parser_raise_memory(p);
    return -1;
  }
  int type = lexer_next(p->lx, t);
  if (p->fstring_mode) shift_fstring_token(p, t);
  p->tokens[p->fill++] = t;
  if (type != TOK_ERRORTOKEN) return 0;
  parser_tokenizer_error(p);
  return -1;
}

int parser_peek(Parser *p) {
  if (p->error || parser_fill(p) < 0) return -1;
  return p->tokens[p->mark]->type;
}

Token *parser_expect(Parser *p, int type) {
  if (parser_peek(p) != type) return NULL;
  return p->tokens[p->mark++];
}

Token *parser_expect_forced(Parser *p, int type, const char *expected) {
  int got = parser_peek(p);
  if (got < 0) return NULL;
  if (got != type) {
    Loc at = parser_token_loc(p->tokens[p->mark]);
    return parser_raise_range(p, at, at, "expected '%s'", expected);
  }
  return p->tokens[p->mark++];
}

Token *parser_last_nonwhitespace(Parser *p) {
  Token *t = NULL;
  for (int m = p->mark - 1; m >= 0; m--) {
    t = p->tokens[m];
    if (t->type != TOK_ENDMARKER &&
        (t->type < TOK_NEWLINE || t->type > TOK_DEDENT))
      break;
  }
  return t;
}

Loc parser_extra(Parser *p, int start_mark) {
  Token *s = p->tokens[start_mark], *e = parser_last_nonwhitespace(p);
  Loc loc = {s->lineno, s->col_offset, e->end_lineno, e->end_col_offset};
  return loc;
}

// ==== Rules and memos ========================================================

// A failed rule leaves p->mark where it started (as CPython's rules do).
void *parser_rule(Parser *p, RuleFn fn) {
  int mark = p->mark;
  if (p->level++ == p->max_level) parser_raise_memory(p);
  void *result = p->error ? NULL : fn(p);
  if (!result) p->mark = mark;
  p->level--;
  return result;
}

static Memo *new_memo(Parser *p) {
  Memo *m = p->free_memos;
  if (m) {
    p->free_memos = m->next;
    return m;
  }
  MemoBlock *b = p->memo_blocks;
  if (!b || b->used == BLOCK_ITEMS) {
    if (!(b = malloc(sizeof *b))) return NULL;
    b->used = 0;
    b->next = p->memo_blocks;
    p->memo_blocks = b;
  }
  return &b->items[b->used++];
}

static void insert_memo(Parser *p, int mark, int type, void *node) {
  Memo *m = new_memo(p);
  if (!m) {
    parser_raise_memory(p);
    return;
  }
  m->type = type;
  m->node = node;
  m->mark = p->mark;
  m->next = p->tokens[mark]->memo;
  p->tokens[mark]->memo = m;
}

// A memoized rule; [raw] runs its body one level deeper, as CPython runs a
// left-recursive rule's body in a separate "raw" function.
static void *memo_rule(Parser *p, int memo_id, RuleFn fn, int raw) {
  if (p->level++ == p->max_level) parser_raise_memory(p);
  void *result = NULL;
  if (!p->error && parser_fill(p) == 0) {
    int mark = p->mark;
    Memo *m = p->tokens[mark]->memo;
    while (m && m->type != memo_id)
      m = m->next;
    if (m) {
      p->mark = m->mark;
      result = m->node;
    } else {
      result = raw ? parser_rule(p, fn) : fn(p);
      if (!result) p->mark = mark;
      if (!p->error) insert_memo(p, mark, memo_id, result);
    }
  }
  p->level--;
  return result;
}

void *parser_memo_rule(Parser *p, int memo_id, RuleFn fn) {
  return memo_rule(p, memo_id, fn, 0);
}

void *parser_left_rec_rule(Parser *p, int memo_id, RuleFn fn) {
  return memo_rule(p, memo_id, fn, 1);
}

int parser_lookahead(Parser *p, RuleFn fn) {
  int mark = p->mark;
  void *result = parser_rule(p, fn);
  p->mark = mark;
  return result != NULL;
}

static void release_range(Parser *p, int from, int to) {
  for (int i = from; i < to; i++) {
    Memo *m = p->tokens[i]->memo;
    while (m) {
      Memo *next = m->next;
      m->next = p->free_memos;
      p->free_memos = m;
      m = next;
    }
    p->tokens[i]->memo = NULL;
  }
}

// Only the tokens since the last release can hold memos (the parser never
// goes back into a finished statement), so long files stay linear.
void parser_release_memos(Parser *p) {
  if (p->mark < p->memo_released) p->memo_released = 0;
  release_range(p, p->memo_released, p->mark);
  p->memo_released = p->mark;
}

// ==== Driver =================================================================

// file: [statements] ENDMARKER. Memos are dropped after each top-level
// statement: the parser never backtracks into a finished one.
static Module *parse_file(Parser *p) {
  PVec body = {0};
  p->mark = 0;
  p->level++; // CPython's `statements` rule
  while (parse_statement(p, &body))
    parser_release_memos(p);
  p->level--;
  if (p->error || !parser_expect(p, TOK_ENDMARKER)) return NULL;
  Module *m = action_alloc(p, sizeof *m);
  if (m) m->body = pvec_stmts(p, &body);
  return m;
}

static void free_parser(Parser *p) {
  while (p->token_blocks) {
    TokenBlock *next = p->token_blocks->next;
    free(p->token_blocks);
    p->token_blocks = next;
  }
  while (p->memo_blocks) {
    MemoBlock *next = p->memo_blocks->next;
    free(p->memo_blocks);
    p->memo_blocks = next;
  }
  free(p->tokens);
}

// _PyPegen_run_parser: a failed first pass is followed by a second one with
// the invalid_* rules enabled, to find CPython's specialised message.
static void *run_parser(Parser *p, RuleFn start) {
  void *result = parser_rule(p, start);
  if (result || (p->err->set && p->err->kind == SYNTAX_MEMORY_ERROR))
    return result;
  Token *last_token = p->fill ? p->tokens[p->fill - 1] : NULL;
  if (!p->error) {
    release_range(p, 0, p->fill);
    p->memo_released = 0;
    p->mark = 0;
    p->call_invalid_rules = 1;
    parser_rule(p, start);
    if (p->err->set && p->err->kind == SYNTAX_MEMORY_ERROR) return NULL;
  }
  parser_set_syntax_error(p, last_token);
  return NULL;
}

static void *file_rule(Parser *p) {
  return parse_file(p);
}

Module *parser_parse_module(Arena *arena, const char *src, size_t len,
                            const char *filename, const ParserConfig *config,
                            SyntaxErrorInfo *err) {
  ParserConfig defaults;
  if (!config) {
    parser_config_init(&defaults);
    config = &defaults;
  }
  syntax_error_clear(err);
  Lexer lx;
  if (lexer_init(&lx, src, len, filename) < 0) {
    err->set = 1;
    err->kind = SYNTAX_MEMORY_ERROR;
    return NULL;
  }
  lx.warn = config->warn;
  lx.warn_ctx = config->warn_ctx;
  Parser p = {.lx = &lx,
              .arena = arena,
              .err = err,
              .filename = filename,
              .source = src,
              .source_len = len,
              .max_level = config->max_depth,
              .config = config};
  Module *m = run_parser(&p, file_rule);
  free_parser(&p);
  lexer_free(&lx);
  return m;
}

static void *fstring_rule(Parser *p) {
  return parse_star_expressions(p);
}

Expr *parser_parse_fstring_expr(Parser *p, const char *text, size_t len,
                                int lineno, int col_offset) {
  Lexer lx;
  if (lexer_init(&lx, text, len, p->filename) < 0) {
    parser_raise_memory(p);
    return NULL;
  }
  lx.coding_checked = lx.encoding_declared = 1;
  lx.lineno = lineno - 1;
  lx.warn = p->config->warn;
  lx.warn_ctx = p->config->warn_ctx;
  // Nesting continues from the enclosing parser (CPython restarts at 0):
  // the C stack is shared.
  Parser sub = {.lx = &lx,
                .arena = p->arena,
                .err = p->err,
                .filename = p->filename,
                .source = p->source,
                .source_len = p->source_len,
                .fstring_mode = 1,
                .starting_lineno = lineno,
                .starting_col_offset = col_offset,
                .level = p->level,
                .max_level = p->max_level,
                .config = p->config};
  Expr *e = run_parser(&sub, fstring_rule);
  if (!e) p->error = 1;
  free_parser(&sub);
  lexer_free(&lx);
  return e;
}
