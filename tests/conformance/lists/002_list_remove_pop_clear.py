lst = ["a", "b", "c", "b", "d"]
lst.remove("b")
print(lst)
print(lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
lst.clear()
print(lst)
try:
    lst.pop()
except IndexError as e:
    print("IndexError:", e)
