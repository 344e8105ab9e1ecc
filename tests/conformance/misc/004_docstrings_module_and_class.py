"""A module docstring for the snippet."""
class Widget:
    """A small widget."""
    def spin(self):
        """Spin the widget."""
        return "spinning"
print(__doc__)
print(Widget.__doc__)
print(Widget.spin.__doc__)
print(Widget().spin.__doc__ == Widget.spin.__doc__)
