import weakref
class Member:
    pass
group = weakref.WeakSet()
a = Member()
b = Member()
group.add(a)
group.add(b)
group.add(a)
print(len(group), a in group)
del a
print(len(group))
keep = [b]
del b
print(len(group))
keep.clear()
print(len(group))
