x = b'''multi
line'''
