import weakref
for value in [1, "s", (1,), [1], {"k": 1}, None, 2.5]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
class MyList(list):
    pass
ml = MyList([1])
print(weakref.ref(ml)() == [1])
