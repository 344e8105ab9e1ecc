binary = "10102"
print(int("1010", 2))
print(int(binary, 2))
