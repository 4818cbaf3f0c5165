# Annotation batches over ECB+ training-topic news articles (CoNLL-2003 conventions, 4 types).
# python3 export_ecb.py ECB+FOLDER PREDICTIONS   (PREDICTIONS: eval ner --predictions over ecb-train.conll written by 'conll')
#   python3 export_ecb.py conll ECB+FOLDER > ecb-train.conll
import re, sys, glob, html, json
from common import marked, read_predictions
TRAIN = [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22] + list(range(24, 34))
TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)"[^>]*>([^<]*)</token>')
def documents(folder):
    for t in TRAIN:
        for f in sorted(glob.glob('%s/%d/*.xml' % (folder, t))):
            name = '%d/%s' % (t, f.rsplit('/', 1)[1])
            sents = {}
            for s, w in TOKEN.findall(open(f, encoding='utf8').read()):
                sents.setdefault(int(s), []).append(html.unescape(w).replace(' ', '_'))
            # sentence 0 of an ecbplus file is the source URL
            yield name, [(s, ws) for s, ws in sorted(sents.items()) if not (name.endswith('ecbplus.xml') and s == 0)]
if sys.argv[1] == 'conll':
    print('-DOCSTART- O\n\nDummy B-PER\nDummy B-ORG\nDummy B-LOC\nDummy B-MISC\n')
    for name, sents in documents(sys.argv[2]):
        print('-DOCSTART- O\n')
        for s, ws in sents: print('\n'.join(w + ' O' for w in ws) + '\n')
    sys.exit()
folder, predictions = sys.argv[1], sys.argv[2]
pred = read_predictions(predictions)[1:]  # the first is the dummy sentence
docs = list(documents(folder)); k = 0; keys = {}; toks = {}; items = []
for name, sents in docs:
    rows = []
    for s, ws in sents:
        p = pred[k]; k += 1; assert len(p) == len(ws)
        key = 'e%05d' % k; keys[key] = '%s-%d' % (name, s); toks[key] = ws
        rows.append('%s\t%s' % (key, marked(ws, p)))
    items.append((name, rows))
assert k == len(pred)
N = 8; total = sum(len(r) for _, r in items); chunks = [[] for _ in range(N)]; acc = 0; c = 0
for name, rows in items:
    if acc >= total / N * (c + 1) and c < N - 1: c += 1
    chunks[c].append((name, rows)); acc += len(rows)
for c in range(N):
    extra = []; n = 0
    for item in chunks[(c + 1) % N]:
        if n >= 30: break
        extra.append(item); n += len(item[1])
    with open('batch-%d.txt' % (c + 1), 'w', encoding='utf8') as f:
        for name, rows in chunks[c] + extra:
            f.write('=== document %s\n' % name + '\n'.join(rows) + '\n')
    print(c + 1, sum(len(r) for _, r in chunks[c] + extra))
json.dump(keys, open('keys.json', 'w')); json.dump(toks, open('tokens.json', 'w'))
