s = "Hello, World"
print(s.upper())
print(s.lower())
print(s.swapcase())
print("the quick fox".title())
print("the quick fox".capitalize())
print(s.isupper(), "ABC".isupper(), "abc".islower())
