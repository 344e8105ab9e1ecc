try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("with message")
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnException
except NameError as e:
    print("NameError:", e)
