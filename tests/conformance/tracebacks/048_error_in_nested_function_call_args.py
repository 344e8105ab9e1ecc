def fmt(value, width):
    return str(value).rjust(width)
def show(row):
    return "|".join(fmt(cell, 4) for cell in row)
print(show([1, 22, 333]))
print(show([1, "x", 2 + None]))
