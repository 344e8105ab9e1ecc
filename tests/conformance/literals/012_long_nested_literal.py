config = {
    "name": "demo",
    "sizes": [1, 2, 3],
    "flags": {"debug": False, "verbose": True},
    "pairs": [(1, "a"), (2, "b")],
    "empty": {},
}
print(config)
print(config["flags"]["verbose"])
print(config["pairs"][1][1])
print(len(config), len(config["sizes"]))
print(config["empty"] == {}, config["sizes"][-1])
