# Exceptions with fields of their own (StopIteration.value, OSError's
# errno/strerror/filename..., SyntaxError's location) are larger; a
# subclass adds a __weakref__ slot (built-in exceptions have none).
import sys
for e in [BaseException(), Exception(), StopIteration(), StopAsyncIteration(), SystemExit(), KeyboardInterrupt(), GeneratorExit(),
          ImportError(), ModuleNotFoundError(), OSError(), FileNotFoundError(), AttributeError(), NameError(), UnboundLocalError(),
          SyntaxError(), IndentationError(), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), UnicodeError(), KeyError(), RecursionError(),
          ValueError(), TypeError(), ZeroDivisionError()]:
    print(type(e).__name__, sys.getsizeof(e))
class E(Exception): pass
class S(StopIteration): pass
print(sys.getsizeof(E()), sys.getsizeof(S()), sys.getsizeof(E))
for e in [ModuleNotFoundError(), TabError(), ConnectionResetError(), BrokenPipeError(), UnicodeTranslateError("a",0,1,"r"), UnicodeEncodeError("ascii","a",0,1,"r")]: print(type(e).__name__, sys.getsizeof(e))
