# An uncaught TypeError from putting a user object with __eq__ and no __hash__ into a set.

class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __eq__(self, other):
        return isinstance(other, Color) and self.rgb == other.rgb

print(Color(1, 2, 3) == Color(1, 2, 3), Color(1, 2, 3) is Color(1, 2, 3))
palette = [Color(0, 0, 0), Color(255, 255, 255), Color(0, 0, 0)]
print(len(palette))
unique = set(palette)
print(len(unique))
