def multiplier(n):
    def times(x):
        return x * n
    return times
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5))
print([multiplier(k)(10) for k in range(4)])
print(double.__closure__[0].cell_contents)
