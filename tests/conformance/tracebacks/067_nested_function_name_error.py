def outer():
    def inner():
        return helper() * 2
    return inner()
def helpr():
    return 21
print(outer())
