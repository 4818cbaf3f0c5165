# Shared by the annotation scripts: the tagger's predictions, names as spans, and sentences with names marked inline
# ("<PER>Tara Reid</PER>"), written for the annotators and read back from them.
import re

NAME_TYPES = ('PER', 'ORG', 'LOC', 'MISC')
_MARKED = re.compile(r'(<(PER|ORG|LOC|MISC)>)?(.*?)(</(PER|ORG|LOC|MISC)>)?')


def read_predictions(path):
    """Each sentence's predicted tags, from `dateline eval ner --predictions` (WORD GOLD PREDICTED lines)."""
    sentences, block = [], []
    for line in open(path, encoding='utf8'):
        line = line.rstrip('\n')
        if not line:
            if block: sentences.append(block); block = []
            continue
        word, _, predicted = line.rsplit(' ', 2)
        if word != '-DOCSTART-': block.append(predicted)
    if block: sentences.append(block)
    return sentences


def spans(tags, types=NAME_TYPES):
    """BIO tags as (start, end, type) word spans, end exclusive, of the given types."""
    out, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ['O']):
        if start is not None and not (t.startswith('I-') and t[2:] == typ): out.append((start, i, typ)); start = None
        if t.startswith('B-') or (t.startswith('I-') and start is None): start, typ = i, t[2:]
    return [x for x in out if x[2] in types]


def marked(words, tags, types=NAME_TYPES):
    """The words joined by spaces with the tagged names marked inline."""
    out = list(words)
    for a, b, t in reversed(spans(tags, types)): out[b - 1] += '</%s>' % t; out[a] = '<%s>' % t + out[a]
    return ' '.join(out)


def unmarked(text):
    """An annotator's line read back: its words and its names as (start, end, type), end exclusive; '-' is no name."""
    if text.strip() == '-': return None, []
    words, found, start = [], [], None
    for i, token in enumerate(text.split(' ')):
        m = _MARKED.fullmatch(token)
        if m.group(1): start = (i, m.group(2))
        words.append(m.group(3))
        if m.group(4): found.append((start[0], i + 1, m.group(5)))
    return words, found
