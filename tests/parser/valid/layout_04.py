# comment

# another
