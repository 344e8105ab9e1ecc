word = "mid"
print("[" + word.center(9) + "]")
print("[" + word.ljust(7, ".") + "]")
print("[" + word.rjust(7, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("[" + word.center(8, "=") + "]")
print("[" + "toolong".center(3) + "]")
