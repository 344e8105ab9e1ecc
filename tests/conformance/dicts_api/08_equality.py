print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2, 3: 4})
print({1: "a"} == {1.0: "a"} == {True: "a"})
print({1: 1, 1.0: 2, True: 3})
print({"k": [1, 2]} == {"k": [1, 2]}, {} == {}, {} == [])
nan = float("nan")
print({1: nan} == {1: nan})
x = [nan]
print({1: x[0]} == {1: x[0]})
for t, fn in [('{} < {}', lambda: {} < {}),
    ('{1: 2} >= {1: 2}', lambda: {1: 2} >= {1: 2})]:
    try:
        fn()
    except TypeError as e:
        print(e)
class E:
    def __eq__(self, o):
        print("eq called")
        return True
    __hash__ = object.__hash__
e = E()
print({1: e} == {1: e}, {1: E()} == {1: 5})
