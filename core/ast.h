// ast.h — the abstract syntax tree the parser builds and the compiler reads.
// It mirrors CPython 3.11's Parser/Python.asdl (same node and field names) for
// the subset Refscope runs, so `ast.dump()` from CPython is a test oracle for
// the parser. Nodes live in an Arena and are freed all at once. See
// core/README.md for where the AST sits in the pipeline.
#ifndef core_ast_h
#define core_ast_h

#include <stddef.h>
#include <stdint.h>

// ---- Arena ---------------------------------------------------------------

typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *arena);
// Returns zeroed memory that lives until arena_free; NULL when out of memory.
void *arena_alloc(Arena *arena, size_t size);
// Copies [len] bytes of [s] into the arena and NUL-terminates the copy.
char *arena_strndup(Arena *arena, const char *s, size_t len);
// Total bytes the arena has taken from malloc (for the memory limit).
size_t arena_bytes(const Arena *arena);

// ---- Locations -----------------------------------------------------------

// Like CPython: lines are 1-based, columns are 0-based UTF-8 byte offsets.
typedef struct Loc {
  int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Arguments Arguments;

typedef struct ExprSeq { int len; Expr **items; } ExprSeq;
typedef struct StmtSeq { int len; Stmt **items; } StmtSeq;
// Identifiers are NUL-terminated UTF-8 strings in the arena.
typedef struct IdentSeq { int len; const char **items; } IdentSeq;

// ---- Enumerations (X-macros: NAME is the ast module's class name) --------

#define AST_EXPR_CONTEXTS(X) X(Load) X(Store) X(Del)
#define AST_BOOLOPS(X) X(And) X(Or)
#define AST_OPERATORS(X)                                                       \
  X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift)   \
  X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)
#define AST_UNARYOPS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define AST_CMPOPS(X)                                                          \
  X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)

#define AST_ENUM_ITEM(name) AST_##name,
typedef enum { AST_EXPR_CONTEXTS(AST_ENUM_ITEM) } ExprContext;
typedef enum { AST_BOOLOPS(AST_ENUM_ITEM) } BoolOpKind;
typedef enum { AST_OPERATORS(AST_ENUM_ITEM) } OperatorKind;
typedef enum { AST_UNARYOPS(AST_ENUM_ITEM) } UnaryOpKind;
typedef enum { AST_CMPOPS(AST_ENUM_ITEM) } CmpOpKind;
#undef AST_ENUM_ITEM

// ---- Constants -----------------------------------------------------------

typedef enum {
  CONST_NONE,
  CONST_TRUE,
  CONST_FALSE,
  CONST_ELLIPSIS,
  CONST_INT,     // text: the literal as written minus '_' ("0x1f", "10", "0o7")
  CONST_FLOAT,   // f: the value (from the literal, with '_' removed)
  CONST_COMPLEX, // f: the imaginary part ("2j" -> 2.0)
  CONST_STR,     // text/len: the decoded UTF-8 value (escapes processed)
  CONST_BYTES,   // text/len: the decoded bytes
  CONST_OBJECT,  // object: a value the compiler's constant folding made
} ConstKind;

typedef struct Constant {
  ConstKind kind;
  const char *text; // CONST_INT, CONST_STR, CONST_BYTES (NUL-terminated too)
  size_t len;       // byte length of text
  double f;         // CONST_FLOAT, CONST_COMPLEX
  // "u" prefix on a string literal (ast.Constant.kind == 'u'); dump only.
  int u_prefix;
  void *object; // CONST_OBJECT: an Object * owned by the compiler
} Constant;

// ---- Expressions -----------------------------------------------------------

#define AST_EXPR_KINDS(X)                                                      \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)       \
  X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)          \
  X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)     \
  X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple)   \
  X(Slice)

#define AST_ENUM_ITEM(name) EXPR_##name,
typedef enum { AST_EXPR_KINDS(AST_ENUM_ITEM) } ExprKind;
#undef AST_ENUM_ITEM

typedef struct Keyword {
  const char *arg; // NULL for **kwargs
  Expr *value;
  Loc loc;
} Keyword;
typedef struct KeywordSeq { int len; Keyword **items; } KeywordSeq;

typedef struct Comprehension {
  Expr *target, *iter;
  ExprSeq ifs;
  int is_async;
} Comprehension;
typedef struct ComprehensionSeq { int len; Comprehension **items; } ComprehensionSeq;

struct Expr {
  ExprKind kind;
  Loc loc;
  union {
    struct { BoolOpKind op; ExprSeq values; } boolop;
    struct { Expr *target, *value; } namedexpr;
    struct { Expr *left; OperatorKind op; Expr *right; } binop;
    struct { UnaryOpKind op; Expr *operand; } unaryop;
    struct { Arguments *args; Expr *body; } lambda;
    struct { Expr *test, *body, *orelse; } ifexp;
    // keys.items[i] == NULL marks a `**mapping` entry (values.items[i]).
    struct { ExprSeq keys, values; } dict;
    struct { ExprSeq elts; } set;
    // ListComp, SetComp, GeneratorExp use elt; DictComp uses key and value.
    struct { Expr *elt, *key, *value; ComprehensionSeq generators; } comp;
    struct { Expr *value; } await_;
    struct { Expr *value; } yield; // value may be NULL; also YieldFrom
    struct { Expr *left; int n; CmpOpKind *ops; ExprSeq comparators; } compare;
    struct { Expr *func; ExprSeq args; KeywordSeq keywords; } call;
    // conversion: -1 none, 's', 'r', 'a'; format_spec: JoinedStr or NULL.
    struct { Expr *value; int conversion; Expr *format_spec; } formatted;
    struct { ExprSeq values; } joinedstr;
    Constant constant;
    struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
    struct { Expr *value, *slice; ExprContext ctx; } subscript;
    struct { Expr *value; ExprContext ctx; } starred;
    struct { const char *id; ExprContext ctx; } name;
    struct { ExprSeq elts; ExprContext ctx; } list; // also Tuple
    struct { Expr *lower, *upper, *step; } slice;
  } v;
};

// ---- Function arguments --------------------------------------------------

typedef struct Arg {
  const char *arg;
  Expr *annotation; // may be NULL
  Loc loc;
} Arg;
typedef struct ArgSeq { int len; Arg **items; } ArgSeq;

struct Arguments {
  ArgSeq posonlyargs, args;
  Arg *vararg; // may be NULL
  ArgSeq kwonlyargs;
  ExprSeq kw_defaults; // one per kwonlyarg; an item is NULL when none
  Arg *kwarg;          // may be NULL
  ExprSeq defaults;    // for the last len(defaults) of posonlyargs + args
};

// ---- Statements ------------------------------------------------------------

#define AST_STMT_KINDS(X)                                                      \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete)          \
  X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If)       \
  X(With) X(AsyncWith) X(Raise) X(Try) X(TryStar) X(Assert) X(Import)         \
  X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)

#define AST_ENUM_ITEM(name) STMT_##name,
typedef enum { AST_STMT_KINDS(AST_ENUM_ITEM) } StmtKind;
#undef AST_ENUM_ITEM

typedef struct Alias {
  const char *name;   // dotted name, or "*"
  const char *asname; // may be NULL
  Loc loc;
} Alias;
typedef struct AliasSeq { int len; Alias **items; } AliasSeq;

typedef struct WithItem {
  Expr *context_expr;
  Expr *optional_vars; // may be NULL
} WithItem;
typedef struct WithItemSeq { int len; WithItem **items; } WithItemSeq;

typedef struct ExceptHandler {
  Expr *type;       // may be NULL
  const char *name; // may be NULL
  StmtSeq body;
  Loc loc;
} ExceptHandler;
typedef struct HandlerSeq { int len; ExceptHandler **items; } HandlerSeq;

struct Stmt {
  StmtKind kind;
  Loc loc;
  union {
    // FunctionDef and AsyncFunctionDef
    struct {
      const char *name;
      Arguments *args;
      StmtSeq body;
      ExprSeq decorator_list;
      Expr *returns; // may be NULL
    } funcdef;
    struct {
      const char *name;
      ExprSeq bases;
      KeywordSeq keywords;
      StmtSeq body;
      ExprSeq decorator_list;
    } classdef;
    struct { Expr *value; } return_; // value may be NULL
    struct { ExprSeq targets; } delete_;
    struct { ExprSeq targets; Expr *value; } assign;
    struct { Expr *target; OperatorKind op; Expr *value; } augassign;
    struct { Expr *target, *annotation, *value; int simple; } annassign;
    struct { Expr *target, *iter; StmtSeq body, orelse; } for_; // AsyncFor too
    struct { Expr *test; StmtSeq body, orelse; } while_;
    struct { Expr *test; StmtSeq body, orelse; } if_;
    struct { WithItemSeq items; StmtSeq body; } with; // AsyncWith too
    struct { Expr *exc, *cause; } raise; // both may be NULL
    // Try and TryStar
    struct { StmtSeq body; HandlerSeq handlers; StmtSeq orelse, finalbody; } try_;
    struct { Expr *test, *msg; } assert_; // msg may be NULL
    struct { AliasSeq names; } import;
    struct { const char *module; AliasSeq names; int level; } importfrom;
    struct { IdentSeq names; } global; // Global and Nonlocal
    struct { Expr *value; } expr;
  } v;
};

typedef struct Module {
  StmtSeq body;
} Module;

// ---- Names for dumps and messages ------------------------------------------

const char *ast_expr_kind_name(ExprKind kind);
const char *ast_stmt_kind_name(StmtKind kind);
const char *ast_operator_name(OperatorKind op); // "Add"
const char *ast_operator_symbol(OperatorKind op); // "+"
const char *ast_cmpop_name(CmpOpKind op);
const char *ast_unaryop_name(UnaryOpKind op);
const char *ast_boolop_name(BoolOpKind op);
const char *ast_context_name(ExprContext ctx);

#endif
