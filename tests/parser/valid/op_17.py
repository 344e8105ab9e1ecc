x = a and not b
