speed = 3kmh
