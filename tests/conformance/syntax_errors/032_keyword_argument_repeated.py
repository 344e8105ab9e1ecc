def show(**kwargs):
    print(kwargs)
show(a=1)
show(a=1, b=2)
show(a=1, b=2, a=3)
