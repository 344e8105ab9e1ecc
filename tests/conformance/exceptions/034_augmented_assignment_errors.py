def show(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)
def add_str():
    total = 0
    total += "5"
def sub_list():
    items = [1, 2]
    items -= [1]
def mul_dict():
    d = {}
    d *= 2
def ior_list():
    x = [1]
    x |= [2]
show("+=", add_str)
show("-=", sub_list)
show("*=", mul_dict)
show("|=", ior_list)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("tuple item +=", "->", e)
lst = ([1],)
try:
    lst[0] += [2]
except TypeError as e:
    print("list in tuple +=", "->", e, lst)
