#!/bin/sh
# OneWindow launcher: the same arguments as the installed app (no arguments opens the window).
here=$(cd "$(dirname "$0")/.." && pwd)
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java

# AppCDS for the window (docs/decisions/0009): the first start of the window records the classes it
# loads into an archive in the user's cache; later starts map them instead of loading them again.
# Commands (anything but --data-dir) neither write nor need it. A stale archive (new JDK or new
# build) is ignored by the JVM; its name follows the build so a new one is made.
cds=
gui=yes
expect_dir=
for arg in "$@"; do
  if [ -n "$expect_dir" ]; then expect_dir=; continue; fi
  case "$arg" in
    --data-dir) expect_dir=yes ;;
    --data-dir=*) ;;
    *) gui= ;;
  esac
done
if [ -n "$gui" ] && [ -f "$here/lib/onewindow.jar" ]; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/onewindow
  archive="$cache/onewindow-$(cksum < "$here/lib/onewindow.jar" | cut -d ' ' -f 1).jsa"
  if [ -f "$archive" ]; then
    cds="-XX:SharedArchiveFile=$archive"
  elif mkdir -p "$cache" 2>/dev/null; then
    cds="-XX:ArchiveClassesAtExit=$archive"
  fi
fi

exec "$java_cmd" ${cds:+-Xlog:disable -Xlog:all=warning:stderr $cds} ${ONEWINDOW_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$here/lib/*" org.onewindow.cli.Launcher "$@"
