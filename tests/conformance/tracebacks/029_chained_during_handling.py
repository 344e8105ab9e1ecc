data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    print("recovering")
    value = data.get("b") + undefined
