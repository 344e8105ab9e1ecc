src = "abc"
word = "xbz"
print(src[1] is word[1])
empty1 = src[0:0]
empty2 = word[3:]
print(empty1 is empty2, empty1 == "")
print(src[:] is src, src[0:3] is src)
print(src[0:2] is src[0:2], src[0:2] == src[0:2])
print(str() is "".join([]))
