def f():
    global a
