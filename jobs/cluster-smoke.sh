#!/usr/bin/env bash
# Runs the seed study on a real Spark standalone cluster on this machine and checks it gives the local run's CSVs.
#
#   jobs/cluster-smoke.sh [STUDY_DIR | CORPUS] [job options]
#
# Starts a master (spark://127.0.0.1:7077 by default; CLUSTER_PORT changes the port) and two workers of one core
# each, as separate JVMs from the same Spark jars jobs/run.sh uses; spark-submits target/framing.jar (Spark
# classes provided by the cluster, not bundled) to the master; runs the same job with --master local[2]; compares
# every CSV byte for byte (the cluster run has Kryo as spark.serializer); stops the master and workers it
# started, by PID, however it ends. Exit 0 when all CSVs are equal. Logs and outputs stay in a temporary folder,
# printed at the end (kept on failure).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port="${CLUSTER_PORT:-7077}"
master_url="spark://127.0.0.1:$port"
work="$(mktemp -d "${TMPDIR:-/tmp}/framing-cluster.XXXXXX")"
pids=()
ok=false

stop_all() {
  for pid in ${pids[@]+"${pids[@]}"}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${pids[@]+"${pids[@]}"}; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if $ok; then rm -rf "$work"; else echo "cluster-smoke: logs and outputs kept in $work" >&2; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

ensure_jar
if [ -z "${SPARK_HOME:-}" ] || [ ! -d "$SPARK_HOME/jars" ]; then
  use_bundled_spark_home
fi
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-512m}"

# Starts Spark class $1 (args $2...) in the background with its log in $work/<name>.log; $name is set by the caller.
start() {
  spark_class_cmd "$@"
  "${SPARK_CMD[@]}" > "$work/$name.log" 2>&1 &
  pids+=($!)
}

# Waits up to 60 s for a line matching $2 in log $1.
wait_for() {
  for _ in $(seq 600); do
    if grep -q "$2" "$work/$1.log" 2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "cluster-smoke: a Spark daemon died; see $work/$1.log" >&2; tail -5 "$work/$1.log" >&2; exit 1; }
    done
    sleep 0.1
  done
  echo "cluster-smoke: no '$2' in $work/$1.log after 60 s" >&2
  tail -5 "$work/$1.log" >&2
  exit 1
}

# The daemons log at INFO (their registration lines are what we wait for); the job keeps jobs/conf's quiet log.
mkdir -p "$work/conf"
sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$ROOT/jobs/conf/log4j2.properties" > "$work/conf/log4j2.properties"

name=master
SPARK_CONF_DIR="$work/conf" start org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0
wait_for master "I have been elected leader"
for i in 1 2; do
  name="worker$i"
  SPARK_CONF_DIR="$work/conf" start org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2g \
    --webui-port 0 --work-dir "$work/worker$i" "$master_url"
done
wait_for worker1 "Successfully registered with master"
wait_for worker2 "Successfully registered with master"
echo "cluster-smoke: master $master_url and 2 workers up (PIDs ${pids[*]})" >&2

# Kryo, as many clusters' spark-defaults.conf set it: the executors must read the broadcast lexicons whatever the
# serializer (see SerializedBroadcast).
"$ROOT/jobs/run.sh" "$@" --output "$work/cluster" --master "$master_url" --executor-memory 1g \
  --conf spark.serializer=org.apache.spark.serializer.KryoSerializer \
  > "$work/cluster.out" 2> "$work/cluster.err" || { cat "$work/cluster.err" >&2; echo "cluster-smoke: the cluster run failed" >&2; exit 1; }
executors=$(grep -c "Executor added\|Launching executor" "$work/master.log" || true)
"$ROOT/jobs/run.sh" "$@" --output "$work/local" --master 'local[2]' \
  > "$work/local.out" 2> "$work/local.err" || { cat "$work/local.err" >&2; echo "cluster-smoke: the local run failed" >&2; exit 1; }

grep -q '"spark_master" : "'"$master_url"'"' "$work/cluster/run.json" \
  || { echo "cluster-smoke: run.json of the cluster run does not name $master_url" >&2; exit 1; }
differ=0
compared=0
for f in "$work/local"/*.csv; do
  compared=$((compared + 1))
  if ! cmp -s "$f" "$work/cluster/$(basename "$f")"; then
    echo "cluster-smoke: $(basename "$f") differs between the cluster and the local run" >&2
    differ=1
  fi
done
[ "$(ls "$work/cluster"/*.csv | wc -l)" = "$compared" ] || { echo "cluster-smoke: the runs wrote different CSV files" >&2; differ=1; }
[ "$differ" = 0 ] || exit 1
ok=true
echo "cluster-smoke: $compared CSVs equal between $master_url ($executors executors on 2 workers) and local[2]"
