#!/usr/bin/env bash
# Sets up a real print service for the print-service test: CUPS with the cups-pdf virtual printer
# "OneWindow-PDF". Idempotent and quick when already done; never fails the run (the test skips
# itself with a reason when CUPS is not there). Called by .ci/run before the tests.
set -u
PRINTER=OneWindow-PDF
say() { echo "setup-cups: $*"; }

if [ "$(id -u)" != 0 ]; then say "not root: skipping CUPS setup"; exit 0; fi

if ! command -v cupsd >/dev/null 2>&1 || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
  if ! command -v apt-get >/dev/null 2>&1; then say "no apt-get: skipping CUPS setup"; exit 0; fi
  # Share the package lock with other builds on this machine when the lock file exists.
  lock=/work/tools/.apt.lock
  run_apt() { if [ -e "$lock" ]; then flock "$lock" "$@"; else "$@"; fi; }
  export DEBIAN_FRONTEND=noninteractive
  if ! run_apt apt-get install -y -q --no-install-recommends cups cups-client cups-bsd printer-driver-cups-pdf >/tmp/setup-cups-apt.log 2>&1; then
    run_apt apt-get update -q >>/tmp/setup-cups-apt.log 2>&1
    run_apt apt-get install -y -q --no-install-recommends cups cups-client cups-bsd printer-driver-cups-pdf >>/tmp/setup-cups-apt.log 2>&1 \
      || { say "apt-get could not install cups (see /tmp/setup-cups-apt.log)"; exit 0; }
  fi
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  mkdir -p /run/cups
  cupsd || { say "cupsd did not start"; exit 0; }
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
fi

if ! lpstat -p "$PRINTER" >/dev/null 2>&1; then
  ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -1)
  if [ -z "$ppd" ]; then say "no cups-pdf PPD found"; exit 0; fi
  lpadmin -p "$PRINTER" -v cups-pdf:/ -P "$ppd" -E || { say "lpadmin failed"; exit 0; }
fi
say "printer $PRINTER ready ($(lpstat -p "$PRINTER" 2>/dev/null | head -1))"
exit 0
