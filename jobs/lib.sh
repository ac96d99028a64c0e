# Shared by jobs/*.sh: the project root, the jar (built when missing or older than the sources), the Spark jars.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/framing.jar"
SPARK_JARS="$ROOT/target/spark/jars"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds target/framing.jar and target/spark/jars when either is missing or a source is newer than the jar.
# Quietly and without terminal codes: -B and style.color=never turn Maven's colours off, but Maven 3.8's console
# library (Jansi) still writes a colour reset (ESC[0m) on both streams as it starts and stops unless
# jansi.noreset is set for its JVM (MAVEN_OPTS; a -D on mvn's command line comes too late for the first two).
ensure_jar() {
  if [ ! -f "$JAR" ] || [ ! -d "$SPARK_JARS" ] \
     || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" "$ROOT/jobs/nato-russia-council-2022" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
    echo "framing: building the job jar (mvn package; the first build downloads Spark, a few minutes)..." >&2
    (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.noreset=true" \
      mvn -q -B -Dstyle.color=never --no-transfer-progress -DskipTests package) >&2 || { echo "framing: the build failed; run 'mvn -DskipTests package' to see why" >&2; exit 1; }
  fi
}

# Without a Spark distribution: SPARK_HOME becomes target/spark (the Maven-copied jars and a RELEASE file), the
# way Spark's own scripts expect it.
use_bundled_spark_home() {
  export SPARK_HOME="$ROOT/target/spark"
  export SPARK_SCALA_VERSION=2.13
  export SPARK_CONF_DIR="${SPARK_CONF_DIR:-$ROOT/jobs/conf}"
  [ -f "$SPARK_HOME/RELEASE" ] || echo "Spark jars from Maven Central for framing (no distribution)" > "$SPARK_HOME/RELEASE"
}

# Sets SPARK_CMD to the java command that runs Spark class $1 with arguments $2..., built by Spark's launcher
# (org.apache.spark.launcher.Main) as bin/spark-class does: the launcher prints the command NUL-separated after
# a line holding only NUL; the last field here is the launcher's exit code. Needs SPARK_HOME.
spark_class_cmd() {
  local delim=$'\n' in_cmd=false arg rc
  SPARK_CMD=()
  while IFS= read -r -d "$delim" arg; do
    if $in_cmd; then
      SPARK_CMD+=("$arg")
    elif [ -z "$arg" ]; then
      delim=''
      in_cmd=true
    else
      echo "$arg" >&2
    fi
  done < <("$JAVA" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main "$@"; printf '%d\0' $?)
  [ ${#SPARK_CMD[@]} -gt 0 ] || { echo "framing: Spark's launcher printed no command for $1" >&2; return 1; }
  rc="${SPARK_CMD[${#SPARK_CMD[@]}-1]}"
  unset 'SPARK_CMD[${#SPARK_CMD[@]}-1]'
  return "$rc"
}
