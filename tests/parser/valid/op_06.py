x = ~a
