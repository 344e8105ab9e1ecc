def f(x):
    global x
    x = 1
