def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return len(5)
    return "no error"
for kind in ["key", "index", "type", "none"]:
    try:
        print(risky(kind))
    except KeyError as e:
        print("KeyError", e)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
