binary = "10102"
print(int("1010", 2))
print(int("ff", 16))
print(int("17", 8))
print(int(binary, 2))
