s = "a fairly long string"
print(f"{s}" is s, f"{s:}" is s, f"{s!s}" is s, f"{s!r}" is s)
print(f"{s:<20}" is s, f"{s:<21}" is s, f"x{s}" is s, f"{s}{''}" is s)
n = 5
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
five = chars[13]  # cached one-character strs, made at run time
A = chars[0]
print(f"{n}" is five, f"{n}" == five, f"{'A'}" is A, f"{65:c}" is A)
class S(str):
    pass
x = S("sub")
print(type(f"{x}").__name__, type(f"{x!s}").__name__, f"{x}" is x)
