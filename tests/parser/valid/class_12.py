class A:
    '''doc'''
