def f():
    x: int
    y: int = 1
