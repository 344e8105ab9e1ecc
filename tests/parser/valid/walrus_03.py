print((x := 1))
