a = {1, 2, 3}
alias = a
a |= {4, 5}
a &= {1, 2, 4, 5, 6}
a -= {1}
a ^= {2, 7}
print(a, a is alias)
a.update([8], (9,), {10: 0})
a.intersection_update(range(6, 11), [7, 8, 9, 10])
print(a)
a.difference_update([7], {8})
a.symmetric_difference_update([9, 11])
print(a)
for op in ["a |= [1]", "a &= (1,)", "a -= 'x'", "a ^= 5"]:
    try:
        exec(op)
    except TypeError as e:
        print(type(e).__name__, e)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
