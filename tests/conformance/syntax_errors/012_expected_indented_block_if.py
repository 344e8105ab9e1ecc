ready = True
if ready:
print("go")
