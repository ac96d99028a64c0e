#!/usr/bin/python3
"""Independent reference for framing's VADER sentence scores (org.framing.lexicon.Vader).

Scores each line of stdin (one sentence a line, UTF-8) with NLTK's SentimentIntensityAnalyzer and prints its
compound score (NLTK rounds it to 4 decimals), one a line, in input order. The lexicon is framing's bundled copy,
src/main/resources/lexicons/vader/vader_lexicon.txt (or the path given as the first argument): no network and no
nltk.download. The one change to NLTK: the file's final line end is dropped before NLTK splits it into lines, as
C.J. Hutto's vaderSentiment does (rstrip('\\n')); NLTK 3.8's make_lex_dict would fail on the empty last line.
Needs Debian's python3-nltk. Run:
  /usr/bin/python3 src/test/python/vader_reference.py < sentences.txt
"""
import os
import sys

from nltk.sentiment.vader import SentimentIntensityAnalyzer

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "..", "main", "resources", "lexicons", "vader", "vader_lexicon.txt")


class BundledLexiconAnalyzer(SentimentIntensityAnalyzer):
    """NLTK's analyser; only the lexicon text loses its final newline before NLTK parses it."""

    def make_lex_dict(self):
        self.lexicon_file = self.lexicon_file.rstrip("\n")
        return super().make_lex_dict()


def main(lexicon):
    analyzer = BundledLexiconAnalyzer(lexicon_file="file:" + os.path.abspath(lexicon))
    stdin = open(sys.stdin.fileno(), encoding="utf-8", newline="\n", closefd=False)
    out = []
    for line in stdin:
        out.append(repr(analyzer.polarity_scores(line.rstrip("\n"))["compound"]))
    sys.stdout.write("".join(s + "\n" for s in out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else LEXICON)
