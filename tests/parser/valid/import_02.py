import a as b
