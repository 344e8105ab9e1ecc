width = 10
prec = 3
value = 3.14159
fill = "*"
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:{fill}^{width}.{prec}}]")
print(f"[{'x':{width}}]")
for w in range(3, 6):
    print(f"[{w:>{w}}]")
spec = ">8.2f"
print(f"[{value:{spec}}]")
