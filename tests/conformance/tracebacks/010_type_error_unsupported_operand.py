prices = [10, 20]
tax = "5"
total = sum(prices) + tax
