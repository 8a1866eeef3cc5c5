#!/usr/bin/env bash
# Fast inner loop without Tycho: compiles the named bundle folders (sources and, for *.tests,
# test sources) with javac against the third-party jars in ~/.m2, then runs their JUnit 5 tests
# with the console launcher. The real build is './mvnw -B verify'; run it before committing a
# bundle for the first time, since this script knows nothing of OSGi manifests.
#   releng/scripts/quick-test.sh WORKDIR bundles/org.fluorite.core bundles/org.fluorite.core.tests ...
# Set QUICK_TEST_SELECT="--select-class org.x.FooTest" to run fewer tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$here/releng/scripts/find-jdk.sh"
jdk="$(fluorite_find_jdk)"
work="$1"; shift
m2="${HOME}/.m2/repository"
jar() { find "$m2/$1" -name "$2" 2>/dev/null | grep -v -- '-sources' | sort | tail -n 1; }
cp=""
for spec in \
  "org/osgi/org.osgi.service.component.annotations org.osgi.service.component.annotations-1.5.1.jar" \
  "org/osgi/osgi.annotation *.jar" \
  "org/osgi/org.osgi.framework *.jar" \
  "org/osgi/org.osgi.service.event *.jar" \
  "org/junit/platform/junit-platform-console-standalone junit-platform-console-standalone-1.11.4.jar" \
  "org/eclipse/platform/org.eclipse.swt.gtk.linux.x86_64 org.eclipse.swt.gtk.linux.x86_64-3.135.0.jar" \
  "org/eclipse/platform/org.eclipse.jface org.eclipse.jface-*.jar" \
  "org/eclipse/platform/org.eclipse.e4.ui.model.workbench *.jar" \
  "org/eclipse/platform/org.eclipse.e4.core.di *.jar" \
  "org/eclipse/platform/org.eclipse.e4.core.di.annotations *.jar" \
  "org/eclipse/platform/org.eclipse.e4.ui.di *.jar" \
  "org/eclipse/platform/org.eclipse.e4.core.services *.jar" \
  "org/eclipse/platform/org.eclipse.e4.core.contexts *.jar" \
  "org/eclipse/platform/org.eclipse.e4.ui.workbench org.eclipse.e4.ui.workbench-*.jar" \
  "org/eclipse/platform/org.eclipse.e4.ui.services *.jar" \
  "org/eclipse/platform/org.eclipse.core.runtime *.jar" \
  "org/eclipse/platform/org.eclipse.equinox.common *.jar" \
  "org/eclipse/platform/org.eclipse.equinox.app *.jar" \
  "org/eclipse/platform/org.eclipse.core.jobs *.jar" \
  "org/eclipse/platform/org.eclipse.osgi org.eclipse.osgi-*.jar" \
  "org/eclipse/emf/org.eclipse.emf.ecore org.eclipse.emf.ecore-*.jar" \
  "org/eclipse/emf/org.eclipse.emf.common *.jar" \
  "jakarta/inject/jakarta.inject-api *.jar" \
  "jakarta/annotation/jakarta.annotation-api jakarta.annotation-api-2.1.1.jar" \
  "io/jhdf/jhdf jhdf-0.13.0.jar" \
  "org/slf4j/slf4j-api slf4j-api-2.0.18.jar" \
  "org/apache/commons/commons-lang3 commons-lang3-3.20.0.jar" \
  "com/ning/compress-lzf compress-lzf-1.2.0.jar" \
  "at/yawk/lz4/lz4-java lz4-java-1.11.1.jar" \
  "net/razorvine/pickle pickle-1.5.jar" \
  "org/apache/commons/commons-math3 commons-math3-3.6.1.jar" \
  "org/xerial/sqlite-jdbc sqlite-jdbc-3.54.1.0.jar" \
  "org/eclipse/nebula/widgets/nattable/org.eclipse.nebula.widgets.nattable.core org.eclipse.nebula.widgets.nattable.core-2.5.0.jar" \
  "org/eclipse/collections/eclipse-collections-api eclipse-collections-api-*.jar" \
  "org/eclipse/collections/eclipse-collections eclipse-collections-[0-9]*.jar" \
  "org/eclipse/platform/org.eclipse.core.commands *.jar" \
  "org/eclipse/swtchart/org.eclipse.swtchart org.eclipse.swtchart-1.1.0.jar"; do
  # shellcheck disable=SC2086
  j="$(jar $spec)"
  [ -n "$j" ] && cp="$cp:$j"
done
mkdir -p "$work/classes"
srcs=()
for b in "$@"; do
  while IFS= read -r f; do srcs+=("$f"); done < <(find "$b/src" -name '*.java')
  # resources next to the sources (fixtures, e4xmi) are reachable through the bundle folder itself
done
"$jdk/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$work/classes" -cp "${cp#:}" "${srcs[@]}"
for b in "$@"; do
  [ -d "$b/src" ] && cp -r "$b/src/." "$work/classes/" 2>/dev/null || true
  find "$work/classes" -name '*.java' -delete
done
testdata="$(cd "$here/.." && pwd)/shared/data"
# shellcheck disable=SC2086
exec "$jdk/bin/java" -Xmx1g -Dfluorite.testdata="$testdata" -jar "$(jar org/junit/platform/junit-platform-console-standalone junit-platform-console-standalone-1.11.4.jar)" \
  execute --disable-banner --details=summary -cp "$work/classes:${cp#:}" ${QUICK_TEST_SELECT:---scan-classpath}
