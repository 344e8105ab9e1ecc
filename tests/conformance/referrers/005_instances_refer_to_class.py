import gc
class Widget:
    pass
w1 = Widget()
w2 = Widget()
found = gc.get_referrers(Widget)
print(any(f is w1 for f in found), any(f is w2 for f in found))
w3 = Widget()
print(sum(1 for f in gc.get_referrers(Widget) if type(f) is Widget))
del w1, w2, w3
print("found still holds w1 and w2:")
print(sum(1 for f in gc.get_referrers(Widget) if type(f) is Widget))
del found
print(sum(1 for f in gc.get_referrers(Widget) if type(f) is Widget))
