x = a < b <
