#!/usr/bin/env bash
# Installs a Java kernel for the notebooks into target/jupyter, for this project only (nothing in $HOME):
#   target/jupyter/lib/rapaio-jupyter-kernel-<v>.jar   the kernel (io.github.padreati:rapaio-jupyter-kernel)
#   target/jupyter/lib/classpath/*.jar                 what the notebooks import: Tablesaw and its libraries
#   target/jupyter/share/jupyter/kernels/framing-java/kernel.json
# Maven fetches the jars from Maven Central. Jupyter itself comes from Debian:
#   apt-get install -y jupyter-notebook jupyter-nbconvert python3-ipykernel
# Then open the notebooks with notebooks/open.sh, or run them all headless with notebooks/run-all.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KERNEL_VERSION=3.0.1
KERNEL_NAME=framing-java
root="$PWD/target/jupyter"
lib="$root/lib"
spec="$root/share/jupyter/kernels/$KERNEL_NAME"

kernel_jar="$lib/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
if [ ! -f "$kernel_jar" ] || [ ! -d "$lib/classpath" ]; then
  mkdir -p "$lib"
  mvn -B -q -ntp dependency:copy -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION" \
    -DoutputDirectory="$lib"
  # The project's runtime libraries without Spark (provided): Tablesaw, Commons CSV, XChart...
  mvn -B -q -ntp dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib/classpath"
fi

classpath=$(find "$lib/classpath" -name '*.jar' | sort | paste -sd ';' -)
java_bin=$(command -v java)
mkdir -p "$spec"
/usr/bin/python3 - "$spec/kernel.json" "$java_bin" "$kernel_jar" "$classpath" <<'PY'
import json, sys
path, java, jar, classpath = sys.argv[1:5]
json.dump({
    "argv": [java, "--add-modules", "jdk.incubator.vector", "-jar", jar, "{connection_file}"],
    "display_name": "Java (framing)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {"RJK_CLASSPATH": classpath},
}, open(path, "w"), indent=2)
PY
echo "install-kernel: kernel $KERNEL_NAME in $spec"
