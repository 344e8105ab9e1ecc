name = "ada"
print(name.upper())
print(name.uper())
