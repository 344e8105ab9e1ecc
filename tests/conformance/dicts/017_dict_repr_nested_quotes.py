d = {"it's": 'say "hi"', "tab": "a\tb", 1: [None, {}]}
print(d)
print(str(d) == repr(d))
selfref = {"name": "loop"}
selfref["me"] = selfref
print(selfref)
