import sys
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([0] * 3), sys.getsizeof([0] * 10))
print(sys.getsizeof([x for x in range(3)]), sys.getsizeof(list(range(3))))
print(sys.getsizeof(["a long string" * 10]), sys.getsizeof([1]))
n = [None] * 5
print(sys.getsizeof(n), sys.getsizeof(n[:2]), sys.getsizeof(n + n))
