print(...)
print(Ellipsis)
print(... is Ellipsis)
print(type(...).__name__)
def todo():
    ...
print(todo())
print(repr(...), bool(...))
