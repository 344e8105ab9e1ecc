s = "0123456789"
print(s[::-1])
print(s[7:2:-1])
print(s[-1:-4:-1])
print(s[2:7:-1] == "")
print(s[::-3])
print(s[:3:-2])
