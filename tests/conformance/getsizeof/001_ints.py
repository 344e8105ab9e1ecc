import sys
for n in [0, 1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 90, -1, -(2 ** 30)]:
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False))
big = 10 ** 100
print(big.bit_length(), sys.getsizeof(big), sys.getsizeof(-big))
