attempts = ["a", "", "12", "7"]
for raw in attempts:
    try:
        n = int(raw)
    except ValueError:
        print(f"{raw!r} is not a number, retrying")
        continue
    print("got", n)
    break
else:
    print("gave up")
