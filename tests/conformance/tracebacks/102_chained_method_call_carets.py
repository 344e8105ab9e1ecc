text = "  Hello World  "
print(text.strip().lower().split())
print(text.strip().lower().find("o").upper())
