def show(label, f):
    try:
        f()
    except IndexError as e:
        print(label, "->", e)
items = [1, 2]
show("list", lambda: items[5])
show("negative", lambda: (1,)[-3])
show("string", lambda: "abc"[10])
show("range", lambda: range(3)[3])
show("pop empty", lambda: [].pop())
show("pop index", lambda: items.pop(7))
show("assign", lambda: items.__setitem__(9, 0))
def delete():
    del items[4]
show("delete", delete)
show("insert is fine", lambda: items.insert(100, 3) or print("insert ok:", items))
