import weakref
class Target:
    def __del__(self):
        print("Target freed")
t = Target()
r = weakref.ref(t)
strong = r()
del t
print("still alive:", r() is strong)
strong = None
print("dead:", r() is None)
