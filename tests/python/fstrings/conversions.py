s = "text"
print(f"{s!r} {s!s} {s}")
print(f"{42!r} {3.5!r} {[s]!r}")
print(f"{'quote'!r:>10}|")
print(f"{None!s} {True!r}")
