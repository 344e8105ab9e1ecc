import sys
class Fixed:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Fixed()))
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(type(e).__name__, e)
class Wrong:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(Wrong())
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(Wrong(), 7))
