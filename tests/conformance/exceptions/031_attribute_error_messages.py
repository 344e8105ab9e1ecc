import sys
class Widget:
    size = 3
def show(f):
    try:
        f()
    except AttributeError as e:
        print(e)
w = Widget()
show(lambda: w.weight)
show(lambda: Widget.color)
show(lambda: None.strip())
show(lambda: sys.no_such_thing)
show(lambda: (5).real.nope)
show(lambda: setattr(5, "x", 1))
show(lambda: setattr(object(), "x", 1))
show(lambda: [].push(1))
show(lambda: "text".foo)
def delete():
    del w.size
show(delete)
show(lambda: delattr(Widget, "missing"))
