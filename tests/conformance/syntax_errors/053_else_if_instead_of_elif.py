n = 0
if n > 0:
    print("positive")
else if n == 0:
    print("zero")
