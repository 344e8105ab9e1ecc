def f():
    for i in seq:
        seq = i
