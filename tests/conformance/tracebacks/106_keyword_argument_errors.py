def connect(host, port=80, *, timeout):
    return f"{host}:{port} ({timeout}s)"
print(connect("a", timeout=3))
print(connect("a", 8080, 3))
