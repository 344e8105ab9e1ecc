for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError,
            StopIteration, NameError, UnboundLocalError, RecursionError,
            ModuleNotFoundError, NotImplementedError, AttributeError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-1]])
print(issubclass(KeyError, LookupError), issubclass(LookupError, KeyError))
print(issubclass(Exception, BaseException), issubclass(bool, Exception))
