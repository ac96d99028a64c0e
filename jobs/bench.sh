#!/usr/bin/env bash
# Times the full framing job against the peer baselines of ../shared/bench on the same corpus, in one run.
#
#   jobs/bench.sh [--scale N] [--peers DIR] [--record FILE] [--only RUN,RUN...] CORPUS.jsonl[.gz] [job options]
#
# Runs, one after the other on an otherwise idle machine:
#   framing      jobs/run.sh CORPUS --master local[2] (every analysis on, CSVs, charts and report written)
#   framing-terms  the term analyses alone (--no-reuse --no-sentiment --no-quotes --no-charts --events none
#                --no-entities)
#   framing-no-events  the same with --events none (what events add)
#   framing-no-entities  the same with --no-entities (what people, organisations and places add)
#   seed         jobs/run.sh --master local[2] (the bundled seed study: wall time and memory, no ratios)
#   spark-nothing  a Spark job that starts, counts one row and stops, through jobs/run.sh like seed
#   sklearn      /usr/bin/python3 sklearn_peer.py CORPUS (term counts and TF-IDF; skipped without python3-sklearn)
#   python-study /usr/bin/python3 python_study_peer.py CORPUS (TF-IDF with bigrams, G² keyness, NLTK VADER)
#   naive-mllib  NaiveMllib.java on the same Spark jars, local[2] (RegexTokenizer, StopWordsRemover,
#                CountVectorizer, IDF)
#   bare-pass    BarePass.java on the corpus decompressed beforehand (one thread, tokenise and count)
# and with --scale N also the full job on the corpus repeated N times with new ids, each copy after the first
# with its words renamed one to one (framing-xN). Prints a
# Markdown table: wall time, articles/s, MB/s (of the corpus file as given), peak resident memory of the
# process tree (driver and executors are one JVM in local mode), and each wall time as a ratio to framing's;
# then framing's per-stage times from run.json. --record FILE also writes the table with the machine and the
# command to FILE. --only keeps the named runs (say framing,framing-no-entities,sklearn) and leaves the others out,
# for a target that needs only those. PEERS defaults to ../shared/bench beside the project. The job runs with --driver-memory
# 2300m (BENCH_DRIVER_MEMORY): with jobs/run.sh's local settings the AllSides corpus then peaked at 2.94 GB
# resident, under the 3 GB target; with 2g the job ran out of heap in reuse.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { echo "usage: jobs/bench.sh [--scale N] [--peers DIR] [--record FILE] [--only RUN,RUN...] CORPUS.jsonl[.gz] [job options]" >&2; exit 2; }
scale=""
peers="$ROOT/../shared/bench"
record=""
only=""
command_line="jobs/bench.sh $*"
# The bench's own options may stand before or after CORPUS; every other argument goes to the job.
rest=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) [ $# -ge 2 ] || usage; scale="$2"; shift 2 ;;
    --peers) [ $# -ge 2 ] || usage; peers="$2"; shift 2 ;;
    --record) [ $# -ge 2 ] || usage; record="$2"; shift 2 ;;
    --only) [ $# -ge 2 ] || usage; only="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) rest+=("$1"); shift ;;
  esac
done
set -- "${rest[@]}"
[ $# -ge 1 ] || usage
corpus="$1"
shift
[ -f "$corpus" ] || { echo "jobs/bench.sh: $corpus: no such file; give a JSON Lines corpus (.jsonl or .jsonl.gz)" >&2; exit 2; }
case "$corpus" in *.jsonl|*.jsonl.gz) ;; *) echo "jobs/bench.sh: $corpus: the peers read JSON Lines; give a .jsonl or .jsonl.gz" >&2; exit 2 ;; esac
[ -z "$scale" ] || [[ "$scale" =~ ^[2-9]$ ]] || { echo "jobs/bench.sh: --scale takes 2 to 9" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "jobs/bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

ensure_jar
work="$(mktemp -d "${TMPDIR:-/tmp}/framing-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export SPARK_LOCAL_IP=127.0.0.1
mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1048576 }')
if [[ "$corpus" == *.gz ]]; then
  articles=$(gzip -dc "$corpus" | grep -c .)
else
  articles=$(grep -c . "$corpus")
fi

rows=()      # name|wall s|peak KB|note
# Runs "$@" under /usr/bin/time; appends a row named $name; its output goes to $work/$name.log.
timed() {
  if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then
    echo "bench: $name left out (--only $only)" >&2
    return 0
  fi
  if /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1; then
    read -r wall peak < "$work/$name.time"
    rows+=("$name|$wall|$peak|$note")
    echo "bench: $name done in $wall s" >&2
  else
    echo "bench: $name failed; its first error and last lines:" >&2
    grep -m1 -E '^framing run: |OutOfMemoryError|^Exception in thread' "$work/$name.log" >&2 || true
    tail -5 "$work/$name.log" >&2
    rows+=("$name|||failed")
  fi
}

DRIVER_MEMORY="${BENCH_DRIVER_MEMORY:-2300m}"
name=framing note="every analysis, CSVs, charts, report"
timed "$ROOT/jobs/run.sh" "$corpus" --output "$work/out" --master 'local[2]' --driver-memory "$DRIVER_MEMORY" "$@"
stages=""
[ -f "$work/out/run.json" ] && stages=$(/usr/bin/python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))["timings_ms"]
print(" | ".join(f"{k} {v / 1000:.1f}" for k, v in t.items()))' "$work/out/run.json")

# Issue 23's term target: the term analyses alone (term frequencies, TF-IDF, keyness, similarity, trends), every
# other analysis off: the issue's --no-reuse --no-sentiment --no-quotes --no-charts, and the analyses added since
# (--events none --no-entities).
name=framing-terms note="the term analyses alone (--no-reuse --no-sentiment --no-quotes --no-charts --events none --no-entities)"
timed "$ROOT/jobs/run.sh" "$corpus" --output "$work/out-terms" --master 'local[2]' --driver-memory "$DRIVER_MEMORY" "$@" \
  --no-reuse --no-sentiment --no-quotes --no-charts --events none --no-entities

# The events target: the same job without events (--events none); framing ÷ this row is what events cost.
name=framing-no-events note="the same job with --events none"
timed "$ROOT/jobs/run.sh" "$corpus" --output "$work/out-no-events" --master 'local[2]' --driver-memory "$DRIVER_MEMORY" "$@" --events none

# The entities target: the same job without people, organisations and places (--no-entities); framing ÷ this
# row is what finding and resolving them costs.
name=framing-no-entities note="the same job with --no-entities"
timed "$ROOT/jobs/run.sh" "$corpus" --output "$work/out-no-entities" --master 'local[2]' --driver-memory "$DRIVER_MEMORY" "$@" --no-entities

# Issue 6's small-input target: the bundled seed study, JVM start to report written (its own row, not a ratio).
name=seed note="the bundled seed study (5 articles), JVM start to report written"
timed "$ROOT/jobs/run.sh" --output "$work/seed" --master 'local[2]'

# What the seed row is measured against: a Spark job that does nothing (start, count one row, stop), submitted
# through the same launcher with the same settings (a small input), its class in a jar of its own (--jars).
if [ -z "$only" ] || [[ ",$only," == *",spark-nothing,"* ]]; then
  mkdir -p "$work/nothing"
  cat > "$work/nothing/Nothing.java" <<'JAVA'
public class Nothing {
  public static void main(String[] args) {
    org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder().appName("nothing").getOrCreate();
    System.out.println("nothing: counted " + spark.range(1).count() + " row");
    spark.stop();
  }
}
JAVA
  if javac -nowarn -d "$work/nothing" -cp "$SPARK_JARS/*" "$work/nothing/Nothing.java" 2> "$work/nothing/javac.log" \
      && (cd "$work/nothing" && jar cf nothing.jar Nothing.class); then
    name=spark-nothing note="a Spark job that starts, counts one row and stops, same launcher as seed"
    FRAMING_MAIN_CLASS=Nothing timed "$ROOT/jobs/run.sh" --master 'local[2]' -- --jars "$work/nothing/nothing.jar"
  else
    rows+=("spark-nothing|||skipped: it did not compile, see $work/nothing/javac.log")
  fi
fi

if [ -n "$scale" ]; then
  big="$work/x$scale.jsonl"
  mllib=$(ls "$ROOT"/target/spark/jars/spark-mllib_2.13-*.jar "$HOME"/.m2/repository/org/apache/spark/spark-mllib_2.13/*/spark-mllib_2.13-*.jar 2>/dev/null | head -1 || true)
  /usr/bin/python3 - "$corpus" "$scale" "$big" "$mllib" <<'PY'
import gzip, json, re, sys, zipfile
src, n, dst, mllib = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
# The job's English stop words (Spark's StopWordsRemover list) keep their spelling in every copy: renamed, "the"
# became "theqb", a term of every article of the copy, and the copies' undated articles chained into events of
# some 1,900 articles, which no real corpus of that size has.
stop = set()
if mllib:
    with zipfile.ZipFile(mllib) as z:
        stop = set(z.read("org/apache/spark/ml/feature/stopwords/english.txt").decode("utf-8").split())
else:
    print("bench: Spark's stop word list not found (no spark-mllib jar yet); the copies rename stop words too", file=sys.stderr)
opener = gzip.open if src.endswith(".gz") else open
with opener(src, "rt", encoding="utf-8") as f:
    lines = [json.loads(l) for l in f if l.strip()]
# Each copy after the first writes every word but the stop words through its own one-to-one renaming (a suffix
# of letters: "NATO" is "NATOqb" in the second copy), so the copies share no passage and no term, and reuse and the
# vocabulary grow as in a larger real corpus, not with the square of the copies.
word = re.compile(r"[^\W\d_]+")
def renamed(text, copy):
    if copy == 0 or not isinstance(text, str):
        return text
    suffix = "q" + "abcdefghi"[copy]
    return word.sub(lambda m: m.group(0) if m.group(0).lower() in stop else m.group(0) + suffix, text)
with open(dst, "w", encoding="utf-8") as out:
    for copy in range(n):
        for r in lines:
            r = dict(r, id=f"{r.get('id')}-x{copy}", text=renamed(r.get("text"), copy),
                     title=renamed(r.get("title"), copy))
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
  gzip -1 "$big"
  name="framing-x$scale" note="the corpus $scale times, new ids, each copy's words renamed"
  timed "$ROOT/jobs/run.sh" "$big.gz" --output "$work/out-x$scale" --master 'local[2]' --driver-memory "$DRIVER_MEMORY" "$@"
fi

if [ ! -d "$peers" ]; then
  echo "bench: no peers at $peers; skipping them (--peers DIR)" >&2
else
  if /usr/bin/python3 -c "import sklearn, scipy, numpy" 2>/dev/null; then
    name=sklearn note="term counts and TF-IDF"
    timed /usr/bin/python3 "$peers/sklearn_peer.py" "$corpus"
  else
    echo "bench: skipping sklearn: /usr/bin/python3 has no scikit-learn (apt-get install python3-sklearn)" >&2
    rows+=("sklearn|||skipped: no python3-sklearn")
  fi
  if [ -f "$peers/python_study_peer.py" ] && /usr/bin/python3 -c "import sklearn, scipy, numpy, nltk.sentiment.vader" 2>/dev/null; then
    name=python-study note="TF-IDF with bigrams, G² keyness, NLTK VADER per sentence, 2 processes"
    timed /usr/bin/python3 "$peers/python_study_peer.py" "$corpus" "$peers/../lexicons/vader/vader_lexicon.txt"
  else
    rows+=("python-study|||skipped: no python_study_peer.py or no python3-sklearn/-nltk")
  fi
  mkdir -p "$work/classes"
  if javac -nowarn -d "$work/classes" -cp "$SPARK_JARS/*" "$peers/NaiveMllib.java" "$peers/BarePass.java" 2> "$work/javac.log"; then
    module_options=$(sed -n 's:.*<spark.module.options>\(.*\)</spark.module.options>.*:\1:p' "$ROOT/pom.xml")
    name=naive-mllib note="RegexTokenizer, StopWordsRemover, CountVectorizer, IDF"
    # shellcheck disable=SC2086
    timed "$JAVA" $module_options -Xmx3g -Dspark.master='local[2]' -Dlog4j.configurationFile="$ROOT/jobs/conf/log4j2.properties" \
      -cp "$work/classes:$SPARK_JARS/*" NaiveMllib "$corpus" "$work/naive"
    plain="$work/corpus.jsonl"
    if [[ "$corpus" == *.gz ]]; then gzip -dc "$corpus" > "$plain"; else cp "$corpus" "$plain"; fi
    name=bare-pass note="one thread, decompressed input"
    timed "$JAVA" -cp "$work/classes" BarePass "$plain"
  else
    echo "bench: the peers did not compile; see $work/javac.log" >&2
  fi
fi

framing_wall=$(printf '%s\n' "${rows[@]}" | awk -F'|' '$1 == "framing" { print $2 }')
table="| run | wall s | articles/s | MB/s | peak memory GB | framing ÷ run | what |
|---|---:|---:|---:|---:|---:|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r n wall peak what <<< "$r"
  if [ -z "$wall" ]; then
    table+=$'\n'"| $n | | | | | | $what |"
    continue
  fi
  if [ "$n" = seed ] || [ "$n" = spark-nothing ]; then
    table+=$'\n'$(awk -v n="$n" -v w="$wall" -v p="$peak" -v what="$what" 'BEGIN { printf "| %s | %.1f | | | %.2f | | %s |", n, w, p / 1048576, what }')
    continue
  fi
  k=1
  [[ "$n" == framing-x* ]] && k="$scale"
  table+=$'\n'$(awk -v n="$n" -v w="$wall" -v p="$peak" -v a="$articles" -v m="$mb" -v f="$framing_wall" -v k="$k" -v what="$what" \
    'BEGIN { printf "| %s | %.1f | %.0f | %.2f | %.2f | %s | %s |", n, w, a * k / w, m * k / w, p / 1048576,
             (f == "" ? "" : sprintf("%.2f", f / w)), what }')
done
[ -z "$stages" ] || table+=$'\n\n'"framing stages (s): $stages"
echo "$table"
if [ -n "$record" ]; then
  {
    echo "# Benchmark: framing against the peers"
    echo
    echo "Recorded $(date -u +%Y-%m-%dT%H:%MZ) with \`$command_line\` on $(nproc) cores,"
    echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1),"
    echo "$("$JAVA" -version 2>&1 | head -1), Spark 4.1.0 from Maven Central. Corpus: \`$(basename "$corpus")\`, $articles articles, $mb MB as given."
    echo "\"framing ÷ run\" is framing's wall time divided by the run's: below 1 framing is faster."
    echo
    echo "$table"
  } > "$record"
  echo "bench: wrote $record" >&2
fi
