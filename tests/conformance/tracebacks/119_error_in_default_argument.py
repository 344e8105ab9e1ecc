def make(prefix=undefined_prefix):
    return prefix
print(make())
