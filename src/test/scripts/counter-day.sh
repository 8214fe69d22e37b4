#!/usr/bin/env bash
# A day at the counter in the real window, keyboard only, with a screenshot of every screen and the keys counted.
#
#   src/test/scripts/counter-day.sh WIDTHxHEIGHT OUTDIR [wm]
#
# Needs Xvfb, xdotool, ImageMagick's import, the CUPS queue OneWindow-PDF (setup-cups.sh) and the built window
# (mvn -DskipTests package, or DIST=/path/to/onewindow). With "wm" an openbox window manager runs; without it
# there is none, as on some hall PCs. A fresh data directory each run.
#
# Counted: every key (a chord counts once) from the home screen to the receipt printed and the next applicant's
# screen, except the characters of the applicant's name, ID number and phone. The first acceptance types the item
# (拼音 initials spjy); the second takes it as this window's most taken item (Alt+1).
set -eu
RES=$1; OUT=$2; WM=${3:-}
DIST=${DIST:-$(cd "$(dirname "$0")/../../.." && pwd)/target/onewindow}
DATA=$(mktemp -d)
DISPLAY_NUMBER=${DISPLAY_NUMBER:-77}
export DISPLAY=:$DISPLAY_NUMBER
mkdir -p "$OUT"
W=${RES%x*}

Xvfb "$DISPLAY" -screen 0 "${RES}x24" -nolisten tcp >/dev/null 2>&1 & XVFB=$!
WMPID=
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; [ -n "$WMPID" ] && kill "$WMPID" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT
sleep 1
if [ -n "$WM" ]; then openbox >/dev/null 2>&1 & WMPID=$!; sleep 1; fi
"$DIST/bin/onewindow" --demo --data-dir "$DATA" >"$OUT/window-$RES${WM:+-wm}.log" 2>&1 & APP=$!
for _ in $(seq 1 60); do xdotool search --name "一窗通" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 6

COUNT=0; COUNTED=
k() { COUNT=$((COUNT+1)); COUNTED="$COUNTED $1"; xdotool key --clearmodifiers "$1"; sleep 0.7; }
kt() { COUNT=$((COUNT+${#1})); COUNTED="$COUNTED $1"; xdotool type --delay 80 "$1"; sleep 0.7; }
d() { xdotool type --delay 200 "$1"; sleep 0.3; }  # slowly: xdotool remaps a spare key for each Chinese character
u() { xdotool key --clearmodifiers "$1"; sleep 0.7; }
s() { sleep 1.2; import -window root "png8:$OUT/$1-$W${WM:+-wm}.png"; }
signIn() { d "$1"; u Tab; d "$2"; u Return; sleep 3; }
signOut() { u ctrl+l; sleep 1; u Tab; u Tab; u space; sleep 1; }

s sign-in
# the window supervisor sets the receipt and document printers (F9)
signIn super01 'Super@2026'
u F9; sleep 3; u Down; u Tab; u Tab; u Tab; u Tab; u Down; u Return; sleep 1.5; s printers
signOut

signIn clerk01 'Clerk@2026'
s home
COUNT=0; COUNTED=
k F2; sleep 1; kt spjy; s choose; k Return; sleep 0.8
d 张三丰; k Tab; d 110105194912310046; s applicant; k Tab; d 13800138000; k Return; sleep 1.5
s checklist; k alt+s; s checklist-checked; k Return; s confirm; k Return; sleep 3; s document-step
k ctrl+p; sleep 3; s document-printed; k Return; sleep 1
echo "first acceptance, item typed: $COUNT keys:$COUNTED" | tee "$OUT/keys-$W${WM:+-wm}.txt"

u alt+Home; sleep 1.5
COUNT=0; COUNTED=
k F2; sleep 1; k alt+1; sleep 0.8
d 李四; k Tab; d 11010519491231002X; k Tab; d 13900139000; k Return; sleep 1.5
k alt+s; k Return; k Return; sleep 3; k ctrl+p; sleep 3; k Return; sleep 1
echo "regular acceptance, frequent item: $COUNT keys:$COUNTED" | tee -a "$OUT/keys-$W${WM:+-wm}.txt"

# a one-time notice left unprinted, for the supplement and the home screen's documents to print
u alt+Home; sleep 1; u F2; sleep 1; u alt+1; d 王五; u Tab; d 110101199003074514; u Tab; d 13700137000; u Return
sleep 1.5; u alt+s; u alt+3; u Return; u Return; sleep 3
u alt+Home; sleep 1.5; s home-unprinted
u F3; sleep 1.5; s case-list; u Down; u Return; sleep 2; s case-detail; u F6; sleep 1.5; s supplement
u Escape; u Escape; u alt+Home; sleep 1
signOut

signIn admin01 'Admin@2026'
s admin-office; u Down; sleep 1.5; s admin-printers; u Down; sleep 1.5; s admin-status
