class Logger:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close")
def compute():
    with Logger():
        print("computing")
        return 42
print(compute())
def loop():
    for i in range(3):
        with Logger():
            if i == 1:
                break
            print("iteration", i)
loop()
