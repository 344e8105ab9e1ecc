def managed():
    print("setup")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in managed():
    print("got", v)
g = managed()
print(next(g))
g.close()
print("after close")
