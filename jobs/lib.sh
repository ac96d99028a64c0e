# Shared by jobs/*.sh: the project root, the jar (built when missing or older than the sources), the Spark jars.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/framing.jar"
SPARK_JARS="$ROOT/target/spark/jars"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds target/framing.jar and target/spark/jars when either is missing or a source is newer than the jar.
ensure_jar() {
  if [ ! -f "$JAR" ] || [ ! -d "$SPARK_JARS" ] \
     || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" "$ROOT/jobs/nato-russia-council-2022" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
    echo "framing: building the job jar (mvn package; the first build downloads Spark, a few minutes)..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package) >&2 || { echo "framing: the build failed; run 'mvn -DskipTests package' to see why" >&2; exit 1; }
  fi
}
