assert = 1
