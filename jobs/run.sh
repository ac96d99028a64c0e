#!/usr/bin/env bash
# Runs the framing study job with spark-submit.
#
#   jobs/run.sh [STUDY_DIR | CORPUS] [job options] [-- spark-submit options]
#
# With no input it runs the bundled seed study (jobs/nato-russia-council-2022). Job options: jobs/run.sh --help.
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
JOB_FLAGS=" --keep-numbers --keyness-pairs --no-reuse --no-sentiment --emit-sentences --no-quotes --no-charts --excel-safe --verbose --help -h --version -V "
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
# pauses 1.2 s (seed study 38-46 s -> 33-41 s wall, alternating runs). Inputs from SMALL_INPUT_MB up, URIs and
# clusters keep the JVM's defaults; so does a run given its own spark.driver.extraJavaOptions.
SMALL_INPUT_JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
SMALL_INPUT_MB=32
small_local_input() {
  local input
  input="$(job_input ${job_args[@]+"${job_args[@]}"})"
  case "$master" in local*) ;; *) return 1 ;; esac
  [ -n "$input" ] || return 0
  [ -e "$input" ] || return 1
  [ "$(du -sbL "$input" | cut -f1)" -lt $((SMALL_INPUT_MB * 1048576)) ]
}
if ! [[ " ${spark_args[*]} " == *spark.driver.extraJavaOptions* || " ${spark_args[*]} " == *--driver-java-options* ]] && small_local_input; then
  spark_args+=(--conf "spark.driver.extraJavaOptions=$SMALL_INPUT_JAVA_OPTIONS")
fi

ensure_jar
submit_args=(--class org.framing.cli.RunCommand --name framing ${spark_args[@]+"${spark_args[@]}"} "$JAR" ${job_args[@]+"${job_args[@]}"})

if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  exec "$SPARK_HOME/bin/spark-submit" "${submit_args[@]}"
elif command -v spark-submit >/dev/null 2>&1; then
  exec spark-submit "${submit_args[@]}"
fi

# No Spark distribution: the same SparkSubmit entry point from the Maven-copied jars, launched the way
# bin/spark-class does (org.apache.spark.launcher.Main prints the real java command, NUL-separated, after a
# line holding only NUL; its last field is the launcher's exit code).
use_bundled_spark_home
spark_class_cmd org.apache.spark.deploy.SparkSubmit "${submit_args[@]}" || exit $?
exec "${SPARK_CMD[@]}"
