#!/usr/bin/python3
"""Independent reference for framing's keyness (see Keyness.java for the definitions and sources).

Reads a fixture of group-term counts (group, term, n; a term with a space is a bigram) and writes, to stdout,
  comparison,target,reference,term,ngram,n_target,n_reference,g2,p,p_adj,log_odds_z,log_ratio
for every group against the rest and every pair of groups a < b, every term with n_target + n_reference >=
min-count (no top cut), sorted by comparison, then g2 descending, then term.

- g2 and p: scipy.stats.chi2_contingency on the 2x2 table [[a, b], [N_target - a, N_reference - b]] with
  correction=False and lambda_="log-likelihood" (Dunning's G2); signed negative when a/N_target < b/N_reference.
- p_adj: Benjamini-Hochberg written out here (Debian's scipy 1.10 has no false_discovery_control), within each
  comparison over the terms of both n-gram orders.
- log_odds_z: Monroe, Colaresi & Quinn (2008) eqs. 16-22 with alpha_w = prior_scale * (a + b).
- log_ratio: Hardie (2014), log2 of the ratio of relative frequencies, a zero count replaced by 0.5.

Run: /usr/bin/python3 src/test/python/keyness_reference.py src/test/resources/fixtures/keyness/group_terms.csv \
       --min-count 2 --prior-scale 0.01 > src/test/resources/golden/keyness_reference.csv
"""
import argparse
import csv
import sys
from collections import defaultdict

import numpy as np
from scipy.stats import chi2_contingency


def benjamini_hochberg(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    raw = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(1.0, np.minimum.accumulate(raw[::-1])[::-1])
    out = np.empty(m)
    out[order] = adjusted
    return out


def score(a, b, nt, nr, prior_scale):
    table = np.array([[a, b], [nt - a, nr - b]], dtype=float)
    stat, p, dof, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
    assert dof == 1
    sign = np.sign(a * nr - b * nt)  # exact: Python integers
    g2 = float(sign) * max(float(stat), 0.0)
    alpha = prior_scale * (a + b)
    alpha0 = prior_scale * (nt + nr)
    delta = np.log((a + alpha) / (nt + alpha0 - a - alpha)) - np.log((b + alpha) / (nr + alpha0 - b - alpha))
    z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    log_ratio = np.log2((max(a, 0.5) / nt) / (max(b, 0.5) / nr))
    return g2, float(p), float(z), float(log_ratio)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("fixture")
    args.add_argument("--min-count", type=int, default=1)
    args.add_argument("--prior-scale", type=float, default=0.01)
    opts = args.parse_args()

    n = defaultdict(int)  # (group, term) -> count
    with open(opts.fixture, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            n[(r["group"], r["term"])] += int(r["n"])
    groups = sorted({g for g, _ in n})
    terms = sorted({t for _, t in n})
    order = {t: 2 if " " in t else 1 for t in terms}

    def counts(side):  # side: the set of groups on one side -> {term: count}
        c = defaultdict(int)
        for (g, t), v in n.items():
            if g in side:
                c[t] += v
        return c

    comparisons = [(g, "rest", {g}, set(groups) - {g}) for g in groups]
    comparisons += [(x, y, {x}, {y}) for i, x in enumerate(groups) for y in groups[i + 1:]]

    rows = []
    for target, reference, tside, rside in comparisons:
        ct, cr = counts(tside), counts(rside)
        totals = {k: (sum(v for t, v in ct.items() if order[t] == k), sum(v for t, v in cr.items() if order[t] == k))
                  for k in (1, 2)}
        found = []
        for t in terms:
            a, b = ct.get(t, 0), cr.get(t, 0)
            nt, nr = totals[order[t]]
            if a + b < opts.min_count or a + b == 0 or nt == 0 or nr == 0:
                continue
            found.append([target + " vs " + reference, target, reference, t, order[t], a, b,
                          *score(a, b, nt, nr, opts.prior_scale)])
        for row, adj in zip(found, benjamini_hochberg([r[8] for r in found])):
            row.insert(9, float(adj))
        rows.extend(found)

    rows.sort(key=lambda r: (r[0], -r[7], r[3]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["comparison", "target", "reference", "term", "ngram", "n_target", "n_reference", "g2", "p",
                  "p_adj", "log_odds_z", "log_ratio"])
    for r in rows:
        out.writerow(r[:7] + [repr(float(v)) for v in r[7:]])


if __name__ == "__main__":
    main()
