name = "ann"
print(f"hello {name")
