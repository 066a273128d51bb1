#!/usr/bin/env python3
"""Collect the resolved runtime closure (surefire config.ini + materialized product plugins) of project (a),
map every bundle back to its Maven GAV in the local repo, and report the ones that drifted past the
release cutoff. Output: gav list (one 'g:a:v' per line)."""
import os, re, sys, zipfile, glob
REPO = sys.argv[1]; CONFIG = sys.argv[2]; PLUGINS = sys.argv[3]; CUTOFF = sys.argv[4]
def mf(path):
    try:
        m = zipfile.ZipFile(path).read('META-INF/MANIFEST.MF').decode('utf-8', 'replace').replace('\r\n ', '').replace('\n ', '')
    except Exception: return None, None
    b = re.search(r'Bundle-SymbolicName: *([^;\s]+)', m); v = re.search(r'Bundle-Version: *(\S+)', m)
    return (b.group(1) if b else None), (v.group(1) if v else None)
def gav(path):
    rel = os.path.relpath(path, REPO).split(os.sep)
    return '.'.join(rel[:-3]), rel[-3], rel[-2]
paths = set(p.replace('\\:', ':') for p in re.findall(r'reference\\:file\\:([^@,]+?\.jar)', open(CONFIG).read()))
index = {}
for p in glob.glob(REPO + '/**/*.jar', recursive=True):
    if '/org/eclipse/tycho/' in p or '/org/apache/maven/' in p: continue
    b, v = mf(p)
    if b: index[(b, v)] = p
for f in os.listdir(PLUGINS):
    m = re.match(r'(.+?)_(\d+\.\d+\.\d+[^/]*?)(\.jar)?$', f)
    if m and (m.group(1), m.group(2)) in index: paths.add(index[(m.group(1), m.group(2))])
    elif m and not f.startswith("coyotos.studio"): print('# not in local repo (wrapped?):', f, file=sys.stderr)
for p in sorted(paths):
    if '/org/eclipse/tycho/' in p: continue
    g, a, v = gav(p); b, bv = mf(p)
    q = re.search(r'v(20\d{6})', bv or '')
    flag = 'DRIFT' if q and q.group(1) > CUTOFF else ''
    print(f'{g}:{a}:{v} {flag}')
