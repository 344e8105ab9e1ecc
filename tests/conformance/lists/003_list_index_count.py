lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(lst.index(5), lst.index(5, 5), lst.count(5), lst.count(7))
try:
    lst.index(7)
except ValueError as e:
    print("ValueError:", e)
print(5 in lst, 7 in lst)
print(len(lst), min(lst), max(lst), sum(lst))
