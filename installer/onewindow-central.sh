#!/bin/sh
# OneWindow central store launcher: the same arguments as `onewindow-central --help` lists (no command runs the
# service). Its lib/ holds the central store's jars only; the window's program is a separate distribution.
here=$(cd "$(dirname "$0")/.." && pwd)
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java_cmd" ${ONEWINDOW_CENTRAL_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$here/lib/*" org.onewindow.central.cli.CentralLauncher "$@"
