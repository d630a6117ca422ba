#!/bin/sh
# A real desktop notification daemon for the reminders (issue 25): Xvfb on a free display, a
# private D-Bus session, and dunst with a config of our own, whose context menu ("dmenu") is a
# script that picks "Slå av disse påminnelsene" (turn off these reminders). Then TEST (a Qt Test binary) plans reminders and
# sends them; afterwards dunst's history must hold what it showed. Everything stops again when
# the test ends (the session bus and dunst with it, Xvfb by the trap).
#   run_dunst.sh TEST WORKDIR
set -eu
test_bin=$1 work=$2
for tool in Xvfb dbus-run-session dunst dunstctl; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "FAIL $tool is missing (scripts/setup installs xvfb, dbus, dunst)"; exit 1; }
done
rm -rf "$work" && mkdir -p "$work"

# dunst 1.9 writes one line an action to the menu's input ("#Slå av disse påminnelsene (Bro)
# [2,stop]") and invokes the line the menu prints.
cat >"$work/menu.sh" <<MENU
#!/bin/sh
input=\$(cat)
printf '%s\n' "\$input" >>"$work/menu-input.txt"
printf '%s\n' "\$input" | grep -m1 'Slå av disse påminnelsene' || true
MENU
chmod +x "$work/menu.sh"
cat >"$work/dunstrc" <<RC
[global]
    dmenu = $work/menu.sh
    history_length = 50
    show_indicators = no
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
RC

display=""
for n in $(seq 150 199); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "FAIL no free X display"; exit 1; }
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY="$display" BRO_DUNST_WORK="$work"
unset WAYLAND_DISPLAY

timeout 150 dbus-run-session -- sh -c '
  work=$BRO_DUNST_WORK
  dunst -config "$work/dunstrc" >"$work/dunst.log" 2>&1 &
  dunst=$!
  up=""
  # Ask the bus whether our dunst owns the name yet; never call it before then. A call to
  # an unowned name makes D-Bus start dunst from its service file, without our config (and
  # so with /usr/bin/dmenu as its menu), and that dunst wins the name from ours.
  for _ in $(seq 100); do
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
      grep -q true && { up=1; break; }
    sleep 0.1
  done
  [ -n "$up" ] || { echo "FAIL dunst did not come up"; cat "$work/dunst.log"; kill $dunst; exit 1; }
  QT_QPA_PLATFORM=offscreen "$0"
  rc=$?
  # What dunst itself kept: the check-in reminder, from Bro, with nothing but its sentence.
  dunstctl history >"$work/history.json"
  if [ $rc -eq 0 ]; then
    for want in "Husk å sjekke inn i dag" "\"Bro\""; do
      grep -q "$want" "$work/history.json" || { echo "FAIL dunst history lacks $want"; rc=1; }
    done
  fi
  kill $dunst 2>/dev/null
  exit $rc' "$test_bin"
