def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(3))
print("starting with a negative number")
countdown(-1)
