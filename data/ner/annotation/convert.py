# Joins the annotators' out-K.tsv files into the standoff label file (no text) and reports agreement on the
# documents two annotators read. Run in the work folder of export.py: python3 convert.py data/ner/ewt-train-names.tsv
# [HEADER.txt: comment lines to write instead of the EWT header]
# A document goes in only when every sentence asked of it was answered; documents with nothing asked (no proper noun,
# no name suggested) go in with no names.
import sys, json, collections, glob
from common import unmarked
keys=json.load(open('keys.json')); toks=json.load(open('tokens.json'))
def parse(text, n):
    words, found = unmarked(text)
    assert words is None or len(words) == n
    out = []
    for a, b, t in found:
        # the possessive stays outside the name (the other training sets' convention and the product's)
        if b - a > 1 and words[b - 1] in ("'s", "'", "\u2019s", "\u2019"): b -= 1
        out.append((a, b - 1, t))
    return out
batches={}; docs_in=collections.defaultdict(list); asked={}
for k in range(1,9):
    doc=None; order=[]
    for line in open('batch-%d.txt'%k,encoding='utf8'):
        line=line.rstrip('\n')
        if line.startswith('=== document '): doc=line[13:]; docs_in[doc].append(k); order.append((doc,None)); continue
        tag,_=line.split('\t',1)
        if tag!='ctx': asked[tag]=doc
    ans={}
    try:
        for line in open('out-%d.tsv'%k,encoding='utf8'):
            line=line.rstrip('\n')
            if not line.strip(): continue
            key,text=line.split('\t',1)
            try: ans[key]=parse(text,len(toks[key]))
            except Exception as e: print('batch',k,key,'unparsable',file=sys.stderr)
    except FileNotFoundError: pass
    batches[k]=ans
def primary(ks):
    if len(ks)==1: return ks[0]
    a,b=sorted(ks)
    return 1 if (a,b)==(1,8) else b
# documents in treebank order with their sentence keys
docorder=[]; dockeys=collections.defaultdict(list)
for key,sid in keys.items():
    d=sid.rsplit('-',1)[0]
    if d not in dockeys: docorder.append(d)
    dockeys[d].append(key)
out=[]; complete=0; partial=0; names=collections.Counter()
agree=collections.Counter()
for d in docorder:
    ks=docs_in.get(d,[])
    lab={}
    if ks:
        p=primary(ks); ans=batches[p]
        need=[x for x in dockeys[d] if x in asked]
        if any(x not in ans for x in need): partial+=1; continue
        for x in dockeys[d]: lab[x]=ans.get(x,[])
        other=[k for k in ks if k!=p]
        for k in other:
            if all(x in batches[k] for x in need):
                for x in need:
                    A=set(ans[x]); B=set(batches[k][x])
                    agree['both']+=len(A&B); agree['a']+=len(A); agree['b']+=len(B)
    else:
        # a document with nothing asked has no names
        for x in dockeys[d]: lab[x]=[]
    complete+=1
    out.append('= '+d)
    for x in dockeys[d]:
        sid=keys[x]; num=sid.rsplit('-',1)[1]
        sp=lab[x]
        for a,b,t in sp: names[t]+=1
        out.append(num+'\t'+(' '.join(('%d-%d:%s'%(a+1,b+1,t) if b>a else '%d:%s'%(a+1,t)) for a,b,t in sp) if sp else '-'))
hdr=['# Names in UD English-EWT train (UD_English-EWT, CC BY-SA 4.0; text read from ../shared at training time, never stored here),',
     '# labelled by the Dateline team under the Universal NER v1 guidelines (PER, ORG, LOC; a possessive kept outside the name; no MISC).',
     '# Provenance and method: data/ner/README.md. Format: "= DOCUMENT-ID", then per sentence "NNNN<TAB>SPANS" (sentence id',
     '# DOCUMENT-ID-NNNN; SPANS "-" or FIRST-LAST:TYPE / WORD:TYPE, 1-based word ids without multiword tokens).']
if len(sys.argv) > 2: hdr = [l.rstrip('\n') for l in open(sys.argv[2], encoding='utf8')]
open(sys.argv[1],'w').write('\n'.join(hdr+out)+'\n')
print('documents complete',complete,'incomplete',partial,'names',dict(names))
if agree['a']:
    p=agree['both']/agree['b'] if agree['b'] else 0; r=agree['both']/agree['a']
    print('agreement on doubly read documents: names %d / %d, exact-span F1 %.2f'%(agree['a'],agree['b'],100*2*agree['both']/(agree['a']+agree['b'])))
