class Thing:
    pass
t = Thing()
t.color = "red"
setattr(t, "size", 3)
print(t.color, getattr(t, "size"), getattr(t, "weight", "n/a"))
print(hasattr(t, "color"), hasattr(t, "weight"))
print(vars(t))
delattr(t, "color")
print(vars(t), hasattr(t, "color"))
try:
    t.color
except AttributeError as e:
    print("AttributeError:", e)
