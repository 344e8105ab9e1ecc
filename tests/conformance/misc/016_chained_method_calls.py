text = "  Hello, World  "
print(text.strip().lower().replace(",", "").split())
print("-".join(sorted(set("banana"))))
words = "one two three".split()
print(" ".join(w.capitalize() for w in words).center(21, "~"))
print([1, 2, 3].copy().__len__())
