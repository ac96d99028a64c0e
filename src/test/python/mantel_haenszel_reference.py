"""Within-event keyness with statsmodels' StratifiedTable, the independent reference for WithinEventKeyness.

Usage: python3 mantel_haenszel_reference.py FILE MIN_COUNT. FILE is a CSV of article_id,event_id,group,term,count
(one row per article and term). For each group g and term t of g's shared events (events two or more groups
covered), one 2x2 table per shared event k that g covered: [[a, b], [c, d]] with a = g's count of t in k, b = the
other groups', c and d the rest of the same n-gram order (a bigram holds a space). Prints
group,term,ngram,n_events,n_target,n_reference,log_odds_mh,log_odds_se,cmh,p,p_adj for the terms used at least
MIN_COUNT times by both sides together whose variance sum is above 0; p_adj by statsmodels' fdr_bh per group.
"""
import csv
import sys
from collections import defaultdict

import numpy as np
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests

path, min_count = sys.argv[1], int(sys.argv[2])
counts = defaultdict(int)  # (event, group, term) -> n
with open(path, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        counts[(r["event_id"], r["group"], r["term"])] += int(r["count"])
groups_of = defaultdict(set)
for (e, g, t) in counts:
    groups_of[e].add(g)
shared = {e for e, gs in groups_of.items() if len(gs) >= 2}
order = lambda t: 2 if " " in t else 1
total = defaultdict(int)       # (event, group, ngram)
term_total = defaultdict(int)  # (event, term)
for (e, g, t), n in counts.items():
    if e in shared:
        total[(e, g, order(t))] += n
        term_total[(e, t)] += n
rows = []
for g in sorted({g for (e, g, t) in counts}):
    events = sorted(e for e in shared if g in groups_of[e])
    terms = sorted({t for (e, t) in term_total if e in events})
    for t in terms:
        k = order(t)
        tables = []
        for e in events:
            a = counts.get((e, g, t), 0)
            b = term_total.get((e, t), 0) - a
            ng = total.get((e, g, k), 0)
            n_all = sum(total.get((e, h, k), 0) for h in groups_of[e])
            c = ng - a
            d = n_all - ng - b
            if a + b > 0:
                tables.append([[a, b], [c, d]])
        if not tables:
            continue
        arr = np.array(tables, dtype=float).transpose(1, 2, 0)
        sa, sb = arr[0, 0].sum(), arr[0, 1].sum()
        n = arr.sum(axis=(0, 1))
        var = ((arr[0, 0] + arr[0, 1]) * (arr[1, 0] + arr[1, 1]) * (arr[0, 0] + arr[1, 0]) * (arr[0, 1] + arr[1, 1])
               / (n ** 2 * (n - 1)))
        if sa + sb < min_count or not var.sum() > 0:
            continue
        st = StratifiedTable(arr)
        r_sum = (arr[0, 0] * arr[1, 1] / n).sum()
        s_sum = (arr[0, 1] * arr[1, 0] / n).sum()
        lo = st.logodds_pooled if r_sum > 0 and s_sum > 0 else None
        se = st.logodds_pooled_se if r_sum > 0 and s_sum > 0 else None
        test = st.test_null_odds(correction=False)
        rows.append([g, t, k, len(tables), int(sa), int(sb), lo, se, float(test.statistic), float(test.pvalue)])
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["group", "term", "ngram", "n_events", "n_target", "n_reference", "log_odds_mh", "log_odds_se", "cmh", "p",
              "p_adj"])
for g in sorted({r[0] for r in rows}):
    mine = [r for r in rows if r[0] == g]
    adjusted = multipletests([r[9] for r in mine], method="fdr_bh")[1]
    for r, q in zip(mine, adjusted):
        out.writerow([x if x is not None else "" for x in r] + [repr(float(q))])
