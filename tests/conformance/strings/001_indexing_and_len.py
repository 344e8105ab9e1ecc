s = "python"
print(len(s))
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[:2], s[3:])
for i in range(len(s)):
    print(i, s[i])
