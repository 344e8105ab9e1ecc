x = f'{{literal}}'
