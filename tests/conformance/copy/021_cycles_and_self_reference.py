import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
d = {"self": None}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
class Node:
    pass
n = Node()
n.me = n
n.items = [n]
m = copy.deepcopy(n)
print(m.me is m, m.items[0] is m, m is not n)
s = copy.copy(n)
print(s.me is n, s.items is n.items)
