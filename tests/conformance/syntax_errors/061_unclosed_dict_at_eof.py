settings = {
    "debug": True,
    "level": 3,
print(settings)
print(settings["debug"])
