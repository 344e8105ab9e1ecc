temperature = 25
print("checking")
if temperature > 20
    print("warm")
else:
    print("cold")
