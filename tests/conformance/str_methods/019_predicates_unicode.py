samples = ["ñandú", "ΑΒΓ", "αβγ", "٣٤٥", "²³", "½", "Ⅻ", "一二三", "\u3000",
           "\xa0", "ǅ", "ǅungla", "ß", "é\u0301", "\u200b", "\x7f", "é",
           "\U0001F600", "Ω", "ﬁ"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
         "islower", "isupper", "istitle", "isidentifier", "isprintable",
         "isascii"]
for s in samples:
    print(ascii(s).ljust(22), " ".join(n[2:] for n in names if getattr(s, n)()))
