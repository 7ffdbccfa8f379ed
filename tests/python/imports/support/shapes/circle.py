from ..greeting import greet

class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)

    def hello(self):
        return greet("circle")
