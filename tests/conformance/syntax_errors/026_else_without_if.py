x = 3
print(x)
else:
    print("no")
print("done")
