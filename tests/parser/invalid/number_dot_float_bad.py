x = .5x
