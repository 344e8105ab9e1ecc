x = [i for i in a if not i or i]
