r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-7], r[6])
for k in [7, -8, "a", 1.0, None, 10**30]:
    try:
        print(r[k])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(range(10**20)[10**19], range(-5, 10**25, 7)[-1])
class I:
    def __index__(self):
        return 2
print(r[I()], range(I())[1])
