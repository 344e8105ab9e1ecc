class Oops:
    def forgot():
        return "no self"
    def ok(self):
        return "fine"
o = Oops()
print(o.ok())
print(Oops.forgot())
try:
    o.forgot()
except TypeError as e:
    print("TypeError:", e)
