# Reading files line by line: iteration, enumerate, readline loops, with statements.
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.csv")
    rows = [("name", "qty"), ("apple", 3), ("pear", 10), ("fig", 7)]
    with open(path, "w") as out:
        for name, qty in rows:
            out.write(f"{name},{qty}\n")
    with open(path) as f:
        header = next(f).rstrip("\n").split(",")
        total = 0
        for number, line in enumerate(f, start=1):
            name, qty = line.rstrip("\n").split(",")
            total += int(qty)
            print(number, name, qty)
    print(header, total)
    with open(path) as f:
        while True:
            line = f.readline()
            if not line:
                break
            print(repr(line))
    with open(path) as f:
        lines = [line.strip() for line in f if "a" in line]
    print(lines)
    with open(path) as f:
        print(list(zip(f, range(2))))
        print(f.readline(), end="")
        print(next(f, "exhausted"), next(f, "exhausted"))
    with open(path) as f:
        f.close()
        try:
            for line in f:
                pass
        except ValueError as e:
            print(e)
    with open(path, "a") as f:
        f.write("no newline at end")
    with open(path) as f:
        print(f.readlines()[-2:])
