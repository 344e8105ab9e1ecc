obj.method(1).other()
