def show(f):
    try:
        f()
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: 2.0 ** 10000)
show(lambda: float(10 ** 400))
show(lambda: 10 ** 400 / 1.0)
show(lambda: [0] * (2 ** 63))
show(lambda: "ab" * (2 ** 63))
show(lambda: range(2 ** 63 + 1)[0:1] and len(range(2 ** 64)))
show(lambda: str(10 ** 5000))
show(lambda: int("1" * 5000))
show(lambda: round(float("inf")))
show(lambda: chr(0x110000))
