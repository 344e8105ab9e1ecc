t = (1, 2, 3)
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
t = t + (4,)
print(t)
