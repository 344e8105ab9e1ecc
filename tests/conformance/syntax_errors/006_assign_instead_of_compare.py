x = 5
print("x is", x)
if x = 5:
    print("five")
else:
    print("not five")
