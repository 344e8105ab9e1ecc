x = 'tab\there\nnewline\r\\'
