x = U'upper u'
