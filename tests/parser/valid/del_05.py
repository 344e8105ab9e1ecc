del [x, y]
