import gc
gc.collect()
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(5))
print(gc.collect())
def outer2(n):
    def fact(k, me):
        return 1 if k <= 1 else k * me(k - 1, me)
    return fact(n, fact)
print(outer2(5), gc.collect())
