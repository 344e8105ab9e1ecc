while a:
    if b:
        break
    continue
