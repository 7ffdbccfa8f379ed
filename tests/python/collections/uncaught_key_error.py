# dict.pop without a default, and set.remove, raise KeyError with the key.
inventory = {'apples': 3}
print(inventory.pop('apples'))
basket = {1, 2}
basket.remove(2)
print(basket)
basket.remove((3, 'x'))
