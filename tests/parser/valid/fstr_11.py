x = f''
