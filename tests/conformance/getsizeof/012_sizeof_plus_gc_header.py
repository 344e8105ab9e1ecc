import sys
print(sys.getsizeof([]) - [].__sizeof__())
print(sys.getsizeof(()) - ().__sizeof__())
print(sys.getsizeof(1.5) - (1.5).__sizeof__())
print(sys.getsizeof("abc") - "abc".__sizeof__())
class A:
    pass
print(sys.getsizeof(A()) - A().__sizeof__())
print(sys.getsizeof({}) - {}.__sizeof__())
