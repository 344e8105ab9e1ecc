def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("refusing to stop")
g = stubborn()
next(g)
g.close()
