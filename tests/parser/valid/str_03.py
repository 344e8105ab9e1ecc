x = "it's"
