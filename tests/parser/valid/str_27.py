x = '\q\d\w'
