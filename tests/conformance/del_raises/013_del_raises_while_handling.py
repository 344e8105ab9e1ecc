import sys
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
try:
    try:
        raise KeyError("outer")
    except KeyError:
        b = Bad()
        del b
        print("handled:", repr(sys.exc_info()[1]))
        raise
except KeyError as e:
    print("still the KeyError:", e)
