@x def f(): pass
