x = '''multi
line
'''
