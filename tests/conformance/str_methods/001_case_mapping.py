# upper/lower/casefold/title/capitalize/swapcase, including one-to-many
# mappings, final sigma and title-case letters.
words = ["hello World", "straße", "ǅemal", "ΟΔΥΣΣΕΥΣ", "ﬁsh", "İstanbul",
         "MiXeD 123 cAsE", "", "ŉ", "they're bill's friends", "ΣΑΣ ΣΑΣ."]
for w in words:
    print(repr(w))
    print("  upper     ", repr(w.upper()))
    print("  lower     ", repr(w.lower()))
    print("  casefold  ", repr(w.casefold()))
    print("  title     ", repr(w.title()))
    print("  capitalize", repr(w.capitalize()))
    print("  swapcase  ", repr(w.swapcase()))
    print("  lengths   ", len(w), len(w.upper()), len(w.lower()))
