s = "one two one two"
print(s.replace("one", "1"))
print(s.replace("one", "1", 1))
print(s.partition(" "))
print(s.rpartition(" "))
print("nospace".partition(" "))
print("a,b,c".replace(",", ""))
print("aaa".replace("a", "bb"))
