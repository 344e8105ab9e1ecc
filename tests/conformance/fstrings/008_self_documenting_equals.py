x = 10
y = 3
print(f"{x=}")
print(f"{x = }")
print(f"{x + y=}")
print(f"{x / y=:.3f}")
name = "Bo"
print(f"{name=}")
print(f"{name=!s}")
print(f"{len(name)=}")
items = [1, 2]
print(f"{items=} {items[0]=}")
