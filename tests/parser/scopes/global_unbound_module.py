def f():
    global y
    y = 1
