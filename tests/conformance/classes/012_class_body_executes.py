print("before class")
class Demo:
    print("class body runs now")
    x = 1
    y = x + 1
    def method(self):
        return "method"
print("after class", Demo.x, Demo.y)
print(Demo.__name__, Demo.__qualname__, Demo.__module__)
print(sorted(k for k in vars(Demo) if not k.startswith("__")))
