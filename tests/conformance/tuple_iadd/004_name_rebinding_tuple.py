t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
l = [1, 2]
m = l
l += [3]
print(l, m, l is m)
t *= 2
print(t, u)
l *= 2
print(m)
