samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", " \t\n",
           "Hello World", "hello world", "HELLO WORLD", "_id", "id_2", "2id",
           "a b", "!", "Title Case Here", "Not title case"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
         "islower", "isupper", "istitle", "isidentifier", "isprintable",
         "isascii"]
for s in samples:
    flags = []
    for n in names:
        flags.append("1" if getattr(s, n)() else "0")
    print(repr(s).ljust(20), "".join(flags))
try:
    "a".isalpha(1)
except TypeError as e:
    print(e)
