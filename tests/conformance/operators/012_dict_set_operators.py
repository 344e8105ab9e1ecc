a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a <= a, {1} < a, a > b, {3, 4} <= b)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(d1 | d2)
print(d2 | d1)
d1 |= {"w": 0}
print(d1)
s = {1}
s |= {2}; s &= {2, 3}; print(s)
