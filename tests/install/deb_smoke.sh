#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a fresh root and runs the installed programs
# from there: indicia-cli --version and the console's offscreen smoke start. Also checks the
# desktop entry, AppStream metainfo, MIME type, icons and man pages it carries.
# usage: deb_smoke.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/indicia_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | grep -q "libqt6widgets6" || { echo "Depends lacks Qt Widgets" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || { echo "Depends lacks the SQLite driver" >&2; exit 1; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/indicia usr/bin/indicia-cli usr/bin/indicia-tenant \
         usr/share/applications/io.github.indicia.Indicia.desktop \
         usr/share/metainfo/io.github.indicia.Indicia.metainfo.xml \
         usr/share/mime/packages/indicia.xml \
         usr/share/icons/hicolor/scalable/apps/indicia.svg \
         usr/share/icons/hicolor/256x256/apps/indicia.png \
         usr/share/man/man1/indicia-cli.1 usr/share/man/man1/indicia-tenant.1; do
  [ -e "$root/$f" ] || { echo "missing from the package: $f" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/io.github.indicia.Indicia.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.indicia.Indicia.metainfo.xml" >/dev/null
fi

"$root/usr/bin/indicia-cli" --version | grep -q "^indicia-cli [0-9]" || { echo "indicia-cli --version failed" >&2; exit 1; }
HOME="$work/home" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$root/usr/bin/indicia" --workspace "$work/smoke.indicia" --smoke-test
[ -s "$work/smoke.indicia" ] || { echo "the console did not create its workspace" >&2; exit 1; }
echo "1 passed, 0 failed"
