from sys import path,
