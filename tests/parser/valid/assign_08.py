a, (b, c) = d
