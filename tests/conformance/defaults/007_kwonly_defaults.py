def build(*, parts=[], sep="-"):
    parts.append(str(len(parts)))
    return sep.join(parts)
print(build())
print(build())
print(build.__kwdefaults__["sep"], build.__defaults__)
print(build.__kwdefaults__["parts"])
print(build(parts=["x"]))
print(build())
