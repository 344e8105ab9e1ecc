def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]
def is_palindrome(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_palindrome(s[1:-1])
def count_char(s, ch):
    if not s:
        return 0
    return (s[0] == ch) + count_char(s[1:], ch)
print(reverse("recursion"))
print(is_palindrome("racecar"), is_palindrome("python"))
print(count_char("mississippi", "s"))
