phone = {"ann": "555-1234"}
for name in ["ann", "bob"]:
    if name in phone:
        print(name, "->", phone[name])
    else:
        print(name, "-> unknown")
print(phone.get("bob", "no number"))
try:
    print(phone["bob"])
except KeyError as e:
    print("KeyError:", e, repr(e))
print("ann" in phone.keys(), "555-1234" in phone.values())
