def load():
    try:
        return [][0]
    except IndexError as e:
        raise KeyError("no records") from e
def start():
    try:
        load()
    except KeyError:
        raise RuntimeError("startup failed")
start()
