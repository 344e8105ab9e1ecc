import sys
class Bad:
    def __del__(self):
        raise KeyError("from __del__")
try:
    try:
        raise IndexError("original")
    except IndexError:
        tmp = Bad()
        del tmp
        print("still handling", sys.exc_info()[0].__name__)
        raise
except IndexError as e:
    print("caught", type(e).__name__, e)
except KeyError:
    print("not reached")
