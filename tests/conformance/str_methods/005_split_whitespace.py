texts = ["the quick  brown\tfox\njumps", "   leading and trailing   ", "",
         "   ", "one", "a\u3000b\u2028c\x1cd", "a\xa0b"]
for t in texts:
    print(repr(t))
    print("  split()        ", t.split())
    print("  split(None, 1) ", t.split(None, 1))
    print("  split(maxsplit=0)", t.split(maxsplit=0))
    print("  rsplit()       ", t.rsplit())
    print("  rsplit(None, 1)", t.rsplit(None, 1))
    print("  rsplit(maxsplit=2)", t.rsplit(maxsplit=2))
