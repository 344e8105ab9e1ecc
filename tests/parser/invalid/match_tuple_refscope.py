# expect: match statements are not supported by Refscope
x = 1
match a, b:
    case (1, 2):
        pass
