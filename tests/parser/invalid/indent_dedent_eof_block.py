for i in x:

