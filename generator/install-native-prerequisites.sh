#!/usr/bin/env bash
# Installs what the Native AOT build of sitegen links with, clang and zlib, with apt-get when missing (Debian
# and Ubuntu). Used by generator/release.sh, tests/bench/publish-aot.sh and .ci/run; prints nothing when both
# are there.
set -euo pipefail
missing=()
command -v clang >/dev/null || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "The native sitegen needs ${missing[*]}: install them with this system's package manager." >&2
  exit 1
fi
echo "Installing ${missing[*]}..." >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
$sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
  { $sudo apt-get update >/dev/null && $sudo apt-get install -y "${missing[@]}" >/dev/null; }
