x = 1e999j
