for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        print("about to break")
        break
    finally:
        print("finally on break")
print("done")
