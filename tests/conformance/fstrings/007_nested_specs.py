value = 3.14159
for width in (6, 8, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}11}]")
spec = ">8,.2f"
print(f"[{1234567.891:{spec}}]")
