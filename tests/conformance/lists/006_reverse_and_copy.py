lst = [1, 2, 3]
lst.reverse()
print(lst)
c = lst.copy()
c.append(0)
print(lst, c)
r = list(reversed(lst))
print(r, lst[::-1] == r)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
