name = "ann"
print("hello", name)
print("hello " + name)
print("hello " name)
print("done")
