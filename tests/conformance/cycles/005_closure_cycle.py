import gc
gc.collect()
class Button:
    pass
b = Button()
b.on_click = lambda: b
print(b.on_click.__closure__)
del b
print("global lambda, no cell:", gc.collect())
def make():
    btn = Button()
    btn.handler = lambda: btn
    return btn.handler.__closure__ is not None
print(make())
print("closure cycle:", gc.collect())
