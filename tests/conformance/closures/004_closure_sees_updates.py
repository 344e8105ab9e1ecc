def outer():
    value = "first"
    def show():
        return value
    print(show())
    value = "second"
    print(show())
    return show
f = outer()
print(f())
