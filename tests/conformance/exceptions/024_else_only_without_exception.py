def check(items):
    try:
        first = items[0]
    except IndexError:
        print("empty")
    else:
        print("first is", first)
        return first
    finally:
        print("checked", items)
print(check([9, 8]))
print(check([]))
