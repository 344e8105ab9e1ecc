x = br'\d'
