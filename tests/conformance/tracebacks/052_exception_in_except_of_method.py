class Cache:
    def __init__(self):
        self.data = {}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            return self.fallback[key]
Cache().get("user")
