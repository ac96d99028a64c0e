#!/usr/bin/env bash
# Re-renders charts/ and report.html from the CSVs of a finished run, without Spark.
#
#   jobs/render.sh output/<study>
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_jar
exec "$JAVA" -cp "$JAR:$SPARK_JARS/*" org.framing.cli.RenderCommand "$@"
