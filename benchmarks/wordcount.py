"""Word count: generated text split, normalised and counted in dicts (str methods, dict get/set, sorting by
count). The result never depends on the iteration order of a set of strings."""
import sys

N = 150000
WARMUP_N = 10000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "qua", "zen", "ber", "dor", "ith", "ul", "pre", "xo"]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        word = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_lines(rng, vocabulary, count):
    lines = []
    for _ in range(count):
        words = []
        for _ in range(4 + rng.next(10)):
            # A skewed choice: some words are much more frequent than others.
            word = vocabulary[rng.next(1 + rng.next(len(vocabulary)))]
            if rng.next(7) == 0:
                word = word.capitalize()
            elif rng.next(31) == 0:
                word = word.upper()
            words.append(word + PUNCTUATION[rng.next(len(PUNCTUATION))] if rng.next(4) == 0 else word)
        lines.append("  ".join(words) if rng.next(5) == 0 else " ".join(words))
    return lines


def count_words(lines):
    counts = {}
    for line in lines:
        for token in line.split():
            word = token.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_letters(lines):
    letters = {}
    for line in lines:
        for ch in line:
            if ch.isalpha():
                ch = ch.lower()
                if ch in letters:
                    letters[ch] += 1
                else:
                    letters[ch] = 1
    return letters


def bench(n):
    rng = Random(2023)
    vocabulary = make_vocabulary(rng, 600)
    lines = make_lines(rng, vocabulary, n)
    counts = count_words(lines)
    letters = count_letters(lines)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
    by_length = {}
    for word, count in counts.items():
        by_length[len(word)] = by_length.get(len(word), 0) + count
    longest = max(counts, key=lambda word: (len(word), word))
    text = "\n".join(lines)
    replaced = text.replace("ka", "KA").count("KA")
    checksum = 0
    for word in sorted(counts):
        checksum = (checksum * 31 + counts[word] * len(word)) % 1000000007
    return "wordcount %d %d %d %s %s %d %d %s %d" % (
        n, len(counts), sum(counts.values()), ",".join("%s:%d" % pair for pair in top),
        "".join(sorted(letters, key=lambda ch: -letters[ch])[:6]), max(by_length), replaced, longest, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
