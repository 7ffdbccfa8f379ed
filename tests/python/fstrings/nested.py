value = 3.14159
width = 10
precision = 3
print(f"[{value:{width}.{precision}f}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
print(f"{f'{value:.2f}'!r}")
rows = [("apple", 3), ("kiwi", 12)]
for fruit, count in rows:
    print(f"{fruit:<8}{count:>4}")
print(f"{', '.join([f'{i * i}' for i in range(4)])}")
