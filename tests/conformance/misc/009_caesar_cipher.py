def shift_char(ch, k):
    if ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz", 3), caesar("ABC", 29))
