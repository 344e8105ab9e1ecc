class Base:
    def render(self):
        raise NotImplementedError("subclasses must implement render")
class Page(Base):
    pass
print("rendering")
Page().render()
