# StopIteration from next() on an exhausted iterator, not caught.
numbers = iter([1])
print(next(numbers))
print(next(numbers))
