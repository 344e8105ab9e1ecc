n = 3
print("countdown")
while n > 0
    print(n)
    n -= 1
print("liftoff")
