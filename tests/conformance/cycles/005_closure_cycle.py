import gc
gc.collect()
class Button:
    pass
b = Button()
b.on_click = lambda: b
del b
print(gc.collect())
def make():
    btn = Button()
    btn.handler = lambda: btn
    return None
make()
print(gc.collect())
