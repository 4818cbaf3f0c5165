# How far the team's annotation (GUIDE.md, the same process as the training batches) agrees with UNER English-EWT's
# own gold on every other dev document: a ceiling for any tagger trained on the team's labels and scored on UNER.
# The dev labels the annotator writes are for this measurement only: never trained on, never committed.
#   python3 dev_agreement.py export GOLD.iob2 PREDICTIONS > batch-dev.txt   (PREDICTIONS: eval ner --predictions on GOLD)
#   python3 dev_agreement.py score GOLD.iob2 out-dev.tsv COUNTRIES.tsv      (data/knowledge/countries.tsv)
import sys, collections
from common import marked, read_predictions, spans as common_spans, unmarked

UNER = ('PER', 'ORG', 'LOC')

def documents(path):
    docs, rows = [], []
    for line in open(path, encoding='utf8'):
        line = line.rstrip('\n')
        if line.startswith('# newdoc'): docs.append([]); continue
        if line.startswith('#'): continue
        if not line:
            if rows: docs[-1].append(rows); rows = []
            continue
        f = line.split('\t'); rows.append((f[1].replace(' ', '_'), f[2]))
    if rows: docs[-1].append(rows)
    return docs

def spans(tags):
    return common_spans(tags, UNER)

def sampled(docs):
    """(key, words, gold spans, asked-of-doc-index) for every sentence of every other document."""
    k = 0
    for di, d in enumerate(docs):
        for s in d:
            k += 1
            if di % 2 == 0: yield 'd%05d' % k, di, [w for w, _ in s], spans([g for _, g in s])

if sys.argv[1] == 'export':
    docs = documents(sys.argv[2])
    pred = read_predictions(sys.argv[3])
    last = None
    for key, di, words, _ in sampled(docs):
        if di != last: print('=== document dev-%d' % di); last = di
        p = pred[int(key[1:]) - 1]
        # asked as in the training batches, with capitalised non-initial words standing in for proper nouns (no UPOS here)
        if spans(p) or any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
            print('%s\t%s' % (key, marked(words, p, UNER)))
        else:
            print('ctx\t%s' % ' '.join(words))
else:
    docs = documents(sys.argv[2])
    answers = {}
    for line in open(sys.argv[3], encoding='utf8'):
        line = line.rstrip('\n')
        if '\t' not in line: continue
        key, text = line.split('\t', 1)
        found = unmarked(text)[1]
        answers[key] = found
    countries = set()
    for line in open(sys.argv[4], encoding='utf8'):
        c = line.rstrip('\n').split('\t')
        if line.startswith('#') or c[0] == 'iso3': continue
        countries.add(c[2]); countries.update(x for x in c[3].split('|') + c[5].split('|') if x)
    for conventions in (False, True):
        counts = collections.Counter()
        for key, _, words, gold in sampled(docs):
            ours = set()
            for s, e, t in answers.get(key, []):
                if conventions and e - s > 1 and words[e - 1] in ("'s", "'"): e -= 1
                if conventions and t == 'ORG' and ' '.join(words[s:e]) in countries: t = 'LOC'
                ours.add((s, e, t))
            for t in ('PER', 'ORG', 'LOC', 'all'):
                g = {x for x in gold if t in ('all', x[2])}; o = {x for x in ours if t in ('all', x[2])}
                counts[t, 'tp'] += len(g & o); counts[t, 'gold'] += len(g); counts[t, 'ours'] += len(o)
        print('as written' if not conventions else "possessive out, countries LOC (the training conventions)")
        for t in ('PER', 'ORG', 'LOC', 'all'):
            tp, g, o = counts[t, 'tp'], counts[t, 'gold'], counts[t, 'ours']
            print('  %-4s F1 %6.2f  gold %4d  ours %4d' % (t, 200.0 * tp / (g + o) if g + o else 0, g, o))
