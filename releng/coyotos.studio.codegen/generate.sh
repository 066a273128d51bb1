#!/usr/bin/env bash
# Regenerates the EMF code of coyotos.studio.model (src-gen) and coyotos.studio.model.edit (src-gen)
# from bundles/coyotos.studio.model/model/coyotos.genmodel, headless, without an Eclipse IDE.
# Jars come from Maven Central through the machine's mvn into .cache/ (git-ignored); all versions pinned.
# Usage: releng/coyotos.studio.codegen/generate.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
# The JDK: CODEGEN_JAVA_HOME, else JAVA_HOME, else the first JDK 21+ under /usr/lib/jvm (as ./studio chooses).
jdk_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
JDK=""
if [ -n "${JAVA_HOME:-}" ] && [ -z "${CODEGEN_JAVA_HOME:-}" ] && [ "$(jdk_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  echo "generate.sh: JAVA_HOME=$JAVA_HOME is older than JDK 21, which the EMF generator needs; looking further" >&2
fi
for c in "${CODEGEN_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
  m=$(jdk_major "$c")
  if [ -n "$m" ] && [ "$m" -ge 21 ]; then JDK="$c"; break; fi
done
[ -n "$JDK" ] || { echo "generate.sh: no JDK 21 or newer (set JAVA_HOME to one)" >&2; exit 1; }
JAVA_HOME="$JDK"
LIB="$HERE/.cache/lib"
BIN="$HERE/.cache/bin"
ARTIFACTS=(
  org.eclipse.emf:org.eclipse.emf.common:2.46.0
  org.eclipse.emf:org.eclipse.emf.ecore:2.43.0
  org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0
  org.eclipse.emf:org.eclipse.emf.codegen:2.28.0
  org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.46.0
  org.eclipse.platform:org.eclipse.equinox.common:3.21.0
  org.eclipse.platform:org.eclipse.core.runtime:3.35.0
  org.eclipse.platform:org.eclipse.core.jobs:3.15.900
  org.eclipse.platform:org.eclipse.core.resources:3.24.100
  org.eclipse.platform:org.eclipse.core.contenttype:3.9.900
  org.eclipse.platform:org.eclipse.equinox.preferences:3.12.100
  org.eclipse.platform:org.eclipse.equinox.registry:3.12.600
  org.eclipse.platform:org.eclipse.osgi:3.23.100
  org.eclipse.platform:org.eclipse.text:3.14.800
  org.eclipse.jdt:org.eclipse.jdt.core:3.47.0
  org.eclipse.jdt:ecj:3.46.100
  org.osgi:org.osgi.service.prefs:1.1.2
)
mkdir -p "$LIB" "$BIN"
for a in "${ARTIFACTS[@]}"; do
  IFS=: read -r g art v <<<"$a"
  if [ ! -f "$LIB/$art-$v.jar" ]; then
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$a" -DoutputDirectory="$LIB" -Dmdep.overWriteIfNewer=true
  fi
done
CP="$(ls "$LIB"/*.jar | tr '\n' ':')"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$BIN" -cp "$CP" "$HERE/src/GenerateModel.java"
"$JAVA_HOME/bin/java" -cp "$BIN:$CP" GenerateModel "$ROOT" "$@"
