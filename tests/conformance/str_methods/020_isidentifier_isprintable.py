for s in ["x", "_", "__init__", "x1", "1x", "", "a-b", "class", "None",
          "ñ", "π", "a b", "é", "\u2118", "℘", "x\u0300", "\u0300x", "ab$"]:
    print(ascii(s), s.isidentifier())
for s in ["abc", "a\nb", "tab\t", "\x00", "\x1b[0m", "é", "\u200e", "\xad",
          "\u2028", " ", "\U0001F600", "\ud800", ""]:
    print(ascii(s), s.isprintable())
