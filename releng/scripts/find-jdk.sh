# Sourced by ./mvnw and ./fluorite: prints the home of a JDK (javac and jlink present) of
# version 21 or newer. Looks at JAVA_HOME, then the usual JVM folders; newest wins there.
fluorite_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

fluorite_is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v
  v="$(fluorite_java_major "$1")"
  [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null
}

fluorite_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && fluorite_is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$d" ] || continue
    fluorite_is_jdk21 "$d" || continue
    v="$(fluorite_java_major "$d")"; v="${v%%.*}"
    if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    fluorite_is_jdk21 "$d" && best="$d"
  fi
  if [ -z "$best" ]; then
    echo "Fluorite needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm, /opt/java)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin JDK) or set JAVA_HOME to it." >&2
    return 1
  fi
  echo "$best"
}
