// names.h — identifier strings the runtime looks up often, interned once per
// VM at start-up (vm->str.<member>). The number operators' dunders
// (__add__, __radd__, __iadd__, ...) come from NB_OPS in object.h instead.
#ifndef core_names_h
#define core_names_h

// X(member, "text")
#define INTERNED_NAMES(X)                                                      \
  X(init, "__init__")                                                          \
  X(new_, "__new__")                                                           \
  X(del, "__del__")                                                            \
  X(repr, "__repr__")                                                          \
  X(str, "__str__")                                                            \
  X(format, "__format__")                                                      \
  X(hash, "__hash__")                                                          \
  X(eq, "__eq__")                                                              \
  X(ne, "__ne__")                                                              \
  X(lt, "__lt__")                                                              \
  X(le, "__le__")                                                              \
  X(gt, "__gt__")                                                              \
  X(ge, "__ge__")                                                              \
  X(len, "__len__")                                                            \
  X(getitem, "__getitem__")                                                    \
  X(setitem, "__setitem__")                                                    \
  X(delitem, "__delitem__")                                                    \
  X(missing, "__missing__")                                                    \
  X(contains, "__contains__")                                                  \
  X(iter, "__iter__")                                                          \
  X(next, "__next__")                                                          \
  X(reversed, "__reversed__")                                                  \
  X(bool_, "__bool__")                                                         \
  X(call, "__call__")                                                          \
  X(enter, "__enter__")                                                        \
  X(exit, "__exit__")                                                          \
  X(copy, "__copy__")                                                          \
  X(deepcopy, "__deepcopy__")                                                  \
  X(getattr, "__getattr__")                                                    \
  X(getattribute, "__getattribute__")                                          \
  X(setattr, "__setattr__")                                                    \
  X(delattr, "__delattr__")                                                    \
  X(get, "__get__")                                                            \
  X(set, "__set__")                                                            \
  X(delete, "__delete__")                                                      \
  X(set_name, "__set_name__")                                                  \
  X(init_subclass, "__init_subclass__")                                        \
  X(class_getitem, "__class_getitem__")                                        \
  X(class_, "__class__")                                                       \
  X(dict, "__dict__")                                                          \
  X(name, "__name__")                                                          \
  X(qualname, "__qualname__")                                                  \
  X(module, "__module__")                                                      \
  X(doc, "__doc__")                                                            \
  X(mro, "__mro__")                                                            \
  X(bases, "__bases__")                                                        \
  X(main, "__main__")                                                          \
  X(builtins, "builtins")                                                      \
  X(dunder_builtins, "__builtins__")                                           \
  X(build_class, "__build_class__")                                            \
  X(classcell, "__classcell__")                                                \
  X(slots, "__slots__")                                                        \
  X(weakref, "__weakref__")                                                    \
  X(index, "__index__")                                                        \
  X(int_, "__int__")                                                           \
  X(float_, "__float__")                                                       \
  X(neg, "__neg__")                                                            \
  X(pos, "__pos__")                                                            \
  X(invert, "__invert__")                                                      \
  X(abs, "__abs__")                                                            \
  X(round, "__round__")                                                        \
  X(reduce_ex, "__reduce_ex__")                                                \
  X(reduce, "__reduce__")                                                      \
  X(sizeof_, "__sizeof__")                                                      \
  X(length_hint, "__length_hint__")                                            \
  X(instancecheck, "__instancecheck__")                                        \
  X(subclasscheck, "__subclasscheck__")                                        \
  X(file, "__file__")                                                          \
  X(cached, "__cached__")                                                      \
  X(prepare, "__prepare__")                                                    \
  X(notes, "__notes__")                                                        \
  X(annotations, "__annotations__")                                            \
  X(traceback, "__traceback__")                                                \
  X(cause, "__cause__")                                                        \
  X(context, "__context__")                                                    \
  X(dir, "__dir__")                                                            \
  X(send, "send")                                                              \
  X(throw, "throw")                                                            \
  X(close, "close")                                                            \
  X(keys, "keys")                                                              \
  X(items, "items")                                                            \
  X(values, "values")                                                          \
  X(args, "args")                                                              \
  X(value, "value")                                                            \
  X(code, "code")                                                              \
  X(end, "end")                                                                \
  X(sep, "sep")                                                                \
  X(key, "key")                                                                \
  X(reverse, "reverse")                                                        \
  X(default_, "default")                                                       \
  X(write, "write")                                                            \
  X(flush, "flush")                                                            \
  X(msg, "msg")                                                                \
  X(filename, "filename")                                                      \
  X(lineno, "lineno")                                                          \
  X(offset, "offset")                                                          \
  X(text, "text")                                                              \
  X(end_lineno, "end_lineno")                                                  \
  X(end_offset, "end_offset")                                                  \
  X(obj, "obj")                                                                \
  X(self, "self")                                                              \
  X(generation, "generation")                                                  \
  X(collected, "collected")                                                    \
  X(uncollectable, "uncollectable")                                            \
  X(start, "start")                                                            \
  X(stop, "stop")                                                              \
  X(lambda, "<lambda>")                                                        \
  X(module_code, "<module>")                                                   \
  X(listcomp, "<listcomp>")                                                    \
  X(setcomp, "<setcomp>")                                                      \
  X(dictcomp, "<dictcomp>")                                                    \
  X(genexpr, "<genexpr>")                                                      \
  X(empty, "")

typedef struct Object Object;

typedef struct InternedNames {
#define NAME_FIELD(member, text) Object *member;
  INTERNED_NAMES(NAME_FIELD)
#undef NAME_FIELD
} InternedNames;

#endif
