def f():
    try:
        a = 1
    except E as e:
        b = e
    else:
        c = 1
    finally:
        d = 1
    E = 1
