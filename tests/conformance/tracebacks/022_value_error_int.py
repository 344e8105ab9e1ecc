raw = "3.5"
print("parsing", raw)
number = int(raw)
