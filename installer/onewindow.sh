#!/bin/sh
# OneWindow launcher: the same arguments as the installed app (no arguments opens the window).
here=$(cd "$(dirname "$0")/.." && pwd)
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java_cmd" ${ONEWINDOW_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$here/lib/*" org.onewindow.cli.Launcher "$@"
