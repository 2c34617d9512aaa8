"""Reads WordNet 3.0's dict/data.noun for the make-wordnet-*.py generators."""


def read_synsets(path):
    """Every synset of data.noun by its offset: (lexicographer file, lemmas, pointers as
    (symbol, target offset) pairs). Lines starting with two spaces are the licence header."""
    synsets = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        offset, lexfile = parts[0], parts[1]
        n = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        pointers = [(parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]) for i in range(int(parts[k]))]
        synsets[offset] = (lexfile, lemmas, pointers)
    return synsets
