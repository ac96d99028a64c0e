#!/usr/bin/env bash
# Opens the notebooks in Jupyter with the project's Java kernel ("Java (framing)").
#   notebooks/open.sh [OUTPUT_FOLDER]     default output/nato-russia-council-2022 (run jobs/run.sh first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$PWD"
out_dir="${1:-${FRAMING_OUTPUT:-output/nato-russia-council-2022}}"
if [ ! -f "$out_dir/outlets.csv" ]; then
  echo "open: $out_dir/outlets.csv not found: run jobs/run.sh first, or give a run's output folder" >&2
  exit 2
fi
export FRAMING_OUTPUT
FRAMING_OUTPUT="$(cd "$out_dir" && pwd)"
notebooks/install-kernel.sh
export JUPYTER_PATH="$repo/target/jupyter/share/jupyter"
export JUPYTER_CONFIG_DIR="$repo/target/jupyter/config"
export JUPYTER_DATA_DIR="$repo/target/jupyter/data"
export JUPYTER_RUNTIME_DIR="$repo/target/jupyter/runtime"
exec /usr/bin/jupyter notebook --notebook-dir="$repo/notebooks"
