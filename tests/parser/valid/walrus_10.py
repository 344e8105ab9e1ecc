x = [(j := i) for i in r]
