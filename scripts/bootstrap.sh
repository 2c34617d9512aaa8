#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks for building and testing ClaimKit:
# the libxml2 headers and pkg-config (Debian packages), and python3's jsonschema for
# checking output against the contract. Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
dpkg -s libxml2-dev >/dev/null 2>&1 || need+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "bootstrap: no swift on PATH (Swift 6 toolchain expected, e.g. /opt/swift/usr/bin)" >&2
  exit 1
fi
