flag = False
True = flag
print(True)
