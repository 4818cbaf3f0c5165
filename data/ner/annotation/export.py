# Builds annotation batches of UD English-EWT train for the team's own name annotation (UNER conventions).
# Run in an empty work folder: python3 export.py TREEBANK.conllu PREDICTIONS
# where PREDICTIONS is `dateline eval ner --data ewt-train.conll --predictions PREDICTIONS` over the treebank's words
# (one dummy sentence with B-PER, B-ORG, B-LOC, B-MISC first, so every type is scored; see data/ner/README.md).
# Writes batch-1..8.txt (documents whole; each batch also holds the next batch's first documents, read twice for
# agreement), keys.json (batch key -> sent_id) and tokens.json (batch key -> words).
import collections, json, sys
from common import marked, read_predictions, spans

LABELLED = ('PER', 'ORG', 'LOC')  # UNER's types: a MISC suggestion is not shown
TREEBANK, PREDICTIONS = sys.argv[1], sys.argv[2]
docs=[]; sents=[]
cur=None
for line in open(TREEBANK,encoding='utf8'):
    line=line.rstrip('\n')
    if line.startswith('# newdoc id'):
        docs.append({'id':line.split('= ',1)[1],'sents':[]})
    elif line.startswith('# sent_id'):
        cur={'id':line.split('= ',1)[1],'toks':[],'upos':[]}; sents.append(cur); docs[-1]['sents'].append(cur)
    elif line and not line.startswith('#'):
        f=line.split('\t')
        if '-' in f[0] or '.' in f[0]: continue
        cur['toks'].append(f[1].replace(' ','_')); cur['upos'].append(f[3])
pred=read_predictions(PREDICTIONS)[1:]  # the first is the dummy sentence
assert len(pred)==len(sents), (len(pred),len(sents))
for i,(s,p) in enumerate(zip(sents,pred)):
    assert len(p)==len(s['toks'])
    s['pred']=p; s['key']='t%05d'%(i+1)
def shown(s):
    return marked(s['toks'], s['pred'], LABELLED)
for s in sents:
    s['ask']= 'PROPN' in s['upos'] or bool(spans(s['pred'], LABELLED))
asked=[s for s in sents if s['ask']]
print('sentences',len(sents),'to annotate',len(asked),'tokens',sum(len(s['toks']) for s in asked))
# chunks by document, balanced by asked tokens
N=8
total=len(asked); target=total/N
chunks=[[] for _ in range(N)]; k=0; acc=0
for d in docs:
    w=sum(1 for s in d['sents'] if s['ask'])
    if acc>=target*(k+1) and k<N-1: k+=1
    chunks[k].append(d); acc+=w
# overlap for agreement: first 30 asked sentences' documents of chunk k+1 are also given to chunk k (small docs)
extra=[]
for k in range(N):
    nxt=chunks[(k+1)%N]; ov=[]; c=0
    for d in nxt:
        if c>=35: break
        ov.append(d); c+=sum(1 for s in d['sents'] if s['ask'])
    extra.append(ov)
for k,ch in enumerate(chunks):
    ch=ch+extra[k]
    with open('batch-%d.txt'%(k+1),'w',encoding='utf8') as f:
        n=0
        for d in ch:
            f.write('=== document %s\n'%d['id'])
            for s in d['sents']:
                if s['ask']: f.write('%s\t%s\n'%(s['key'],shown(s))); n+=1
                else: f.write('ctx\t%s\n'%' '.join(s['toks']))
        print(k+1,len(ch),'docs',n,'to annotate')
json.dump({s['key']:s['id'] for s in sents},open('keys.json','w'))
json.dump({s['key']:s['toks'] for s in sents},open('tokens.json','w'))
