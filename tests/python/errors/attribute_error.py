numbers = [3, 1, 2]
numbers.sort()
print(numbers)
numbers.push(4)
