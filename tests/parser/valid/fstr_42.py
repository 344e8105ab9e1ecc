x = f'{ a }'
