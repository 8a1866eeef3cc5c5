#!/bin/sh
# Starts Fluorite from an unpacked product archive.
#   fluorite [FILE...]        the workbench, opening the files in viewers
#   fluorite COMMAND [ARGS]   the headless command line (no display needed); 'fluorite help' lists commands
here="$(cd "$(dirname "$0")" && pwd)"
java="$here/jre/bin/java"
if [ ! -x "$java" ]; then
  java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
fi
launcher="$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)"
if [ -z "$launcher" ]; then
  echo "fluorite: $here is not a complete Fluorite installation (no Equinox launcher in plugins/)" >&2
  exit 1
fi
config="$here/configuration"
if [ ! -w "$config" ]; then
  # read-only installation: keep Equinox's caches in the user's folder
  mkdir -p "$HOME/.fluorite/configuration"
  cp -n "$here/configuration/config.ini" "$HOME/.fluorite/configuration/" 2>/dev/null
  cp -rn "$here/configuration/org.eclipse.equinox.simpleconfigurator" "$HOME/.fluorite/configuration/" 2>/dev/null
  config="$HOME/.fluorite/configuration"
fi
mode=gui
case "${1:-}" in
  --version|--help|-h|--debug|--progress) mode=cli ;;
  ""|-*) mode=gui ;;
  # the commands Fluorite ships: always the command line, even beside a file or folder of that name
  batch|export|flim|flow|formats|help|info|kymo|localize|localize-batch|localize-merge|motion-correct|\
  project|render-localizations|traces|worker) mode=cli ;;
  # anything else: a file or folder to open, else a command a plugin added
  *) if [ -e "$1" ]; then mode=gui; else mode=cli; fi ;;
esac
heap="${FLUORITE_HEAP:--Xmx4g}"
if [ "$mode" = cli ]; then
  exec "$java" $heap -Dfluorite.cwd="$(pwd)" -Dfluorite.launcher="$here/fluorite" -Declipse.log.level=ERROR -Dslf4j.internal.verbosity=ERROR \
    -jar "$launcher" -configuration "$config" -data @none -nosplash \
    -application org.fluorite.cli.app "$@"
fi
exec "$java" $heap -Dfluorite.cwd="$(pwd)" -Dfluorite.launcher="$here/fluorite" -Dslf4j.internal.verbosity=ERROR ${FLUORITE_VMARGS:-} \
  -jar "$launcher" -configuration "$config" -nosplash -clearPersistedState "$@"
