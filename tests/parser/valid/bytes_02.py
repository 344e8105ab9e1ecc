x = B"x"
