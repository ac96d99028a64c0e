#!/usr/bin/python3
"""Independent reference for framing's term frequencies and TF-IDF (see TfIdf.java for the variant).

Reads fixtures/tfidf/term_counts.csv (article_id, group, tokens, term, count) and writes, to stdout, CSV rows
  kind,group,term,ngram,n,value,rank
for kind "tf" (value = per_10k) and "tfidf". The IDF comes from scikit-learn's TfidfTransformer with
smooth_idf=True, whose idf_ is ln((1 + D) / (1 + df)) + 1; framing's IDF is that minus 1 (Spark MLlib's form).
Run: /usr/bin/python3 src/test/python/tfidf_reference.py src/test/resources/fixtures/tfidf/term_counts.csv
"""
import csv
import sys
from collections import defaultdict

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfTransformer


def group_counts(path):
    """(n, rate_sum, tokens, docs, idf): per (group, term) count and summed rate, per group tokens and
    articles, per term the IDF."""
    articles = {}  # article_id -> (group, tokens, {term: count})
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            a = articles.setdefault(r["article_id"], (r["group"], int(r["tokens"]), {}))
            a[2][r["term"]] = int(r["count"])
    ids = sorted(articles)
    vec = DictVectorizer(sort=True)
    counts = vec.fit_transform([articles[i][2] for i in ids])
    transformer = TfidfTransformer(smooth_idf=True, norm=None, sublinear_tf=False).fit(counts)
    idf = dict(zip(vec.get_feature_names_out(), transformer.idf_ - 1.0))

    n = defaultdict(int)           # (group, term) -> count
    rate_sum = defaultdict(float)  # (group, term) -> sum of 1e4 * c / tokens
    tokens = defaultdict(int)
    docs = defaultdict(int)
    for i in ids:
        group, tok, terms = articles[i]
        tokens[group] += tok
        docs[group] += 1
        for t, c in terms.items():
            n[(group, t)] += c
            rate_sum[(group, t)] += 1e4 * c / tok
    return n, rate_sum, tokens, docs, idf


def main(path):
    n, rate_sum, tokens, docs, idf = group_counts(path)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["kind", "group", "term", "ngram", "n", "value", "rank"])
    for kind in ("tf", "tfidf"):
        rows = defaultdict(list)
        for (g, t), c in n.items():
            ngram = 2 if " " in t else 1
            if kind == "tf":
                value = 1e4 * c / tokens[g]
            else:
                value = rate_sum[(g, t)] / docs[g] * idf[t]
                if not value > 0:
                    continue
            rows[(g, ngram)].append((t, c, value))
        for (g, ngram) in sorted(rows):
            key = (lambda x: (-x[1], x[0])) if kind == "tf" else (lambda x: (-x[2], x[0]))
            for rank, (t, c, value) in enumerate(sorted(rows[(g, ngram)], key=key), start=1):
                out.writerow([kind, g, t, ngram, c, repr(float(np.float64(value))), rank])


if __name__ == "__main__":
    main(sys.argv[1])
