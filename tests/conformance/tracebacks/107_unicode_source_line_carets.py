prices = {"café": 3, "crème": 4}
total = prices["café"] + prices["thé"]
