prices = {"apple": 3, "pear": 4}

def price_of(item):
    return prices[item]

print(price_of("apple"))
print(price_of("durian"))
