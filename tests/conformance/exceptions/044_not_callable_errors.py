import sys
class Plain:
    pass
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: None())
show(lambda: (5)())
show(lambda: "text"())
show(lambda: sys())
show(lambda: Plain()())
show(lambda: [1, 2]())
show(lambda: {"a": 1}["a"]())
show(lambda: (1, 2)(0))
items = [1, 2]
len_ = len(items)
show(lambda: len_(items))
