def ﬁnd(): pass
