#!/usr/bin/python3
"""Independent reference for framing's group similarity (see Similarity.java).

Reads a fixture of article term counts (article_id, group, tokens, term, count), builds each group's TF-IDF
vector with tfidf_reference.group_counts (scikit-learn's IDF; framing's variant, see TfIdf.java), keeps the
terms with tfidf > 0, and writes, to stdout, scikit-learn's cosine_similarity for every ordered pair of groups:
  group_a,group_b,cosine
sorted by group_a, then group_b.
Run: /usr/bin/python3 src/test/python/similarity_reference.py src/test/resources/fixtures/similarity/term_counts.csv
"""
import csv
import sys

from sklearn.feature_extraction import DictVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from tfidf_reference import group_counts


def main(path):
    n, rate_sum, tokens, docs, idf = group_counts(path)
    groups = sorted(docs)
    vectors = {g: {} for g in groups}
    for (g, t) in n:
        value = rate_sum[(g, t)] / docs[g] * idf[t]
        if value > 0:
            vectors[g][t] = value
    matrix = DictVectorizer(sort=True).fit_transform([vectors[g] for g in groups])
    cosine = cosine_similarity(matrix)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["group_a", "group_b", "cosine"])
    for i, a in enumerate(groups):
        for j, b in enumerate(groups):
            out.writerow([a, b, repr(float(cosine[i, j]))])


if __name__ == "__main__":
    main(sys.argv[1])
