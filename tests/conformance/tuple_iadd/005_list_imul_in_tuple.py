t = ([1, 2],)
alias = t[0]
try:
    t[0] *= 2
except TypeError as e:
    print(type(e).__name__, e)
print(t, alias is t[0])
try:
    t[0] += [3]
except TypeError:
    pass
print(alias)
