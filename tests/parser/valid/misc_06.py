x = a if b else (yield_)
