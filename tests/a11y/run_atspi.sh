#!/bin/sh
# Starts what a screen reader's view needs, on this machine only, and runs atspi_check.py in it:
# Xvfb on a free display, a private D-Bus session, the AT-SPI bus and registry. Everything is
# stopped again when the check ends (the session bus takes the registry with it).
#   run_atspi.sh APP WORKDIR USER [USER ...]
set -eu
app=$1 work=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb dbus-run-session dbus-send /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || {
    echo "FAIL $tool is missing (scripts/setup installs xvfb, dbus, at-spi2-core)"; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || {
  echo "FAIL python3-pyatspi is missing (scripts/setup installs it)"; exit 1; }
rm -rf "$work" && mkdir -p "$work"
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "FAIL no free X display"; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY="$display"
timeout 400 dbus-run-session -- sh -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  launcher=$!
  # No app starts before our launcher owns the name of the accessibility bus. An app that asks an
  # unowned name makes D-Bus start a second launcher from its service file, and the app can end
  # up on a bus nobody reads (CI once waited 90 s for the sign-in page). Asking who owns the name
  # starts nothing.
  up=""
  for _ in $(seq 100); do
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && {
      up=1; break; }
    sleep 0.1
  done
  [ -n "$up" ] || { echo "FAIL the accessibility bus did not come up"; kill $launcher; exit 1; }
  /usr/bin/python3 -u "$0" "$@"
  rc=$?
  kill $launcher 2>/dev/null
  exit $rc' "$here/atspi_check.py" "$app" "$work/data" "$@"
