defaults = {"color": "red", "size": "M"}
custom = {"size": "L", "qty": 2}
print(defaults | custom)
print(custom | defaults)
print({**defaults, **custom} == defaults | custom)
settings = dict(defaults)
settings |= custom
print(settings, defaults)
