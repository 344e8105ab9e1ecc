x = .5j
