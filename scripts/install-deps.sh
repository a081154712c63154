#!/usr/bin/env bash
# Installs what Indicia needs to build and test on Debian 12 / Ubuntu 22.04+, if missing.
# Idempotent: when everything is present it only checks and returns.
# `--hardening` adds what scripts/hardening.sh needs on top (clang, libFuzzer, sanitizer
# runtimes), so the README's test command does not install a second compiler it never uses.
set -euo pipefail
hardening=false
[ "${1:-}" = "--hardening" ] && hardening=true

packages=(
  cmake ninja-build g++ ccache pkg-config git
  qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qtkeychain-qt6-dev nlohmann-json3-dev libidn2-dev libsqlite3-dev sqlite3
  libxkbcommon-dev xvfb xauth fonts-dejavu-core
  dpkg-dev file desktop-file-utils appstream
)
if $hardening; then packages+=(clang llvm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# libFuzzer and the sanitizer runtimes of clang (scripts/hardening.sh): on Debian 12 they are
# in libclang-rt-14-dev, which plain `clang` does not pull in. Named by clang's version.
fuzzer_runtime_missing() {
  command -v clang++ >/dev/null || return 0
  [ "$(clang++ --print-file-name=libclang_rt.fuzzer-x86_64.a)" = libclang_rt.fuzzer-x86_64.a ]
}
if $hardening && fuzzer_runtime_missing; then
  major="$( (clang++ -dumpversion 2>/dev/null || echo 14) | cut -d. -f1)"
  missing+=("libclang-rt-$major-dev")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
