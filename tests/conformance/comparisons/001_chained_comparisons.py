x = 5
print(1 < x < 10, 1 < x > 10)
print(0 <= x <= 5 < 6)
print(1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(x == 5 == 5.0)
a, b, c = 3, 3, 4
print(a == b != c, a < b == c)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
