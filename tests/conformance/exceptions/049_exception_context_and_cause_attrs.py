def inner():
    raise KeyError("inner")
def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("middle") from e
def outer():
    try:
        middle()
    except ValueError:
        raise RuntimeError("outer")
try:
    outer()
except RuntimeError as e:
    print(repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    print("context.cause:", repr(e.__context__.__cause__))
    print("context.suppress:", e.__context__.__suppress_context__)
    print("context.context:", repr(e.__context__.__context__))
    print("has traceback:", e.__traceback__ is not None)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
