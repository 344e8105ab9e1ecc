def f():
    with cm as c:
        d = c
    cm = 1
