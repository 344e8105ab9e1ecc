class ConfigError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
try:
    load("b")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("suppress context:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
