x = 'both \' and "'
