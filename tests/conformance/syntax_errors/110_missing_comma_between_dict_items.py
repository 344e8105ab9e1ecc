colors = {"red": 1 "blue": 2}
