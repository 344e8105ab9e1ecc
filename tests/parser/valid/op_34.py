x = a ** -b ** c
