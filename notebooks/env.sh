# Sourced by open.sh and run-all.sh: resolves the run whose CSVs the notebooks read and points Jupyter at the
# project's own folders (install-kernel.sh puts the Java kernel there).
#   notebook_env NAME [OUTPUT_FOLDER]   NAME prefixes messages; OUTPUT_FOLDER, else FRAMING_OUTPUT, else the seed run
# Exports FRAMING_OUTPUT (absolute) and the JUPYTER_* folders under target/jupyter; sets repo to the project root.
notebook_env() {
  local name="$1" out_dir="${2:-${FRAMING_OUTPUT:-output/nato-russia-council-2022}}"
  repo="$PWD"
  if [ ! -f "$out_dir/outlets.csv" ]; then
    echo "$name: $out_dir/outlets.csv not found: run jobs/run.sh first, or give a run's output folder" >&2
    exit 2
  fi
  export FRAMING_OUTPUT
  FRAMING_OUTPUT="$(cd "$out_dir" && pwd)"
  export JUPYTER_PATH="$repo/target/jupyter/share/jupyter"
  export JUPYTER_CONFIG_DIR="$repo/target/jupyter/config"
  export JUPYTER_DATA_DIR="$repo/target/jupyter/data"
  export JUPYTER_RUNTIME_DIR="$repo/target/jupyter/runtime"
}
