def risky():
    return {}["token"]
try:
    risky()
except KeyError:
    print("logging failure")
    raise
