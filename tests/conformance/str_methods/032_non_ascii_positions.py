# Positions are code points, not bytes, wherever a method reports or takes
# one.
s = "naïve café — ça va? 😀 ok"
print(len(s), s.find("café"), s.find("ça"), s.rfind("a"), s.index("😀"))
print(s.find("a", 10), s.find("a", -5), s.count("a", 3, 12), s[6:10])
print(s.startswith("café", 6), s.endswith("ok"), s.endswith("😀", 0, 21))
print(s.partition("—"), s.rsplit(" ", 2))
print(s.split("a", 2), s.rpartition("ç"))
print(s.center(30, "·"), s.ljust(28, "é") + "|", s.zfill(30))
print(s.expandtabs(), "é\tb\tc".expandtabs(3))
print(s.replace("a", "ä", 2), s.upper(), s.title())
print(s.encode("utf-8")[:12], len(s.encode()), s.encode("ascii", "replace"))
print("%-8s|%8s|%.3s" % ("ça", "ça", "çava"))
print("{:ü^9}|{:<4}|{:.2}".format("é", "😀", "éèê"))
print(f"{'ñ':*>5}{'ß'!r}{'ü'!a}")
