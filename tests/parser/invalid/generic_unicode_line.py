s = 'héllo' + + + ?
