x = 1
y = [0, 1, 2, 3, 4, 5]
z = {"a": 1, "b": 2}
class Obj:
    pass
o = Obj()
o.attr = "here"
o.other = "too"
del x
del y[0]
del y[1:3]
del z["a"]
del o.attr
print(y, z, vars(o))
del y[-1], z["b"], o.other
print(y, z, vars(o))
try:
    x
except NameError as e:
    print("NameError:", e)
