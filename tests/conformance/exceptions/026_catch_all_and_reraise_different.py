def convert_all(raw):
    out = []
    for i, item in enumerate(raw):
        try:
            out.append(float(item))
        except ValueError as e:
            raise ValueError(f"item {i} is bad: {item!r}") from e
    return out
print(convert_all(["1", "2.5"]))
try:
    convert_all(["1", "x", "3"])
except ValueError as e:
    print(e)
    print("because:", e.__cause__)
