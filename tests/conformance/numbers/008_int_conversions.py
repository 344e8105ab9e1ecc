print(int("42"), int("-17"), int("  8  "))
print(int("ff", 16), int("0xff", 16), int("0xff", 0))
print(int("1010", 2), int("0b1010", 0), int("777", 8), int("z", 36))
print(int(3.99), int(-3.99), int(True))
print(int("1_000"), int("+5"))
for bad in ["3.5", "abc", "", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
