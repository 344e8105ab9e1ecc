print(len('x'))
