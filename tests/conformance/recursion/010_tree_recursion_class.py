class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def size(self):
        return 1 + sum(c.size() for c in self.children)
    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)
    def show(self, indent=0):
        print("  " * indent + str(self.value))
        for c in self.children:
            c.show(indent + 1)
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
t.show()
print(t.size(), t.height())
