import sys
print(sys.getrecursionlimit())
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2])
print(sys.version_info.major, sys.version_info >= (3, 8))
