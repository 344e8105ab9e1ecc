# expect: match statements are not supported by Refscope
match command:
    case 1:
        pass
