x = a[:, None]
