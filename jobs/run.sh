#!/usr/bin/env bash
# Runs the framing study job with spark-submit.
#
#   jobs/run.sh [STUDY_DIR | CORPUS] [job options] [-- spark-submit options]
#
# With no input it runs the bundled seed study (jobs/nato-russia-council-2022). Job options: jobs/run.sh --help.
# FRAMING_MAIN_CLASS names another entry point of the jar to submit the same way (jobs/kwic.sh sets it).
# --master, --conf, --driver-memory and --executor-memory may stand among the job options too; they go to
# spark-submit. The master defaults to local[*]. It uses $SPARK_HOME/bin/spark-submit, else a spark-submit on
# PATH, else Spark's own SparkSubmit from the Spark jars Maven copied to target/spark/jars.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

job_args=()
spark_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; spark_args+=("$@"); break ;;
    --master|--conf|--driver-memory|--executor-memory|--deploy-mode|--total-executor-cores|--executor-cores|--num-executors)
      [ $# -ge 2 ] || { echo "jobs/run.sh: $1 needs a value; see 'jobs/run.sh --help'" >&2; exit 2; }
      spark_args+=("$1" "$2"); shift 2 ;;
    --master=*|--conf=*|--driver-memory=*|--executor-memory=*|--deploy-mode=*) spark_args+=("$1"); shift ;;
    *) job_args+=("$1"); shift ;;
  esac
done
master=""
for ((i = 0; i < ${#spark_args[@]}; i++)); do
  case "${spark_args[$i]}" in
    --master) master="${spark_args[$((i + 1))]:-}" ;;
    --master=*) master="${spark_args[$i]#--master=}" ;;
  esac
done
if [ -z "$master" ]; then
  master='local[*]'
  spark_args=(--master "$master" ${spark_args[@]+"${spark_args[@]}"})
fi
case "$master" in local*) export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" ;; esac

# The job's flags without a value; every other --option takes one. CliTest checks this list against RunCommand.
JOB_FLAGS=" --keep-numbers --keyness-pairs --no-reuse --no-sentiment --emit-sentences --no-quotes --no-entities --no-charts --no-parquet --excel-safe --verbose --help -h --version -V "
# The job's INPUT argument: the first that is neither an option nor an option's value (empty: the seed study).
job_input() {
  local skip=false a
  for a in "$@"; do
    if $skip; then skip=false; continue; fi
    case "$a" in
      --*=*) ;;
      -*) [[ "$JOB_FLAGS" == *" $a "* ]] || skip=true ;;
      *) echo "$a"; return ;;
    esac
  done
}
# A small input on a local master is done before the JVM's optimising compiler (C2) pays for its compile time:
# the driver, which runs the tasks in local mode, then stops at the client compiler (C1). On the seed study this
# took the run from 67 s to 43-53 s wall and its CPU time from 121 s to 57-69 s. It also collects garbage with
# the parallel collector: G1's concurrent work took about 8 s of the seed run's CPU, the parallel collector's
# pauses 1.2 s (seed study 38-46 s -> 33-41 s wall, alternating runs). Clusters keep the JVM's
# defaults; so does a run given its own spark.driver.extraJavaOptions. Stopped at C1 the JVM reserves only 48 MB for
# compiled code (not the 240 MB of its tiered default): the 500-article AllSides slice filled it once ("CodeCache is
# full", then "Out of space in CodeCache for adapters" and a failed run), so the small input keeps the 240 MB.
SMALL_INPUT_JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:ReservedCodeCacheSize=240m"
SMALL_INPUT_MB=32
small_local_input() {
  local input
  input="$(job_input ${job_args[@]+"${job_args[@]}"})"
  case "$master" in local*) ;; *) return 1 ;; esac
  [ -n "$input" ] || return 0
  [ -e "$input" ] || return 1
  [ "$(du -sbL "$input" | cut -f1)" -lt $((SMALL_INPUT_MB * 1048576)) ]
}
# A larger input on a local master keeps C2 but also collects with the parallel collector, and glibc keeps two
# malloc arenas instead of up to eight per core: with --driver-memory 2300m the AllSides benchmark then peaked at
# 2.94 GB resident (G1 and glibc's defaults with 2500m: 3.17 GB; with 2g it ran out of heap in reuse).
LOCAL_JAVA_OPTIONS="-XX:+UseParallelGC"
small_opts=""
large_opts=""
if ! [[ " ${spark_args[*]} " == *spark.driver.extraJavaOptions* || " ${spark_args[*]} " == *--driver-java-options* ]]; then
  if small_local_input; then
    small_opts="$SMALL_INPUT_JAVA_OPTIONS"
  elif [[ "$master" == local* ]]; then
    large_opts="$LOCAL_JAVA_OPTIONS"
  fi
fi
case "$master" in local*) export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" ;; esac
# On a local master, where the driver's heap holds Spark's caches, its shuffles and the job's own tables (the
# entities' resolution, the events' vectors) at once, Spark gets half the heap for execution and storage rather
# than its default 60 %: with 60 % the AllSides benchmark (every analysis on, 2300m) spent 41 % of its tasks'
# time collecting garbage, and two runs of the same code ran out of heap in the quotes stage (one seen re-reading
# a cached block of the pass that had gone to disk); with 50 % it ran through in 580.9 s and 590.4 s at a 2.84 GB
# peak (jobs/bench/FULL.md). A spark.memory.fraction of your own is kept.
if [[ "$master" == local* ]] && ! [[ " ${spark_args[*]} " == *spark.memory.fraction* ]] && ! small_local_input; then
  spark_args+=(--conf spark.memory.fraction=0.5)
fi

ensure_jar
if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  submit="$SPARK_HOME/bin/spark-submit"
elif command -v spark-submit >/dev/null 2>&1; then
  submit=spark-submit
else
  submit=""
  use_bundled_spark_home
fi

# With the Maven-copied Spark jars, a small local run also maps the classes of a class-data-sharing archive
# (AppCDS, JEP 350) instead of reading and verifying them from 200 jars: the seed study's start (JVM to the
# first analysis) went from 5.4 s to 2.4 s. The first such run records the archive as it exits (target/spark/
# driver.jsa, about 170 MB; that exit takes some 10 s longer); a newer Spark jar or java makes it record again.
# CDS refuses a class path holding a non-empty folder, and Spark puts SPARK_CONF_DIR first on it: the run
# gets an empty one and the log settings of jobs/conf by name. A SPARK_CONF_DIR of the user's own is kept,
# without the archive.
cds_record=""
if [ -n "$small_opts" ] && [ -z "$submit" ] && [ "$SPARK_CONF_DIR" = "$ROOT/jobs/conf" ]; then
  export SPARK_CONF_DIR="$SPARK_HOME/conf-empty"
  mkdir -p "$SPARK_CONF_DIR"
  small_opts+=" -Dlog4j2.configurationFile=$ROOT/jobs/conf/log4j2.properties"
  cds_archive="$SPARK_HOME/driver.jsa"
  java_bin="$(readlink -f "$(command -v "$JAVA")")"
  if [ -s "$cds_archive" ] && [ -z "$(find "$SPARK_JARS" "$java_bin" -newer "$cds_archive" -print -quit)" ]; then
    small_opts+=" -XX:SharedArchiveFile=$cds_archive"
  else
    cds_record="$cds_archive.$$"
    small_opts+=" -XX:ArchiveClassesAtExit=$cds_record -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
fi
[ -z "$small_opts" ] || spark_args+=(--conf "spark.driver.extraJavaOptions=$small_opts")
[ -z "$large_opts" ] || spark_args+=(--conf "spark.driver.extraJavaOptions=$large_opts")
submit_args=(--class "${FRAMING_MAIN_CLASS:-org.framing.cli.RunCommand}" --name framing ${spark_args[@]+"${spark_args[@]}"} "$JAR" ${job_args[@]+"${job_args[@]}"})
# Runs the job, passing TERM, INT and HUP on to it (so a killed run.sh stops its JVM, which then cleans up as
# when killed itself), and sets rc to its exit code. Spark halts the JVM with code 52 when a task runs out of
# memory (its uncaught-error handler), often before the job can say so in its own words: this says it then,
# unless the job has (it writes a line to the file FRAMING_SAID names).
run_job() {
  local said
  said="$(mktemp)"
  FRAMING_SAID="$said" "$@" &
  local child=$!
  trap 'kill -TERM "$child" 2>/dev/null || true' TERM INT HUP
  while :; do
    rc=0
    wait "$child" || rc=$?
    kill -0 "$child" 2>/dev/null || break
  done
  trap - TERM INT HUP
  [ "$rc" -ne 52 ] || [ -s "$said" ] || echo "framing: failed: out of memory (Spark stopped the JVM, exit code 52); give the job more: --driver-memory on a local master (e.g. --driver-memory 4g), --executor-memory on a cluster" >&2
  rm -f "$said"
}
rc=0
if [ -n "$submit" ]; then
  run_job "$submit" "${submit_args[@]}"
  exit "$rc"
fi

# No Spark distribution: the same SparkSubmit entry point from the Maven-copied jars, launched the way
# bin/spark-class does (org.apache.spark.launcher.Main prints the real java command, NUL-separated, after a
# line holding only NUL; its last field is the launcher's exit code).
spark_class_cmd org.apache.spark.deploy.SparkSubmit "${submit_args[@]}" || exit $?
if [ -n "$cds_record" ]; then
  # Recorded under a name of this run's own, then moved into place: runs side by side never share a half-written one.
  trap 'rm -f "$cds_record"' EXIT
  run_job "${SPARK_CMD[@]}"
  [ ! -s "$cds_record" ] || mv -f "$cds_record" "$cds_archive"
  exit "$rc"
fi
run_job "${SPARK_CMD[@]}"
exit "$rc"
