class Config:
    debug = False
c = Config()
print(getattr(c, "debug"), getattr(c, "verbose", "default"))
setattr(c, "verbose", True)
print(c.verbose, hasattr(c, "verbose"), hasattr(c, "quiet"))
for name in ["debug", "verbose"]:
    print(name, "=", getattr(c, name))
delattr(c, "verbose")
print(hasattr(c, "verbose"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
