def parse(text):
    try:
        value = int(text)
        print("parsed", value)
        return value
    except ValueError:
        print("could not parse", repr(text))
        return None
print(parse("12"))
print(parse("twelve"))
