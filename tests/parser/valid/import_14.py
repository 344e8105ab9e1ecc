from .... import a
