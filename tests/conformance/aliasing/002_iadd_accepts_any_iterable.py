lst = [1]
alias = lst
lst += "ab"
print(lst, alias is lst)
lst += (2, 3)
print(alias)
lst += range(4, 6)
print(alias)
try:
    lst = lst + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(alias is lst, len(lst))
