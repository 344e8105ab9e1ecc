text = """first line
second line

fourth line"""
lines = text.splitlines()
print(len(lines))
for n, line in enumerate(lines, 1):
    print(n, repr(line))
print("a\nb\r\nc".splitlines())
print("a\nb\n".split("\n"))
