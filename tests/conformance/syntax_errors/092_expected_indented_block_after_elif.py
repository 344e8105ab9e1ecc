x = 3
if x > 5:
    print("big")
elif x > 1:
print("medium")
