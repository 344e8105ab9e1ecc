x = r'raw\n\d'
