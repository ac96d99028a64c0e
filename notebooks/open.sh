#!/usr/bin/env bash
# Opens the notebooks in Jupyter with the project's Java kernel ("Java (framing)").
#   notebooks/open.sh [OUTPUT_FOLDER]     default output/nato-russia-council-2022 (run jobs/run.sh first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source notebooks/env.sh
notebook_env open "${1:-}"
notebooks/install-kernel.sh
exec /usr/bin/jupyter notebook --notebook-dir="$repo/notebooks"
