def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

name = "report_2024.csv"
show(lambda: name.startswith("report"))
show(lambda: name.endswith(".csv"))
show(lambda: name.endswith((".txt", ".csv")))
show(lambda: name.startswith(("x", "y")))
show(lambda: name.startswith("2024", 7))
show(lambda: name.startswith("2024", 7, 9))
show(lambda: name.endswith("2024", 0, 11))
show(lambda: name.endswith("", 100))
show(lambda: name.startswith(""))
show(lambda: "".startswith(""))
show(lambda: "".startswith("", 1))
show(lambda: name.startswith(()))
show(lambda: name.startswith(1))
show(lambda: name.endswith(["csv"]))
show(lambda: name.startswith(("r", 1)))
show(lambda: name.startswith((1, "r")))
show(lambda: name.startswith("r", "1"))
show(lambda: name.startswith())
show(lambda: name.endswith("v", 1, 2, 3))
show(lambda: name.startswith(prefix="r"))
