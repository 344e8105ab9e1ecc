import gc
gc.collect()
def handler():
    return 1
handler.owner = handler
del handler
print(gc.collect())
def outer():
    def rec(n):
        return n if n == 0 else rec(n - 1)
    return rec(3)
print(outer(), gc.collect())
