TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

def words(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() else " "
    return cleaned.split()

counts = {}
for word in words(TEXT):
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:8]:
    print(f"{word:<8} {count:>3} {'#' * count}")
print(len(counts), "distinct words,", sum(counts.values()), "in total")
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
