import copy
a = [1]
b = [a, a]
memo = {}
c = copy.deepcopy(b, memo)
keep = memo[id(memo)]
print(type(keep).__name__, len(keep))
print(keep[0] is a, keep[1] is b)
print(len(memo))
print(c[0] is memo[id(a)])
