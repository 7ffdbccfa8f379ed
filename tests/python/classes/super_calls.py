# super() without arguments and with two arguments, in methods, classmethods and __init__.

class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    @classmethod
    def create(cls, name):
        return cls(name)

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"


class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + " (woof)"

    @classmethod
    def create(cls, name):
        made = super().create(name)
        made.tricks.append("created")
        return made

    def __repr__(self):
        return "Dog:" + super().__repr__()


class Puppy(Dog):
    def speak(self):
        # two-argument form skipping Dog
        return super(Dog, self).speak() + " (tiny)"

    def speak_all(self):
        return [super().speak(), super(Puppy, self).speak(), super(Dog, self).speak()]


d = Dog("Rex", ["sit"])
print(d.speak())
print(d.tricks)
print(repr(d))
p = Puppy("Bit")
print(p.speak())
print(p.speak_all())
print(repr(p))
made = Dog.create("Made")
print(type(made).__name__, made.tricks)
pp = Puppy.create("Small")
print(type(pp).__name__, pp.tricks)

# super() objects called outside the class body.
print(super(Dog, d).speak())
print(super(Puppy, p).speak())
print(type(super(Dog, d)).__name__)

# super() inside a nested function needs explicit arguments; zero-arg works via __class__ in methods only.
class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
    def describe(self):
        base = super().describe()
        helper = lambda: super(Square, self).describe()
        return base + " / " + helper()

print(Square(3).describe())

# super() finds attributes that are not methods as well.
class Config:
    limit = 10
class Strict(Config):
    limit = 5
    def limits(self):
        return (self.limit, super().limit)
print(Strict().limits())

# super() with static methods and properties.
class Base:
    @staticmethod
    def tag():
        return "base-tag"
    @property
    def size(self):
        return 1
class Derived(Base):
    @staticmethod
    def tag():
        return "derived+" + super(Derived, Derived).tag()
    @property
    def size(self):
        return super().size + 10
print(Derived.tag(), Derived().size)

# Zero-argument super uses the class where the method was defined, not type(self).
class First:
    def hello(self):
        return "First"
class Second(First):
    def hello(self):
        return "Second>" + super().hello()
class Third(Second):
    pass
print(Third().hello())

# __class__ cell is available in methods.
class Cell:
    def which(self):
        return __class__.__name__
class SubCell(Cell):
    pass
print(SubCell().which())

# super() on a class argument (for classmethods defined by hand).
class K:
    @classmethod
    def make(cls):
        return "K.make for " + cls.__name__
class KK(K):
    @classmethod
    def make(cls):
        return "KK>" + super(KK, cls).make()
print(KK.make())
