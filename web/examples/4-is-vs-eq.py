# is compares identity (the same object), == compares values.
# CPython shares small ints (-5..256) and interns identifier-like strings.
a = 256
b = 256
print(a is b)          # True: one shared small int
c = 1000
d = int("1000")
print(c == d, c is d)  # True False: equal values, two objects
s = "hello"
u = "".join(["hel", "lo"])
print(s == u, s is u)  # True False: built at run time, not interned

class Always:
    def __eq__(self, other):
        return True

n = Always()
print(n == None, n is None)  # == can be anything; is cannot lie
