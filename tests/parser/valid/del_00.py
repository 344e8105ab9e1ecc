del x
