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
