ready = True
count = 3
if ready:
print("go")
print(count)
