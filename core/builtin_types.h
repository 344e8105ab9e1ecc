// builtin_types.h — the one list of built-in types and exception classes.
// Each VM owns its own type objects (vm->t.list, vm->t.KeyError, ...) made
// from these lists at start-up (types.c); nothing here is global state.
#ifndef core_builtin_types_h
#define core_builtin_types_h

// X(c_name, python_name, layout)
#define BUILTIN_TYPES(X)                                                       \
  X(object, "object", OBJECT)                                                  \
  X(type, "type", TYPE)                                                        \
  X(none, "NoneType", NONE)                                                    \
  X(notimpl, "NotImplementedType", NOTIMPL)                                    \
  X(ellipsis, "ellipsis", ELLIPSIS)                                            \
  X(int_, "int", INT)                                                          \
  X(bool_, "bool", INT)                                                        \
  X(float_, "float", FLOAT)                                                    \
  X(complex, "complex", COMPLEX)                                               \
  X(str, "str", STR)                                                           \
  X(bytes, "bytes", BYTES)                                                     \
  X(tuple, "tuple", TUPLE)                                                     \
  X(list, "list", LIST)                                                        \
  X(dict, "dict", DICT)                                                        \
  X(set, "set", SET)                                                           \
  X(frozenset, "frozenset", FROZENSET)                                         \
  X(range, "range", RANGE)                                                     \
  X(slice, "slice", SLICE)                                                     \
  X(function, "function", FUNCTION)                                            \
  X(code, "code", CODE)                                                        \
  X(cell, "cell", CELL)                                                        \
  X(method, "method", METHOD)                                                  \
  X(builtin, "builtin_function_or_method", BUILTIN)                            \
  X(method_descr, "method_descriptor", METHOD_DESCR)                           \
  X(classmethod_descr, "classmethod_descriptor", METHOD_DESCR)                 \
  X(getset_descr, "getset_descriptor", GETSET_DESCR)                           \
  X(member_descr, "member_descriptor", MEMBER_DESCR)                           \
  X(wrapper_descr, "wrapper_descriptor", WRAPPER)                              \
  X(method_wrapper, "method-wrapper", WRAPPER)                                 \
  X(property, "property", PROPERTY)                                            \
  X(staticmethod, "staticmethod", STATICMETHOD)                                \
  X(classmethod, "classmethod", CLASSMETHOD)                                   \
  X(super, "super", SUPER)                                                     \
  X(module, "module", MODULE)                                                  \
  X(traceback, "traceback", TRACEBACK)                                         \
  X(frame, "frame", FRAME)                                                     \
  X(generator, "generator", GENERATOR)                                         \
  X(list_iter, "list_iterator", ITERATOR)                                      \
  X(list_reviter, "list_reverseiterator", ITERATOR)                            \
  X(tuple_iter, "tuple_iterator", ITERATOR)                                    \
  X(str_iter, "str_ascii_iterator", ITERATOR)                                  \
  X(str_uiter, "str_iterator", ITERATOR)                                       \
  X(bytes_iter, "bytes_iterator", ITERATOR)                                    \
  X(set_iter, "set_iterator", ITERATOR)                                        \
  X(dict_keyiter, "dict_keyiterator", ITERATOR)                                \
  X(dict_valueiter, "dict_valueiterator", ITERATOR)                            \
  X(dict_itemiter, "dict_itemiterator", ITERATOR)                              \
  X(dict_revkeyiter, "dict_reversekeyiterator", ITERATOR)                      \
  X(dict_revvalueiter, "dict_reversevalueiterator", ITERATOR)                  \
  X(dict_revitemiter, "dict_reverseitemiterator", ITERATOR)                    \
  X(range_iter, "range_iterator", ITERATOR)                                    \
  X(longrange_iter, "longrange_iterator", ITERATOR)                            \
  X(seq_iter, "iterator", ITERATOR)                                            \
  X(callable_iter, "callable_iterator", ITERATOR)                              \
  X(enumerate, "enumerate", ITERATOR)                                          \
  X(zip, "zip", ITERATOR)                                                      \
  X(map, "map", ITERATOR)                                                      \
  X(filter, "filter", ITERATOR)                                                \
  X(reversed, "reversed", ITERATOR)                                            \
  X(dict_keys, "dict_keys", DICTVIEW)                                          \
  X(dict_values, "dict_values", DICTVIEW)                                      \
  X(dict_items, "dict_items", DICTVIEW)                                        \
  X(mappingproxy, "mappingproxy", MAPPINGPROXY)                                \
  X(generic_alias, "types.GenericAlias", ALIAS)                                \
  X(union_type, "types.UnionType", ALIAS)                                      \
  X(weakref, "weakref.ReferenceType", WEAKREF)                                 \
  X(weakproxy, "weakref.ProxyType", WEAKPROXY)                                 \
  X(weakcallableproxy, "weakref.CallableProxyType", WEAKPROXY)

// X(name, base): CPython 3.11's hierarchy (base before derived).
#define EXCEPTION_TYPES(X)                                                     \
  X(BaseException, object)                                                     \
  X(GeneratorExit, BaseException)                                              \
  X(KeyboardInterrupt, BaseException)                                          \
  X(SystemExit, BaseException)                                                 \
  X(Exception, BaseException)                                                  \
  X(ArithmeticError, Exception)                                                \
  X(FloatingPointError, ArithmeticError)                                       \
  X(OverflowError, ArithmeticError)                                            \
  X(ZeroDivisionError, ArithmeticError)                                        \
  X(AssertionError, Exception)                                                 \
  X(AttributeError, Exception)                                                 \
  X(BufferError, Exception)                                                    \
  X(EOFError, Exception)                                                       \
  X(ImportError, Exception)                                                    \
  X(ModuleNotFoundError, ImportError)                                          \
  X(LookupError, Exception)                                                    \
  X(IndexError, LookupError)                                                   \
  X(KeyError, LookupError)                                                     \
  X(MemoryError, Exception)                                                    \
  X(NameError, Exception)                                                      \
  X(UnboundLocalError, NameError)                                              \
  X(OSError, Exception)                                                        \
  X(BlockingIOError, OSError)                                                  \
  X(ChildProcessError, OSError)                                                \
  X(ConnectionError, OSError)                                                  \
  X(BrokenPipeError, ConnectionError)                                          \
  X(ConnectionAbortedError, ConnectionError)                                   \
  X(ConnectionRefusedError, ConnectionError)                                   \
  X(ConnectionResetError, ConnectionError)                                     \
  X(FileExistsError, OSError)                                                  \
  X(FileNotFoundError, OSError)                                                \
  X(InterruptedError, OSError)                                                 \
  X(IsADirectoryError, OSError)                                                \
  X(NotADirectoryError, OSError)                                               \
  X(PermissionError, OSError)                                                  \
  X(ProcessLookupError, OSError)                                               \
  X(TimeoutError, OSError)                                                     \
  X(ReferenceError, Exception)                                                 \
  X(RuntimeError, Exception)                                                   \
  X(NotImplementedError, RuntimeError)                                         \
  X(RecursionError, RuntimeError)                                              \
  X(StopAsyncIteration, Exception)                                             \
  X(StopIteration, Exception)                                                  \
  X(SyntaxError, Exception)                                                    \
  X(IndentationError, SyntaxError)                                             \
  X(TabError, IndentationError)                                                \
  X(SystemError, Exception)                                                    \
  X(TypeError, Exception)                                                      \
  X(ValueError, Exception)                                                     \
  X(UnicodeError, ValueError)                                                  \
  X(UnicodeDecodeError, UnicodeError)                                          \
  X(UnicodeEncodeError, UnicodeError)                                          \
  X(UnicodeTranslateError, UnicodeError)                                       \
  X(Warning, Exception)                                                        \
  X(DeprecationWarning, Warning)                                               \
  X(PendingDeprecationWarning, Warning)                                        \
  X(RuntimeWarning, Warning)                                                   \
  X(SyntaxWarning, Warning)                                                    \
  X(UserWarning, Warning)                                                      \
  X(FutureWarning, Warning)                                                    \
  X(ImportWarning, Warning)                                                    \
  X(UnicodeWarning, Warning)                                                   \
  X(BytesWarning, Warning)                                                     \
  X(ResourceWarning, Warning)                                                  \
  X(EncodingWarning, Warning)

typedef struct TypeObject TypeObject;

typedef struct BuiltinTypes {
#define BT_FIELD(c, py, layout) TypeObject *c;
  BUILTIN_TYPES(BT_FIELD)
#undef BT_FIELD
#define EXC_FIELD(name, base) TypeObject *name;
  EXCEPTION_TYPES(EXC_FIELD)
#undef EXC_FIELD
} BuiltinTypes;

#endif
