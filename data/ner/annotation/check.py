# python3 check.py K (in the work folder): checks out-K.tsv against batch-K.txt (every sentence id answered once, words unchanged, tags well formed)
import re, sys
k=sys.argv[1]
want={}
for line in open('batch-%s.txt'%k,encoding='utf8'):
    if re.match(r'[a-z]\d{5}\t', line):
        key,text=line.rstrip('\n').split('\t',1)
        want[key]=re.sub(r'</?(PER|ORG|LOC|MISC)>','',text).split(' ')
seen=set(); bad=0
for n,line in enumerate(open('out-%s.tsv'%k,encoding='utf8'),1):
    line=line.rstrip('\n')
    if not line.strip(): continue
    if '\t' not in line: print('line %d: no tab'%n); bad+=1; continue
    key,text=line.split('\t',1)
    if key not in want: print('line %d: unknown id %s'%(n,key)); bad+=1; continue
    if key in seen: print('line %d: %s answered twice'%(n,key)); bad+=1
    seen.add(key)
    if text.strip()=='-': continue
    words=[]; open_=None; ok=True
    for tok in text.split(' '):
        m=re.fullmatch(r'(<(PER|ORG|LOC|MISC)>)?(.*?)(</(PER|ORG|LOC|MISC)>)?',tok)
        if m.group(1):
            if open_: ok=False
            open_=m.group(2)
        words.append(m.group(3))
        if m.group(4):
            if open_!=m.group(5): ok=False
            open_=None
    if open_ or not ok: print('line %d (%s): tags not well formed (one <TYPE> ... </TYPE> pair per name, on the words themselves, no nesting)'%(n,key)); bad+=1
    if words!=want[key]: print('line %d (%s): the words differ from the batch'%(n,key)); bad+=1
missing=[x for x in want if x not in seen]
print('%d of %d answered, %d problems%s'%(len(seen),len(want),bad, '; first missing: '+missing[0] if missing else ''))
