print("defining classes")
class Good:
    size = 3
class Bad:
    limit = 10
    ratio = limit / Good.size
    scaled = limit * missing_factor
print("never reached")
