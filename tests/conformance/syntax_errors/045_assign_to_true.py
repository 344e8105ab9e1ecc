flag = False
print(flag)
True = flag
print(True)
print(flag)
