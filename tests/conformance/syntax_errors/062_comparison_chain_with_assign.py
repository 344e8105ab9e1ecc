x = 4
y = 3
if x > y and x = 4:
    print("ok")
print("done")
