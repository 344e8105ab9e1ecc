def lookup(key, cache={}):
    if key in cache:
        return "cached " + cache[key]
    cache[key] = key.upper()
    return "computed " + cache[key]
print(lookup("a"))
print(lookup("b"))
print(lookup("a"))
print(lookup.__defaults__[0])
print(lookup("a", {}))
print(len(lookup.__defaults__[0]))
