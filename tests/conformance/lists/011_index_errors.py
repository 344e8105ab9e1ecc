lst = [10, 20, 30]
print(lst[-1], lst[-3])
for i in [3, -4]:
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError:", e)
