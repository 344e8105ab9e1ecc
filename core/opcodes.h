// opcodes.h — the bytecode instruction set, one X-macro list (the single
// source of truth for names and numbers). Instructions are CPython 3.11's
// where the difference would be observable (what holds a reference on the
// value stack, and when it is dropped); see core/README.md.
// Encoding: one uint32 per instruction, opcode in the low 8 bits, argument in
// the high 24 bits. Jump arguments are absolute instruction indexes.
#ifndef core_opcodes_h
#define core_opcodes_h

#include <stdint.h>

// X(NAME)
#define OPCODES(X)                                                             \
  X(NOP)                                                                       \
  X(POP_TOP)                                                                   \
  X(PUSH_NULL)                                                                 \
  X(COPY)                 /* push stack[-arg] */                               \
  X(SWAP)                 /* swap stack[-1] and stack[-arg] */                 \
  X(UNARY_POSITIVE)                                                            \
  X(UNARY_NEGATIVE)                                                            \
  X(UNARY_NOT)                                                                 \
  X(UNARY_INVERT)                                                              \
  X(BINARY_OP)            /* arg: NbOp, + NB_COUNT for in-place */             \
  X(COMPARE_OP)           /* arg: CMP_* */                                     \
  X(IS_OP)                /* arg: 1 for "is not" */                            \
  X(CONTAINS_OP)          /* arg: 1 for "not in" */                            \
  X(BINARY_SUBSCR)                                                             \
  X(STORE_SUBSCR)         /* stack[-2][stack[-1]] = stack[-3] */               \
  X(DELETE_SUBSCR)                                                             \
  X(BUILD_SLICE)                                                               \
  X(GET_ITER)                                                                  \
  X(FOR_ITER)             /* arg: jump target when exhausted */                \
  X(GET_YIELD_FROM_ITER)                                                       \
  X(SEND)                 /* arg: jump target when the sub-iterator ends */    \
  X(YIELD_VALUE)                                                               \
  X(RETURN_VALUE)                                                              \
  X(LOAD_CONST)                                                                \
  X(LOAD_FAST)                                                                 \
  X(STORE_FAST)                                                                \
  X(DELETE_FAST)                                                               \
  X(LOAD_NAME)                                                                 \
  X(STORE_NAME)                                                                \
  X(DELETE_NAME)                                                               \
  X(LOAD_GLOBAL)          /* arg: namei << 1 | push_null */                    \
  X(STORE_GLOBAL)                                                              \
  X(DELETE_GLOBAL)                                                             \
  X(LOAD_DEREF)                                                                \
  X(STORE_DEREF)                                                               \
  X(DELETE_DEREF)                                                              \
  X(LOAD_CLASSDEREF)                                                           \
  X(LOAD_CLOSURE)                                                              \
  X(LOAD_ATTR)                                                                 \
  X(STORE_ATTR)                                                                \
  X(DELETE_ATTR)                                                               \
  X(LOAD_METHOD)                                                               \
  X(BUILD_TUPLE)                                                               \
  X(BUILD_LIST)                                                                \
  X(BUILD_SET)                                                                 \
  X(BUILD_MAP)                                                                 \
  X(BUILD_CONST_KEY_MAP)                                                       \
  X(BUILD_STRING)                                                              \
  X(LIST_APPEND)                                                               \
  X(SET_ADD)                                                                   \
  X(MAP_ADD)                                                                   \
  X(LIST_EXTEND)                                                               \
  X(SET_UPDATE)                                                                \
  X(DICT_UPDATE)                                                               \
  X(DICT_MERGE)                                                                \
  X(LIST_TO_TUPLE)                                                             \
  X(UNPACK_SEQUENCE)                                                           \
  X(UNPACK_EX)            /* arg: before | after << 8 */                       \
  X(KW_NAMES)             /* arg: const index of the names tuple */            \
  X(CALL)                                                                      \
  X(CALL_FUNCTION_EX)     /* arg & 1: a kwargs dict is on the stack */         \
  X(MAKE_FUNCTION)        /* arg: MF_* flags */                                \
  X(LOAD_BUILD_CLASS)                                                          \
  X(JUMP)                                                                      \
  X(POP_JUMP_IF_FALSE)                                                         \
  X(POP_JUMP_IF_TRUE)                                                          \
  X(POP_JUMP_IF_NONE)                                                          \
  X(POP_JUMP_IF_NOT_NONE)                                                      \
  X(JUMP_IF_FALSE_OR_POP)                                                      \
  X(JUMP_IF_TRUE_OR_POP)                                                       \
  X(PUSH_EXC_INFO)                                                             \
  X(POP_EXCEPT)                                                                \
  X(CHECK_EXC_MATCH)                                                           \
  X(RERAISE)              /* arg: 1 if a lasti value sits below */            \
  X(RAISE_VARARGS)                                                             \
  X(BEFORE_WITH)                                                               \
  X(WITH_EXCEPT_START)                                                         \
  X(LOAD_ASSERTION_ERROR)                                                      \
  X(IMPORT_NAME)                                                               \
  X(IMPORT_FROM)                                                               \
  X(IMPORT_STAR)                                                               \
  X(FORMAT_VALUE)         /* arg: FV_* */                                      \
  X(SETUP_ANNOTATIONS)                                                         \
  X(RETURN_GENERATOR)                                                          \
  /* pseudo-instructions: removed before the code object is made */            \
  X(SETUP_FINALLY)                                                             \
  X(SETUP_CLEANUP)                                                             \
  X(SETUP_WITH)                                                                \
  X(POP_BLOCK)

#define OPCODE_ENUM_ITEM(name) OP_##name,
typedef enum { OPCODES(OPCODE_ENUM_ITEM) OP_COUNT } Opcode;
#undef OPCODE_ENUM_ITEM

// MAKE_FUNCTION flags (CPython's).
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4,
       MF_CLOSURE = 8 };
// FORMAT_VALUE: conversion in the low 2 bits, then "has format spec".
enum { FV_NONE = 0, FV_STR = 1, FV_REPR = 2, FV_ASCII = 3, FV_MASK = 3,
       FV_HAVE_SPEC = 4 };

static inline uint32_t instr_make(Opcode op, uint32_t arg) {
  return (uint32_t)op | (arg << 8);
}
static inline Opcode instr_op(uint32_t instr) { return (Opcode)(instr & 0xFF); }
static inline uint32_t instr_arg(uint32_t instr) { return instr >> 8; }

const char *opcode_name(Opcode op);

#endif
