import csv, collections
VALID_T = set('women trans gay black disabled muslims jews refugees migrants roma individual politicians journalists police object institution profession none'.split())
with open('/work/w/blind1/cases.csv', encoding='utf-8', newline='') as f:
    r = csv.reader(f)
    header = next(r)
    assert header == ['id','functionality','label','target','template_id','text','derived_from'], header
    raw = list(r)
assert all(len(x) == 7 for x in raw)
rows = [dict(zip(header, x)) for x in raw]
ids = [x['id'] for x in rows]
assert len(ids) == len(set(ids))
byid = {x['id']: x for x in rows}
bases = []
for x in rows:
    assert x['label'] in ('hateful', 'non-hateful')
    assert x['target'] in VALID_T, x
    assert x['text'].strip()
    if x['functionality'].startswith('spell_'):
        b = byid[x['derived_from']]
        assert b['label'] == 'hateful' and not b['functionality'].startswith('spell_')
        assert b['template_id'] == x['template_id'] and x['label'] == 'hateful'
        bases.append(x['derived_from'])
    else:
        assert x['derived_from'] == ''
assert len(bases) == len(set(bases)), 'base reused'
cnt = collections.Counter(x['functionality'] for x in rows)
tpl = collections.defaultdict(set); grp = collections.defaultdict(set)
for x in rows:
    tpl[x['functionality']].add(x['template_id']); grp[x['functionality']].add(x['target'])
texts = collections.Counter(x['text'] for x in rows)
dups = [t for t, c in texts.items() if c > 1]
print('rows', len(rows), 'dup texts', len(dups))
for k in cnt:
    mn = 30 if k.startswith('spell_') else 24
    ok = cnt[k] >= mn and (k.startswith('spell_') or len(tpl[k]) >= 8)
    print(k, cnt[k], 'templates', len(tpl[k]), 'targets', len(grp[k]), 'OK' if ok else 'FAIL')
