def outer():
    count = 0
    def inner():
        count = 5
        nonlocal count
        return count
    return inner()
print(outer())
