def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))
try:
    power(base=2)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return (a, b, c)
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kw_name_clash(name, /, **kwargs):
    return name, kwargs
print(kw_name_clash("pos", name="kw"))
