score = 70
if score > 90:
    print("A")
else:
    print("B or lower")
elif score > 60:
    print("C")
