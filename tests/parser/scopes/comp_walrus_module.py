zs = [(t := i) for i in range(3)]
