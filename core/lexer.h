// lexer.h — the tokenizer: UTF-8 source bytes to Python 3.11 tokens, one at
// a time, on demand. It behaves like CPython 3.11's Parser/tokenizer.c for a
// file run as a script (line reading, indentation, errors and where they
// point), because the parser's error locations depend on exactly when and how
// far tokens were read. tests/parser/README.md describes the pipeline.
#ifndef core_lexer_h
#define core_lexer_h

#include <stddef.h>

#include "syntax_error.h"

// X(name, text): every token type; operators carry their spelling.
#define LEX_TOKENS(X)                                                          \
  X(ENDMARKER, "")                                                             \
  X(NAME, "") X(NUMBER, "") X(STRING, "") X(NEWLINE, "") X(INDENT, "") X(      \
      DEDENT, "") X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]")          \
      X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(   \
          STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<")     \
          X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(         \
              LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=")   \
              X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~")           \
                  X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X( \
                      DOUBLESTAR, "**") X(PLUSEQUAL, "+=")                     \
                      X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") \
                          X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=")            \
                              X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")      \
                                  X(LEFTSHIFTEQUAL,                            \
                                    "<<=") X(RIGHTSHIFTEQUAL,                  \
                                             ">>=") X(DOUBLESTAREQUAL, "**=")  \
                                      X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, \
                                                             "//=") X(AT, "@") \
                                          X(ATEQUAL, "@=") X(RARROW, "->")     \
                                              X(ELLIPSIS, "...") X(COLONEQUAL, \
                                                                   ":=")       \
                                                  X(OP, "") X(AWAIT, "await")  \
                                                      X(ASYNC, "async")        \
                                                          X(ERRORTOKEN, "")

// X(name, text): the hard keywords, given their own token types.
#define LEX_KEYWORDS(X)                                                        \
  X(FALSE, "False")                                                            \
  X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as")                    \
      X(ASSERT, "assert") X(BREAK, "break") X(CLASS, "class")                  \
          X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") X(ELIF, "elif")  \
              X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally")        \
                  X(FOR, "for") X(FROM, "from") X(GLOBAL, "global")            \
                      X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is")  \
                          X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal")          \
                              X(NOT, "not") X(OR, "or") X(PASS, "pass")        \
                                  X(RAISE, "raise") X(RETURN, "return")        \
                                      X(TRY, "try") X(WHILE, "while")          \
                                          X(WITH, "with") X(YIELD, "yield")

#define LEX_TOKEN_ITEM(name, text) TOK_##name,
#define LEX_KEYWORD_ITEM(name, text) KW_##name,
typedef enum {
  LEX_TOKENS(LEX_TOKEN_ITEM) LEX_KEYWORDS(LEX_KEYWORD_ITEM) TOK_COUNT
} TokenType;
#undef LEX_TOKEN_ITEM
#undef LEX_KEYWORD_ITEM

// Like CPython's tok->done.
typedef enum {
  LEX_OK,
  LEX_EOF,      // end of input (E_EOF)
  LEX_ERROR,    // the lexer recorded a full SyntaxError (E_ERROR)
  LEX_DEDENT,   // unindent does not match (E_DEDENT)
  LEX_TABSPACE, // inconsistent tabs/spaces (E_TABSPACE)
  LEX_TOODEEP,  // too many indentation levels (E_TOODEEP)
  LEX_LINECONT, // bad character after '\' (E_LINECONT)
  LEX_DECODE,   // undecodable source, error recorded (E_DECODE)
  LEX_EOFS,     // EOF inside a triple-quoted string (E_EOFS)
  LEX_EOLS,     // EOF inside a one-line string (E_EOLS)
} LexDone;

typedef struct Token {
  int type;  // TokenType
  int level; // parenthesis depth after this token
  int lineno, col_offset, end_lineno, end_col_offset; // -1 when unknown
  const char *start; // its text in the lexer's buffer (NULL if none)
  int len;
  void *memo;        // the parser's memo list for this position (lexer: NULL)
  const char *ident; // the parser's NAME id or NUMBER text (lexer: NULL)
} Token;

// Called for a SyntaxWarning ("invalid decimal literal" before a keyword).
typedef void (*LexWarnFn)(void *ctx, int lineno, const char *msg);

#define LEX_MAXINDENT 100
#define LEX_MAXLEVEL 200

typedef struct Lexer {
  char *buf;               // source with newlines translated, ends with '\n'
  size_t len;              // bytes in buf (without the terminating NUL)
  int final_newline_added; // the file's last line had no '\n'
  int has_bom;
  const char *filename;
  // Reading state: like tokenizer.c's cur, inp, line_start, buf, start.
  size_t cur, inp, line_start, read_start, multi_line_start;
  size_t start; // start of the current token, or LEX_NOPOS
  int lineno, first_lineno;
  LexDone done;
  int decoding_erred; // sticky: a decoding error makes every token an error
  int coding_checked;    // lines 1-2 were checked for a coding cookie
  int encoding_declared; // cookie or BOM: error offsets become characters
  // Indentation and brackets.
  int atbol, pendin, indent, cont_line;
  int indstack[LEX_MAXINDENT], altindstack[LEX_MAXINDENT];
  int level;
  char parenstack[LEX_MAXLEVEL];
  int parenlinenostack[LEX_MAXLEVEL], parencolstack[LEX_MAXLEVEL];
  SyntaxErrorInfo error; // set when done is LEX_ERROR or LEX_DECODE
  LexWarnFn warn;
  void *warn_ctx;
} Lexer;

#define LEX_NOPOS ((size_t)-1)

// Prepares [lx] for [len] bytes of [src] from the file [filename] (kept by
// reference). Returns 0, or -1 when out of memory.
int lexer_init(Lexer *lx, const char *src, size_t len, const char *filename);
void lexer_free(Lexer *lx);
// Scans the next token into [tok] and returns its type. TOK_ERRORTOKEN means
// an error: see lx->done (and lx->error for LEX_ERROR and LEX_DECODE).
int lexer_next(Lexer *lx, Token *tok);
// The spelling of token type [type] ("(", "if", ...; "" for NAME etc.).
const char *lexer_token_text(int type);
// The name of token type [type] ("LPAR", "IF", ...).
const char *lexer_token_name(int type);

// UTF-8 helpers shared with the parser.
// Number of characters in [len] bytes of [s] (bad bytes count as one each).
int lexer_utf8_chars(const char *s, size_t len);
// Decodes one code point at [s] (at most [len] bytes); sets *[n] to its
// length. Returns -1 for an invalid sequence (and *n = 1).
int lexer_utf8_decode(const char *s, size_t len, int *n);

#endif
