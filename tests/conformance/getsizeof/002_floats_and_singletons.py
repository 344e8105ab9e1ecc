import sys
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(-2.5))
print(sys.getsizeof(None), sys.getsizeof(1j))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray()))
print(sys.getsizeof(range(5)), sys.getsizeof(range(10 ** 6)))
