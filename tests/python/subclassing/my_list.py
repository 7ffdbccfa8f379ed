# Subclassing list: inherited methods, overridden methods, extra attributes, super() into list methods.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__, type(s) is list)
print(s == [1, 2], [1, 2] == s, s + [9], type(s + [9]).__name__)
print(s[0], s[-1], s[:1], type(s[:1]).__name__)
s.extend([7, 8])
s.sort(reverse=True)
print(s, sorted(s), 7 in s, list(reversed(s)))
print([x * 2 for x in s], sum(s), max(s))

# Constructor arguments pass through to list.
t = Stack("abc")
print(t, t.peek())

# Overriding append and calling the base implementation with super().
class Logged(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, x):
        self.log.append("append " + repr(x))
        super().append(x)

    def __setitem__(self, i, v):
        self.log.append("set " + repr(i))
        super().__setitem__(i, v)

    def __getitem__(self, i):
        value = super().__getitem__(i)
        return ("item", value) if isinstance(i, int) else value

lg = Logged([1, 2])
lg.append(3)
lg[0] = 10
print(list(lg), lg.log, lg[0], lg[1:])
print(len(lg), lg.count(10))

# Instances have a __dict__ for extra attributes.
lg.name = "logged"
print(lg.name, lg.__dict__["name"])

# A sorted list that keeps itself ordered.
class SortedList(list):
    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)

sl = SortedList()
for v in [5, 1, 4, 2, 3, 0]:
    sl.add(v)
print(sl)

# Overriding __repr__, __eq__ and __len__.
class Fancy(list):
    def __repr__(self):
        return "Fancy" + super().__repr__()
    def __len__(self):
        return 100 + super().__len__()
f = Fancy([1, 2])
print(repr(f), str(f), [f], len(f))

# Equality and hashing: list subclasses stay unhashable by default.
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)

# Class attributes and methods from both list and the subclass through the MRO.
print([c.__name__ for c in Stack.__mro__])
print(Stack.__bases__[0] is list, issubclass(Stack, list), issubclass(list, Stack))

# In-place operators keep the subclass object.
s2 = Stack([1])
before = s2
s2 += [2]
s2 *= 2
print(s2, s2 is before, type(s2).__name__)

# Iteration of a subclass that overrides __iter__.
class Backwards(list):
    def __iter__(self):
        i = len(self)
        while i > 0:
            i -= 1
            yield self[i]
b = Backwards([1, 2, 3])
print(list(b), [x for x in b], b[0])

# copy() and slicing return plain lists.
print(type(Stack([1]).copy()).__name__, type(Stack([1])[:]).__name__)
