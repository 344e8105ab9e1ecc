x = b'\xz1'
