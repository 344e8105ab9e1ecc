x = 'ok' f'}'
