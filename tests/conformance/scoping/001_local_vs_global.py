x = "global"
def show():
    x = "local"
    print("inside:", x)
show()
print("outside:", x)
def read_global():
    return x.upper()
print(read_global())
