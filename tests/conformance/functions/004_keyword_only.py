def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a.com"))
print(connect("b.com", port=443, secure=True))
try:
    connect("c.com", 8080)
except TypeError as e:
    print("TypeError:", e)
def tag(*, name):
    return f"<{name}>"
print(tag(name="p"))
try:
    tag()
except TypeError as e:
    print("TypeError:", e)
