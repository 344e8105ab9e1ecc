x = '\N'[0:0] if False else 'no N'
