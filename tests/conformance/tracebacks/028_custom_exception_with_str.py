class ParseError(Exception):
    def __init__(self, line, text):
        super().__init__(line, text)
        self.line = line
        self.text = text
    def __str__(self):
        return f"line {self.line}: cannot parse {self.text!r}"
raise ParseError(3, "x = = 1")
