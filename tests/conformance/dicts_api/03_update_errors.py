tests = ["{}.update([(1, 2, 3)])", "{}.update([1])", "{}.update(5)", "{}.update([[1]])",
         "{}.update({}, {})", "dict([(1, 2), (3,)])", "dict(1, 2)", "dict([('ab', 1)])",
         "dict(['abc'])", "{}.update([(1, 2), 3])"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class BadKeys:
    def keys(self):
        return 5
try:
    {}.update(BadKeys())
except TypeError as e:
    print(e)
