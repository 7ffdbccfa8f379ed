# AttributeError on instances, caught and then uncaught from inside a method.

class Ship:
    speed = 10

    def __init__(self, name):
        self.name = name

    def report(self):
        return self.name + " at " + str(self.speed) + " knots, heading " + self.heading

s = Ship("Argo")
try:
    s.cargo
except AttributeError as e:
    print("AttributeError:", e)
try:
    Ship.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.speed
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.launch()
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "heading", "no heading"))
print(s.report())
