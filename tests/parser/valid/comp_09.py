x = [[j for j in i] for i in m]
