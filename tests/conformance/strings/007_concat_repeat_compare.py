a = "abc"
b = "abd"
print(a + b, a * 2, 3 * "-")
print(a < b, a == "abc", a != b)
print("Z" < "a", "apple" < "apricot", "app" < "apple")
print(min("hello"), max("hello"))
print(sorted("banana"))
print("" * 5 == "", "ab" * 0)
