import sys
class Widget:
    pass
base = sys.getrefcount(Widget)
w1 = Widget()
print(sys.getrefcount(Widget) - base)
more = [Widget(), Widget()]
print(sys.getrefcount(Widget) - base)
more.clear()
print(sys.getrefcount(Widget) - base)
cls = Widget
print(sys.getrefcount(Widget) - base)
del w1
print(sys.getrefcount(Widget) - base)
