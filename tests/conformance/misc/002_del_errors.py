class Thing:
    pass
t = Thing()
try:
    del t.missing
except AttributeError as e:
    print("AttributeError:", e)
d = {}
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
s = "text"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as e:
    print("NameError:", e)
