def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
        return x
    return middle()
print(outer())
def scopes():
    a = 1
    def change():
        a = 2
        return a
    change()
    return a
print(scopes())
