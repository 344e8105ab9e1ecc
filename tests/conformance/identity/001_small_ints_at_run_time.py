base = 200
print((base + 56) is (base + 56))
print((base + 57) is (base + 57))
neg = -10
print((neg + 5) is (neg + 5), (neg + 4) is (neg + 4))
print((base + 57) == (base + 57))
a = int("256")
b = int("256")
c = int("257")
d = int("257")
print(a is b, c is d, c == d)
