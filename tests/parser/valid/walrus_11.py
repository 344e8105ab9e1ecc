assert (x := 1)
