name = "ann"
age = 31
    print(name)
print(age)
print("done")
