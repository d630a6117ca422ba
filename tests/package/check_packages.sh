#!/usr/bin/env bash
# The Debian packages as an operator gets them (docs/install.md), checked without a running
# systemd (CI has none):
#   1. cpack builds bro-server's package (and bro's, when the app is built)
#   2. the server package holds what it must; dpkg-deb -x unpacks it
#   3. the unpacked binary runs as the unit runs it (its ExecStart, `serve --config` with the
#      packaged file, the database and port moved into the work folder), answers GET /health,
#      and stops with exit 0 on SIGTERM; an unknown key exits 2 (the unit does not restart then)
#   4. systemd-analyze security --offline: the exposure score must be under 2.0
#   5. systemd-analyze verify, systemd-sysusers and systemd-tmpfiles on a scratch root
#   6. appstreamcli validate and desktop-file-validate on the app's metadata
#   7. lintian: no error or warning beyond the overrides the packages ship
#      (dist/debian/lintian-notes.md explains each one)
#
# usage: check_packages.sh BUILD_DIR WORK_DIR APP_BINARY SOURCE_DIR
set -euo pipefail

build=$1 work=$2 app_binary=$3 src=$4
max_exposure=2.0
cpack=${CPACK:-cpack}

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2"; }
need "$cpack" cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need systemd-analyze systemd
need systemd-sysusers systemd
need systemd-tmpfiles systemd
need curl curl
need appstreamcli appstream
need desktop-file-validate desktop-file-utils
need lintian lintian

rm -rf "$work"
mkdir -p "$work"
server_pid=""
cleanup() { if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

# --- 1. cpack ---------------------------------------------------------------------------------
components="bro-server"
# The app's package only where the app is built (a server-only build tree has no binary).
[ -x "$app_binary" ] && components="bro-server;bro"
step "cpack -G DEB ($components)"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" \
  -D CPACK_COMPONENTS_ALL="$components" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack"; }
server_deb=$(ls "$work"/out/bro-server_*.deb)
app_deb=$(ls "$work"/out/bro_*.deb 2>/dev/null || true)
echo "$server_deb${app_deb:+ $app_deb}"

# --- 2. contents ------------------------------------------------------------------------------
step "bro-server's contents"
dpkg-deb -c "$server_deb" | awk '{print $6}' | sed 's|^\./||' >"$work/server.files"
for f in usr/bin/bro-server usr/lib/systemd/system/bro-server.service \
  usr/lib/sysusers.d/bro-server.conf usr/lib/tmpfiles.d/bro-server.conf etc/bro/bro-server.toml \
  usr/share/doc/bro-server/copyright usr/share/doc/bro-server/changelog.Debian.gz \
  usr/share/doc/bro-server/install.md usr/share/man/man1/bro-server.1.gz \
  usr/share/lintian/overrides/bro-server; do
  grep -qx "$f" "$work/server.files" || fail "bro-server's package lacks $f"
done
dpkg-deb -f "$server_deb" Depends | tee "$work/depends"
# dpkg-shlibdeps ran: the libraries the binary links are dependencies.
grep -q "libsqlite3-0" "$work/depends" || fail "no library dependencies (dpkg-shlibdeps)"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles | grep -qx /etc/bro/bro-server.toml ||
  fail "/etc/bro/bro-server.toml is not a conffile"
root=$work/root
dpkg-deb -x "$server_deb" "$root"
unit=$root/usr/lib/systemd/system/bro-server.service
grep -q '^db = "/var/lib/bro/server.db"$' "$root/etc/bro/bro-server.toml" || fail "default db"
grep -q '^bind = "127.0.0.1"$' "$root/etc/bro/bro-server.toml" || fail "default bind"

# --- 3. the unpacked server, started as the unit starts it ------------------------------------
step "ExecStart with the packaged configuration"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$exec_start" = "/usr/bin/bro-server serve --config /etc/bro/bro-server.toml" ] ||
  fail "unexpected ExecStart: $exec_start"
# The packaged file with two changes: the database in the work folder, and any free port.
mkdir -p "$work/state"
sed -e "s|^db = .*|db = \"$work/state/server.db\"|" -e 's|^port = .*|port = 0|' \
  "$root/etc/bro/bro-server.toml" >"$work/bro-server.toml"
read -r -a command <<<"${exec_start//\/usr\/bin\/bro-server/$root/usr/bin/bro-server}"
command=("${command[@]//\/etc\/bro\/bro-server.toml/$work/bro-server.toml}")
echo "${command[*]}"
# As the unit has it: UMask=0077, WorkingDirectory= the state directory.
(cd "$work/state" && umask 0077 && exec "${command[@]}") >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
address=""
for _ in $(seq 1 200); do
  address=$(sed -n 's/^listening on //p' "$work/serve.out")
  [ -n "$address" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err"; fail "bro-server exited"; }
  sleep 0.1
done
[ -n "$address" ] || { cat "$work/serve.err"; fail "bro-server did not say 'listening on'"; }
echo "listening on $address"
status=$(curl -sS --noproxy "*" -o "$work/health.json" -w '%{http_code}' "http://$address/health") ||
  fail "GET /health"
echo "GET /health -> $status $(cat "$work/health.json")"
[ "$status" = 200 ] || fail "GET /health answered $status"
grep -q '"ok":true' "$work/health.json" || fail "/health is not ok"
[ "$(stat -c %a "$work/state/server.db")" = 600 ] || fail "the database is not 0600 under UMask=0077"
kill -TERM "$server_pid"
rc=0
for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$server_pid" 2>/dev/null && fail "bro-server still runs 10 s after SIGTERM"
wait "$server_pid" || rc=$?
server_pid=""
[ "$rc" = 0 ] || { cat "$work/serve.err"; fail "bro-server exited $rc after SIGTERM, not 0"; }
echo "SIGTERM -> exit 0"
# A typo in the file is exit 2, which the unit's RestartPreventExitStatus=2 does not restart.
printf 'db = "%s"\nprot = 8443\n' "$work/state/server.db" >"$work/typo.toml"
rc=0
"$root/usr/bin/bro-server" serve --config "$work/typo.toml" >/dev/null 2>"$work/typo.err" || rc=$?
[ "$rc" = 2 ] || fail "an unknown key exited $rc, not 2"
grep -q "typo.toml:2:.*prot" "$work/typo.err" ||
  fail "the error does not name the key and its line: $(cat "$work/typo.err")"
grep -q '^RestartPreventExitStatus=2$' "$unit" || fail "the unit restarts on a bad configuration"
echo "unknown key -> exit 2: $(head -1 "$work/typo.err")"

# --- 4. exposure ------------------------------------------------------------------------------
step "systemd-analyze security --offline=true"
# The C locale's plain ASCII ("- " marks what adds to the score) whatever the caller's locale.
LC_ALL=C systemd-analyze security --offline=true "$unit" >"$work/security.txt" 2>&1 ||
  { cat "$work/security.txt"; fail "systemd-analyze security"; }
grep '^- ' "$work/security.txt" || true
score=$(sed -n 's/^-> Overall exposure level for bro-server.service: \([0-9.]*\).*/\1/p' \
  "$work/security.txt")
[ -n "$score" ] || { cat "$work/security.txt"; fail "no exposure score"; }
echo "exposure score: $score (must be under $max_exposure)"
awk -v s="$score" -v m="$max_exposure" 'BEGIN { exit !(s < m) }' ||
  fail "exposure $score is $max_exposure or more"

# --- 5. verify, sysusers, tmpfiles ------------------------------------------------------------
step "systemd-analyze verify"
# A copy whose ExecStart points into the unpacked package (verify checks that it exists).
mkdir -p "$work/units"
sed "s|/usr/bin/bro-server|$root/usr/bin/bro-server|" "$unit" >"$work/units/bro-server.service"
# --man=no: the Documentation= man page is checked above as a file of the package instead.
systemd-analyze verify --man=no "$work/units/bro-server.service" >"$work/verify.txt" 2>&1 ||
  { cat "$work/verify.txt"; fail "systemd-analyze verify"; }
# verify exits 0 on some warnings: any line about our unit is a finding.
if grep "bro-server" "$work/verify.txt"; then fail "systemd-analyze verify has findings"; fi
echo "clean"
step "systemd-sysusers and systemd-tmpfiles on a scratch root"
sysroot=$work/sysroot
mkdir -p "$sysroot/etc" "$sysroot/var/lib"
systemd-sysusers --root="$sysroot" "$root/usr/lib/sysusers.d/bro-server.conf"
grep -q '^bro:x:[0-9]*:[0-9]*:Bro sync server:/var/lib/bro:/usr/sbin/nologin$' \
  "$sysroot/etc/passwd" || fail "sysusers made no user bro: $(cat "$sysroot/etc/passwd")"
systemd-tmpfiles --root="$sysroot" --create "$root/usr/lib/tmpfiles.d/bro-server.conf"
[ "$(stat -c %a "$sysroot/var/lib/bro")" = 750 ] || fail "/var/lib/bro is not 0750"
echo "user bro and /var/lib/bro (0750)"

# --- 6. AppStream and the desktop entry -------------------------------------------------------
step "appstreamcli validate, desktop-file-validate"
metainfo=$src/dist/desktop/no.bro.Bro.metainfo.xml
desktop=$src/dist/desktop/no.bro.Bro.desktop
if [ -n "$app_deb" ]; then
  # The files as packaged, where the package was built.
  dpkg-deb -x "$app_deb" "$work/app-root"
  metainfo=$work/app-root/usr/share/metainfo/no.bro.Bro.metainfo.xml
  desktop=$work/app-root/usr/share/applications/no.bro.Bro.desktop
  [ -f "$work/app-root/usr/share/icons/hicolor/scalable/apps/no.bro.Bro.svg" ] || fail "no icon"
  [ -x "$work/app-root/usr/bin/bro" ] || fail "no /usr/bin/bro"
fi
appstreamcli validate --no-net "$metainfo"
desktop-file-validate "$desktop" | tee "$work/desktop.txt"
[ ! -s "$work/desktop.txt" ] || fail "desktop-file-validate has findings"

# --- 7. lintian -------------------------------------------------------------------------------
step "lintian"
for deb in $server_deb $app_deb; do
  # Errors and warnings fail; the overrides each package ships (share/lintian/overrides) are
  # the explained exceptions. Informational tags are printed, not counted.
  lintian --allow-root --fail-on error,warning --display-info --tag-display-limit 0 "$deb" ||
    fail "lintian $(basename "$deb")"
done
echo "PASS"
