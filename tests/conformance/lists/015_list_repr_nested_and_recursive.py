lst = [1, "two", 3.0, None, True, [4, (5,)], {"k": [6]}]
print(lst)
print(str(lst) == repr(lst))
selfref = [1, 2]
selfref.append(selfref)
print(selfref)
print(len(selfref), selfref[2] is selfref)
