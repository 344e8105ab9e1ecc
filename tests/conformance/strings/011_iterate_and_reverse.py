s = "stressed"
print(s[::-1])
print("".join(reversed(s)))
vowels = 0
for ch in s:
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)
print(list(enumerate("abc")))
print(s == s[::-1], "level" == "level"[::-1])
