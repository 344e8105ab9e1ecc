def f():
    return len([]) + g
