for i in range(4):
    pass
print("i after loop:", i)
for word in ["a", "b"]:
    last = word.upper()
print(word, last)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
