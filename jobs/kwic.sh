#!/usr/bin/env bash
# A concordance (keyword in context) from a finished run's article table, through Spark:
#
#   jobs/kwic.sh OUTPUT_DIR PATTERN [--group-by COLUMN] [--window N] [--show N] [--csv FILE] [-- spark-submit options]
#
# PATTERN is a word, a phrase in quotes, or a wildcard such as 'expan*'. It prints the first matches of each group
# and writes every match to OUTPUT_DIR/kwic/PATTERN.csv. Spark options (--master...) work as in jobs/run.sh.
set -euo pipefail
FRAMING_MAIN_CLASS=org.framing.cli.KwicCommand exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
