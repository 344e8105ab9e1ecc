s = "banana"
print(s.find("an"), s.find("an", 2), s.find("z"))
print(s.rfind("an"), s.index("n"), s.rindex("a"))
print(s.count("a"), s.count("an"), s.count(""))
print("nan" in s, "nab" in s)
print(s.startswith("ban"), s.endswith(("x", "na")))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
