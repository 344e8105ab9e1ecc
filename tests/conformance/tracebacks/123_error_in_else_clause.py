def parse(text):
    try:
        value = int(text)
    except ValueError:
        return None
    else:
        return 100 / value
print(parse("x"))
print(parse("4"))
print(parse("0"))
