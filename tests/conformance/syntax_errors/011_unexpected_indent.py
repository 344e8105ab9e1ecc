name = "ann"
    print(name)
print("done")
