x = 1
(1 if x else 2) = 5
