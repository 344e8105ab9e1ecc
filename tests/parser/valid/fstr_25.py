x = rf'\d{a}'
