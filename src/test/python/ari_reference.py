"""Adjusted Rand index of two labellings with scikit-learn, the independent reference for ClusterAgreement.

Usage: python3 ari_reference.py FILE. FILE has one case a line: found labels and reference labels, each
space-separated, the two parts split by '|'. Prints one ARI a line, with 17 significant digits.
"""
import sys

from sklearn.metrics import adjusted_rand_score

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        found, reference = line.rstrip("\n").split("|")
        print(repr(float(adjusted_rand_score(reference.split(), found.split()))))
