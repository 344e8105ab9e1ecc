name = "Ada"
lines = [f"Line {i}: {name * i}" for i in range(1, 4)]
print("\n".join(lines))
msg = (f"Hello, {name}. "
       f"You have {3} new "
       f"message{'s' if 3 != 1 else ''}.")
print(msg)
print(f'{name!r}', f"{name!r}", f'''{name}''')
print(f"tab\t{name}\tend")
print(rf"raw\n{name}")
print(f"{name}" "-literal-" f"{name}")
