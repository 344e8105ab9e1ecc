# The compiler folds a set display of constants into a frozenset constant
# and rebuilds it from its own iteration order (merging equal constants), so
# the order seen by print, `for` and `in` is the rebuilt table's.
print({-5, -13, -21, 3, 11})
for x in {-5, -13, -21, 3, 11}:
    print(x, end=" ")
print()
print(-21 in {-5, -13, -21, 3, 11}, 4 in {-5, -13, -21, 3, 11})
print(frozenset({-5, -13, -21, 3, 11}))
print({17, 1, 9, 25, 33, 41}, {41, 33, 25, 17, 9, 1})
# Equal frozenset constants are one constant: the second loop iterates the
# first one's table.
for x in {1, 9}:
    print(x, end=" ")
for x in {9, 1}:
    print(x, end=" ")
print()
print([x for x in {(1, 2), (9, 2), -8, 8, 16}])
# Tuple constants share their equal items.
a = (1, (2, 3), "x", (4, (5, 6)))
b = (2, 3)
c = (5, 6)
print(a[1] is b, a[3][1] is c)

def f():
    return (2, 3), (4, (5, 6))

print(f()[0] is b, f()[1] is a[3])
