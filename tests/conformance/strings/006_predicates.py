tests = ["123", "abc", "abc123", "   ", "", "Title Case", "x_1"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.istitle())
print("x_1".isidentifier(), "1x".isidentifier())
print("42".isdecimal(), "4.2".isdecimal())
