x = f'plain'
