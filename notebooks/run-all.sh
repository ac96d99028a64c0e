#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless, in name order, and fails on the first cell error.
#   notebooks/run-all.sh [OUTPUT_FOLDER]
# OUTPUT_FOLDER (or FRAMING_OUTPUT) is the run whose CSVs the notebooks read; default output/nato-russia-council-2022.
# The executed copies, with their outputs, go to target/notebooks/ (the notebooks in git stay without outputs).
# Installs the project's Java kernel first (notebooks/install-kernel.sh). About one kernel start in six hangs
# with rapaio-jupyter-kernel; a notebook whose kernel did not start in time is tried again (4 tries), a cell error
# is never retried.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source notebooks/env.sh
notebook_env run-all "${1:-}"
notebooks/install-kernel.sh >/dev/null
executed="$repo/target/notebooks"
mkdir -p "$executed" "$JUPYTER_RUNTIME_DIR"

JUPYTER=/usr/bin/jupyter
if [ ! -x "$JUPYTER" ]; then
  echo "run-all: /usr/bin/jupyter not found: apt-get install -y jupyter-notebook jupyter-nbconvert python3-ipykernel" >&2
  exit 2
fi

# A notebook takes about 10 s; a hung kernel start is cut off by the whole notebook's time limit (the kernel
# sometimes hangs before it answers, and then nbconvert's own startup timeout does not fire).
STARTUP_TIMEOUT="${NOTEBOOK_STARTUP_TIMEOUT:-40}"
CELL_TIMEOUT="${NOTEBOOK_CELL_TIMEOUT:-120}"
NOTEBOOK_TIMEOUT="${NOTEBOOK_TIMEOUT:-150}"
TRIES=4
status=0
for nb in notebooks/*.ipynb; do
  name=$(basename "$nb")
  for try in $(seq 1 $TRIES); do
    log="$executed/${name%.ipynb}.$try.log"
    start=$(date +%s)
    # One runtime folder per try, so that a kernel left behind by a hung try can be found and stopped.
    export JUPYTER_RUNTIME_DIR="$repo/target/jupyter/runtime/${name%.ipynb}-$try"
    mkdir -p "$JUPYTER_RUNTIME_DIR"
    set +e
    timeout --kill-after=10 "$NOTEBOOK_TIMEOUT" "$JUPYTER" nbconvert --to notebook --execute \
      --ExecutePreprocessor.kernel_name=framing-java \
      --ExecutePreprocessor.startup_timeout="$STARTUP_TIMEOUT" \
      --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
      --output-dir "$executed" "$nb" >"$log" 2>&1
    code=$?
    set -e
    if [ $code -eq 0 ]; then
      echo "run-all: $name ok ($(( $(date +%s) - start )) s)"
      break
    fi
    # A kernel that never answered is retried; anything else (a cell error) fails the notebook at once.
    if [ $try -lt $TRIES ] && { [ $code -eq 124 ] || [ $code -eq 137 ] \
        || grep -qE "Kernel didn't respond|Kernel died before replying to kernel_info|TimeoutError: Kernel" "$log"; }; then
      echo "run-all: $name: the kernel did not start (try $try of $TRIES), trying again" >&2
      for pid in $(pgrep -f -- "$JUPYTER_RUNTIME_DIR/kernel-" || true); do kill "$pid" 2>/dev/null || true; done
      continue
    fi
    echo "run-all: $name FAILED (exit $code); the log is $log:" >&2
    grep -vE '^\[20[0-9-]+ [0-9:]+\] \[INFO' "$log" | tail -40 >&2
    status=1
    break
  done
done
exit $status
