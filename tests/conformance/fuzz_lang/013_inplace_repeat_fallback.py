# x *= y falls back to y's repetition only when x's type has no sequence
# slots at all (PyNumber_InPlaceMultiply): dict *= str is unsupported,
# while dict * str asks str to repeat.
class C: pass
class L(list): pass
for a, b in [({}, 'ab'), (set(), 'ab'), (C(), 'ab'), (5, 'ab'), (2.0, 'ab'), (None, [1]), (True, (1,)), ([1], 2), (L([1]), 2), (range(2), 2), ({}.keys(), 'x'), (3, C())]:
    x = a
    try:
        x *= b
        print('ok', x)
    except TypeError as e:
        print(e)
    try:
        print('ok', a * b)
    except TypeError as e:
        print(e)
    x = a
    try:
        x += b
        print('ok', x)
    except TypeError as e:
        print(e)
