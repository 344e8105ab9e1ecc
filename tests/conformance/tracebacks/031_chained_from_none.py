def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected digits, got {text!r}") from None
print(convert("12"))
print(convert("twelve"))
