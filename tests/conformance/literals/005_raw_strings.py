path = r"C:\new\table"
print(path)
print(len(path))
print(repr(path))
print(r"\n is two chars:", len(r"\n"))
print(R"raw\tupper")
pattern = r"\d+\.\d*"
print(pattern, repr(pattern))
