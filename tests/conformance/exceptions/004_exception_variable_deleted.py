try:
    1 / 0
except ZeroDivisionError as err:
    print("caught", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
saved = None
try:
    [].pop()
except IndexError as err:
    saved = err
print("saved:", saved, type(saved).__name__)
